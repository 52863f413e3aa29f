// The life of a document (issue 10): a draft circulates for comments, may be sent for signature,
// and is issued by the records office (văn thư), which gives it the next number of the
// organisation's outgoing register (sổ văn bản đi, one sequence per calendar year, Decree 30
// Art. 15) and the issue date. An issued document is frozen: a change is a new document.
import { z } from 'zod';
import type { IsoDate } from '../domain/common';
import { ADMINISTRATIVE_TYPES } from '../format/legal-types';
import type { Brief, BriefHeader, NumberSymbolParts, SignatureBlock, TemplateName } from './model';
import { symbolOf } from './number-line';

export const briefStatus = z.enum(['draft', 'for-signature', 'issued']);
export type BriefStatus = z.infer<typeof briefStatus>;

export const BRIEF_STATUS_LABEL: Record<BriefStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  'for-signature': { vi: 'Trình ký', en: 'For signature' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
};

/** Which status changes a user may ask for; issuing has its own call (it takes a number). */
export function canMoveTo(from: BriefStatus, to: Exclude<BriefStatus, 'issued'>): boolean {
  if (from === 'issued') return false;
  return from !== to;
}

/** A line of the outgoing register, as printed and as it travels in packages. */
export const registerEntry = z
  .object({
    /** The organisation whose register this is (the vault that issued the document). */
    originOrg: z.string(),
    year: z.number().int().min(1900).max(9999),
    number: z.number().int().min(1),
    /** `01/TB-BNG` */
    numberSymbol: z.string(),
    issuedOn: z.string(),
    briefId: z.string(),
    typeName: z.string(),
    abstract: z.string(),
    /** `KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Nguyễn Văn An` */
    signer: z.string(),
    recipients: z.array(z.string()),
    registeredAt: z.string(),
  })
  .strict();
export type RegisterEntry = z.infer<typeof registerEntry>;

/** `01/TB-BNG`: the number padded to two digits as the Decree 30 models print it. */
export function numberSymbolText(
  parts: NumberSymbolParts,
  form: BriefHeader['form'],
  number: number,
): string {
  return `${String(number).padStart(2, '0')}/${symbolOf(parts, form)}`;
}

export const yearOf = (iso: IsoDate | string): number => Number(iso.slice(0, 4));

export function signerText(s: SignatureBlock): string {
  const authority = s.authority === 'none' ? '' : `${s.authority}. ${s.authorityOf.trim()}`;
  return [authority, s.title.trim(), s.name.trim()].filter(Boolean).join(' / ');
}

/**
 * What a draft prints: the "DỰ THẢO" mark, no number (`Số:    /TB-VPCP`) and only the year
 * of its date (`ngày    tháng    năm 2026`), whatever the header holds: the number and the day
 * are the records office's to give. The stored brief is not changed.
 */
export function draftView(brief: Brief, today: IsoDate): Brief {
  return {
    ...brief,
    header: {
      ...brief.header,
      draft: true,
      numberSymbol: { ...brief.header.numberSymbol, number: null },
      date: brief.header.date ?? today,
    },
  };
}

/** The brief as issued: its register number, the issue date, no draft mark. */
export function issuedBrief(brief: Brief, number: number | null, date: IsoDate): Brief {
  return {
    ...brief,
    header: {
      ...brief.header,
      draft: false,
      numberSymbol: { ...brief.header.numberSymbol, number },
      date,
    },
  };
}

/**
 * A correcting or replacing document starts as a draft copy of the issued one: same content,
 * no number, the draft mark back, and the issued one cited first among the legal bases.
 */
export function correctionDraft(issued: Brief, citation: string): Brief {
  const h = issued.header;
  const copy = JSON.parse(JSON.stringify(issued)) as Brief;
  return {
    ...copy,
    header: {
      ...copy.header,
      draft: true,
      numberSymbol: { ...h.numberSymbol, number: null },
      date: null,
      legalBases: [citation, ...h.legalBases].slice(0, 50),
    },
  };
}

const TYPE_NAMES = new Set(ADMINISTRATIVE_TYPES.values());

/**
 * Choosing another type abbreviation renames the document, unless its name was typed by hand:
 * a name of the Appendix III table follows the abbreviation, any other name stays.
 */
export function withTypeAbbrev(
  header: BriefHeader,
  typeAbbrev: string,
): Pick<BriefHeader, 'numberSymbol' | 'typeName'> {
  const numberSymbol = { ...header.numberSymbol, typeAbbrev };
  const newName = ADMINISTRATIVE_TYPES.get(typeAbbrev);
  const current = header.typeName.trim();
  const rename = newName !== undefined && (current === '' || TYPE_NAMES.has(current));
  return { numberSymbol, typeName: rename ? newName : header.typeName };
}

/** The form, type name and abbreviation each template's document carries. */
export const TEMPLATE_TYPES: Record<
  Exclude<TemplateName, 'blank'>,
  { form: BriefHeader['form']; typeName: string; typeAbbrev: string }
> = {
  'conclusion-notice': { form: 'named', typeName: 'Thông báo', typeAbbrev: 'TB' },
  report: { form: 'named', typeName: 'Báo cáo', typeAbbrev: 'BC' },
  'talking-points': { form: 'internal', typeName: 'Đề cương phát biểu', typeAbbrev: '' },
  submission: { form: 'named', typeName: 'Tờ trình', typeAbbrev: 'TTr' },
  'official-letter': { form: 'official-letter', typeName: '', typeAbbrev: '' },
  plan: { form: 'named', typeName: 'Kế hoạch', typeAbbrev: 'KH' },
  minutes: { form: 'minutes', typeName: 'Biên bản', typeAbbrev: 'BB' },
  'directive-report': { form: 'named', typeName: 'Báo cáo', typeAbbrev: 'BC' },
};
