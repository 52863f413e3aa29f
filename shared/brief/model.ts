// A brief: the Decree 30 header components (document-format.md §1.2) and a rich-text body.
// Stored as JSON in the vault (with revisions, elsewhere) and exported to DOCX/PDF. Header
// fields may be blank while drafting; preExportCheck says which ones an export needs.
import { z } from 'zod';
import { isoDate, recordId, secrecyLevel, urgencyLevel } from '../domain/common';
import { fail, ok, type Result } from '../result';
import { requiredText, text, SHORT } from '../text';
import type { LinesLimit } from '../limits';
import { formatNumber } from '../format/number';
import { bodyDoc, type BodyDoc } from './body';

export * from './body';

/** The seven templates of issue 3 §2, plus a blank brief. Names are the CLI's. */
export const templateName = z.enum([
  'conclusion-notice',
  'report',
  'talking-points',
  'submission',
  'official-letter',
  'plan',
  'minutes',
  'blank',
  'directive-report',
]);
export type TemplateName = z.infer<typeof templateName>;

/**
 * Which Appendix III form the page follows: "named" (Mẫu 1.4, a document with a type name),
 * "official-letter" (Mẫu 1.5: no type name, V/v under the number), "minutes" (Mẫu 1.9: no place
 * and date in the header, two signature columns), "internal" (talking points and other working
 * papers: no number, no signature block).
 */
export const briefForm = z.enum(['named', 'official-letter', 'minutes', 'internal']);
export type BriefForm = z.infer<typeof briefForm>;

/** TM. thay mặt, KT. ký thay, TL. thừa lệnh, TUQ. thừa ủy quyền, Q. quyền (§1.6). */
export const signingAuthority = z.enum(['none', 'TM', 'KT', 'TL', 'TUQ', 'Q']);
export type SigningAuthority = z.infer<typeof signingAuthority>;

/** Box 11: the circulation note printed in a frame in the top margin. */
export const circulationNote = z.enum(['none', 'xem-xong-tra-lai', 'luu-hanh-noi-bo']);
export type CirculationNote = z.infer<typeof circulationNote>;

export const CIRCULATION_TEXT: Record<CirculationNote, string> = {
  none: '',
  'xem-xong-tra-lai': 'XEM XONG TRẢ LẠI',
  'luu-hanh-noi-bo': 'LƯU HÀNH NỘI BỘ',
};

/**
 * How long each one-line header text (and the trích yếu) may be, by its path in the header:
 * the schema below refuses past these and the header form shows the same figures (issue 9 §2).
 */
export const HEADER_LIMITS = {
  superiorBody: 200,
  issuingBody: 200,
  place: 100,
  typeName: 100,
  /** Decree 30 App. VI: Subject String(500). */
  abstract: 500,
  'numberSymbol.typeAbbrev': 10,
  'numberSymbol.issuerAbbrev': 30,
  'numberSymbol.unitAbbrev': 30,
  'signature.authorityOf': 200,
  'signature.title': 200,
  'signature.name': 100,
  'secondSignature.title': 200,
  'secondSignature.name': 100,
  'drafter.initials': 10,
} as const;
export type HeaderTextField = keyof typeof HEADER_LIMITS;

/** The header's lists, typed one item per line: how long a line and how many lines. */
export const HEADER_LIST_LIMITS = {
  addressees: { line: SHORT, lines: 50 },
  legalBases: { line: 1000, lines: 50 },
  recipients: { line: SHORT, lines: 100 },
} as const satisfies Record<string, LinesLimit>;

/** Each profile field fills a header field, so it has that field's limit. */
export const ORGANISATION_LIMITS = {
  superiorBody: HEADER_LIMITS.superiorBody,
  name: HEADER_LIMITS.issuingBody,
  abbreviation: HEADER_LIMITS['numberSymbol.issuerAbbrev'],
  draftingUnit: HEADER_LIMITS['numberSymbol.unitAbbrev'],
  place: HEADER_LIMITS.place,
  drafterInitials: HEADER_LIMITS['drafter.initials'],
} as const;
const L = HEADER_LIMITS;

/**
 * Number and symbol (box 3), kept in parts so the symbol is always built the Decree 30 way:
 * `<number>/<type>-<issuer>`, or for a công văn `<number>/<issuer>-<unit>`. The number is blank
 * until the records office registers the document ("Số:    /TB-VPCP" on a draft).
 */
export const numberSymbolParts = z
  .object({
    number: z.number().int().min(1).max(9_999_999).nullable(),
    typeAbbrev: text(L['numberSymbol.typeAbbrev']),
    issuerAbbrev: text(L['numberSymbol.issuerAbbrev']),
    unitAbbrev: text(L['numberSymbol.unitAbbrev']),
  })
  .strict();
export type NumberSymbolParts = z.infer<typeof numberSymbolParts>;

export const signatureBlock = z
  .object({
    authority: signingAuthority,
    /** Whom the signer stands in for: "BỘ TRƯỞNG" in "KT. BỘ TRƯỞNG". */
    authorityOf: text(L['signature.authorityOf']),
    /** The signer's own title: "THỨ TRƯỞNG"; for a head signing directly, the only line. */
    title: text(L['signature.title']),
    name: text(L['signature.name']),
  })
  .strict();
export type SignatureBlock = z.infer<typeof signatureBlock>;

