// Calls of issue 9 (items 1 and 6), spread into `contract` by shared/contract.ts: editor
// drafts kept in the encrypted vault, the session activity shared by every window and tab,
// and removing the sample data in one step.
import { z } from 'zod';
import { call, noInput } from './call';
import { recordId } from './domain/common';

/** Which editor a draft belongs to. */
export const draftEditor = z.enum([
  'meeting',
  'directive',
  'indicator',
  'observation',
  'brief',
  'organisation',
]);
export type DraftEditor = z.infer<typeof draftEditor>;

/** The record being edited, or 'new' for one not yet saved ('profile' for the one organisation profile). */
export const draftKey = z.union([recordId, z.literal('new'), z.literal('profile')]);
export type DraftKey = z.infer<typeof draftKey>;

/** An autosave of a 100-page brief is well under this; past it the draft is refused, not cut. */
export const MAX_DRAFT_CHARS = 6_000_000;

const draftBody = z
  .string()
  .max(MAX_DRAFT_CHARS, { message: 'bản nháp quá lớn / draft too large' })
  .refine(
    (s) => {
      try {
        const v: unknown = JSON.parse(s);
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      } catch {
        return false;
      }
    },
    { message: 'bản nháp không phải JSON / draft is not JSON' },
  );

export const draftInfo = z.object({ editor: draftEditor, key: z.string(), savedAt: z.string() });
export type DraftInfo = z.infer<typeof draftInfo>;

export const storedDraft = draftInfo.extend({ body: z.string() });
export type StoredDraft = z.infer<typeof storedDraft>;

const draftRef = z.object({ editor: draftEditor, key: draftKey }).strict();

export const draftsCalls = {
  /** Writes (or replaces) the editor's draft; the body is the editor's state as JSON text. */
  'drafts.save': call(draftRef.extend({ body: draftBody }).strict(), draftInfo),
  'drafts.get': call(draftRef, storedDraft.nullable()),
  /** Every draft the vault holds, newest first (what the editors offer to restore). */
  'drafts.list': call(noInput, z.array(draftInfo)),
  'drafts.discard': call(draftRef, z.object({ discarded: z.boolean() })),
  /** A person is working in some window: holds off the idle lock for every window. */
  'session.touch': call(noInput, z.object({ idleMs: z.number() })),
  /** How long since anyone worked in any window (does not count as activity itself). */
  'session.idle': call(noInput, z.object({ idleMs: z.number() })),
  /** Deletes exactly the sample records (by their fixed ids), nothing of the user's. */
  'sample.remove': call(noInput, z.object({ removed: z.number() })),
} as const;
