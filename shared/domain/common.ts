import { z } from 'zod';
import { nameText } from '../text';

/** ISO calendar date, as stored: YYYY-MM-DD (shown to users as 26/8/2025). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'ngày không hợp lệ / invalid date' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'ngày không tồn tại / no such date' },
  );
export type IsoDate = z.infer<typeof isoDate>;

export const recordId = z.uuid({ message: 'mã bản ghi không hợp lệ / invalid record id' });

/**
 * A figure's number: a finite one. JSON has no NaN or Infinity, but an object handed over in
 * memory can, and neither can be printed, charted or compared; the figures of an observation,
 * of a figure in a brief and of a chart's points are all checked the same way.
 */
export const finiteNumber = z
  .number()
  .refine(Number.isFinite, { message: 'số không hợp lệ / not a number' });

/**
 * What every record carries so that a later package merge can tell records apart across
 * vaults: a stable id, times, a revision counter bumped on every save, and the organisation
 * the record came from.
 */
export const recordMeta = z.object({
  id: recordId,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  revision: z.number().int().min(1),
  originOrg: nameText(200),
});
export type RecordMeta = z.infer<typeof recordMeta>;

/** On save, a client sends the id and the revision it last saw (absent for a new record). */
export const saveMeta = z.object({
  id: recordId.optional(),
  revision: z.number().int().min(1).optional(),
});

/**
 * A kind of record, from its own fields: as stored and read back (with recordMeta) and as a
 * client sends it to be saved (with saveMeta). Every kind is the same pair over its fields.
 */
export function recordSchemas<S extends z.ZodRawShape>(fields: z.ZodObject<S>) {
  return { stored: recordMeta.extend(fields.shape), input: saveMeta.extend(fields.shape) };
}

/** The three pillars of integration (domain.md), plus a bucket for what spans them. */
export const pillar = z.enum([
  'politics-defence-security',
  'economy',
  'culture-society-science',
  'general',
]);
export type Pillar = z.infer<typeof pillar>;

/** Secrecy (box 10a) and urgency (box 10b) marks, document-format.md §4. */
export const secrecyLevel = z.enum(['none', 'mat', 'toi-mat', 'tuyet-mat']);
export type SecrecyLevel = z.infer<typeof secrecyLevel>;
export const urgencyLevel = z.enum(['none', 'khan', 'thuong-khan', 'hoa-toc']);
export type UrgencyLevel = z.infer<typeof urgencyLevel>;