export const briefHeader = z
  .object({
    form: briefForm,
    superiorBody: text(L.superiorBody),
    issuingBody: text(L.issuingBody),
    numberSymbol: numberSymbolParts,
    place: text(L.place),
    date: isoDate.nullable(),
    /** "Thông báo", "Báo cáo"…: printed in capitals; empty for a công văn. */
    typeName: text(L.typeName),
    /** Trích yếu; for a công văn the text after "V/v". Decree 30 App. VI: Subject String(500). */
    abstract: text(L.abstract),
    /** "Kính gửi" (box 9a): công văn, tờ trình, and reports to a superior. */
    addressees: z
      .array(requiredText(HEADER_LIST_LIMITS.addressees.line))
      .max(HEADER_LIST_LIMITS.addressees.lines),
    /** Căn cứ lines (box 6), printed in italics, "; … ." added on export. */
    legalBases: z
      .array(requiredText(HEADER_LIST_LIMITS.legalBases.line))
      .max(HEADER_LIST_LIMITS.legalBases.lines),
    signature: signatureBlock,
    /** Minutes only: the secretary's column (THƯ KÝ) beside the chair's. */
    secondSignature: z
      .object({ title: text(L['secondSignature.title']), name: text(L['secondSignature.name']) })
      .strict()
      .nullable(),
    /** "Nơi nhận" lines without the dash and the final ";" — the last line "- Lưu: VT, …" is built. */
    recipients: z
      .array(requiredText(HEADER_LIST_LIMITS.recipients.line))
      .max(HEADER_LIST_LIMITS.recipients.lines),
    /** Abbreviations after "Lưu: VT," — the drafting unit, for instance. */
    archiveUnits: z.array(requiredText(30)).max(10),
    /** Box 12: drafter's initials and copies issued, printed "PL.(300)" at the end of Lưu. */
    drafter: z
      .object({
        initials: text(L['drafter.initials']),
        copies: z.number().int().min(1).max(100_000).nullable(),
      })
      .strict(),
    urgency: urgencyLevel,
    secrecy: secrecyLevel,
    circulation: circulationNote,
    /** A "DỰ THẢO" frame at the top left: common practice, not regulated (§1.8). */
    draft: z.boolean(),
  })
  .strict();
export type BriefHeader = z.infer<typeof briefHeader>;

export const brief = z
  .object({
    version: z.literal(1),
    template: templateName,
    /** The meeting the brief was drafted from, if any. */
    meetingId: recordId.nullable(),
    header: briefHeader,
    body: bodyDoc,
  })
  .strict();
export type Brief = z.infer<typeof brief>;
export type { BodyDoc };

// Bounds checked before the schema walks the JSON, so a hostile or runaway document (a deep
// nesting, a huge paste) is refused with a clear message instead of exhausting the stack.
export const MAX_BODY_NODES = 200_000;
export const MAX_BODY_DEPTH = 40;
export const MAX_BODY_CHARS = 4_000_000;

interface Shape {
  nodes: number;
  depth: number;
  chars: number;
}

/** Counts nodes, nesting depth and characters of raw JSON without recursion; stops early. */
export function measureShape(raw: unknown): Shape {
  const shape: Shape = { nodes: 0, depth: 0, chars: 0 };
  const stack: { value: unknown; depth: number }[] = [{ value: raw, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (depth > shape.depth) shape.depth = depth;
    if (
      shape.depth > MAX_BODY_DEPTH ||
      shape.nodes > MAX_BODY_NODES ||
      shape.chars > MAX_BODY_CHARS
    )
      break;
    if (typeof value === 'string') {
      shape.chars += value.length;
    } else if (Array.isArray(value)) {
      for (const v of value) stack.push({ value: v, depth: depth + 1 });
    } else if (value !== null && typeof value === 'object') {
      shape.nodes += 1;
      for (const v of Object.values(value)) stack.push({ value: v, depth: depth + 1 });
    }
  }
  return shape;
}

/** Reads a brief from untrusted JSON (IPC, file, paste): bounds first, then the schema. */
export function parseBrief(raw: unknown): Result<Brief> {
  const shape = measureShape(raw);
  if (shape.depth > MAX_BODY_DEPTH) {
    return fail(
      'invalid-input',
      'Văn bản lồng nhau quá sâu.',
      'The document is nested too deeply.',
    );
  }
  if (shape.nodes > MAX_BODY_NODES) {
    return fail(
      'invalid-input',
      `Văn bản quá lớn (hơn ${formatNumber(MAX_BODY_NODES)} thành phần). Hãy tách thành nhiều văn bản.`,
      `The document is too large (over ${MAX_BODY_NODES} elements). Split it into several documents.`,
    );
  }
  if (shape.chars > MAX_BODY_CHARS) {
    return fail(
      'invalid-input',
      `Văn bản quá dài (hơn ${formatNumber(MAX_BODY_CHARS)} ký tự).`,
      `The document is too long (over ${MAX_BODY_CHARS} characters).`,
    );
  }
  const parsed = brief.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues
    .slice(0, 20)
    .map((i) => ({ path: i.path.join('.'), message: i.message }));
  return fail(
    'invalid-input',
    'Văn bản có nội dung không hợp lệ.',
    'The document has invalid content.',
    { issues },
  );
}
