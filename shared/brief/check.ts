// What a records clerk would send back, found before any file is written (issue 3 §1): empty
// required header fields, a number-symbol not in Decree 30 form, stale or unsourced figures, a
// secrecy mark. Blocking problems stop the export; warnings are shown and the user decides.
import { SECRECY_MARK, SECRECY_WARNING } from '../domain/marks';
import type { Bilingual } from '../result';
import { leafBlocks, type BodyBlock, type IndicatorFigureNode, type InlineNode } from './body';
import type { FigureState } from './live';
import type { Brief, BriefHeader } from './model';
import { numberSymbolProblem } from './number-line';
import { placeholderProblems, taskTableProblems } from './placeholders';

export type ProblemCode =
  | 'empty-field'
  | 'number-symbol'
  | 'no-number'
  | 'no-date'
  | 'empty-body'
  | 'stale-figure'
  | 'missing-figure'
  | 'unsourced-figure'
  | 'secrecy-mark'
  | 'placeholder'
  | 'empty-task-cell'
  | 'draft-mark'
  | 'no-secretary';

export interface ExportProblem {
  code: ProblemCode;
  severity: 'blocking' | 'warning';
  /** Where to take the user: `header.issuingBody`, `body`. */
  field: string;
  message: Bilingual;
}

export interface CheckOptions {
  /** How each figure compares with the vault now; without it, staleness is not checked. */
  figureState?: (node: IndicatorFigureNode) => FigureState;
  /**
   * 'issued': the brief is (or is about to be) issued, so a draft mark is a problem and the
   * number and date must be there. Otherwise the brief is a draft.
   */
  status?: 'draft' | 'for-signature' | 'issued';
}

const FIELD_NAMES: Record<string, Bilingual> = {
  issuingBody: { vi: 'Tên cơ quan ban hành', en: 'Issuing body' },
  place: { vi: 'Địa danh', en: 'Place' },
  typeName: { vi: 'Tên loại văn bản', en: 'Document type' },
  abstract: { vi: 'Trích yếu', en: 'Abstract' },
  letterAbstract: { vi: 'Trích yếu (V/v)', en: 'Subject line (V/v)' },
  addressees: { vi: 'Kính gửi', en: 'Addressees (Kính gửi)' },
  signatureTitle: { vi: 'Chức vụ người ký', en: 'Signer’s title' },
  signatureName: { vi: 'Họ tên người ký', en: 'Signer’s name' },
  authorityOf: {
    vi: 'Quyền hạn ký (TM./KT./TL./TUQ./Q. …)',
    en: 'Signing authority (TM./KT./TL./TUQ./Q. …)',
  },
};

const blank = (s: string): boolean => s.trim() === '';

function emptyField(field: string, key: string): ExportProblem {
  const name = FIELD_NAMES[key] ?? { vi: key, en: key };
  return {
    code: 'empty-field',
    severity: 'blocking',
    field,
    message: { vi: `${name.vi} chưa được nhập.`, en: `${name.en} is empty.` },
  };
}

function headerProblems(h: BriefHeader, issued: boolean): ExportProblem[] {
  const out: ExportProblem[] = [];
  if (blank(h.issuingBody)) out.push(emptyField('header.issuingBody', 'issuingBody'));
  if (h.form !== 'minutes' && blank(h.place)) out.push(emptyField('header.place', 'place'));
  if (h.form !== 'official-letter' && blank(h.typeName))
    out.push(emptyField('header.typeName', 'typeName'));
  if (blank(h.abstract)) {
    out.push(
      emptyField('header.abstract', h.form === 'official-letter' ? 'letterAbstract' : 'abstract'),
    );
  }
  if (h.form === 'official-letter' && h.addressees.length === 0)
    out.push(emptyField('header.addressees', 'addressees'));
  if (h.form !== 'internal') {
    if (blank(h.signature.title) && h.signature.authority === 'none')
      out.push(emptyField('header.signature.title', 'signatureTitle'));
    if (h.signature.authority !== 'none' && blank(h.signature.authorityOf)) {
      out.push(emptyField('header.signature.authorityOf', 'authorityOf'));
    }
    if (blank(h.signature.name)) out.push(emptyField('header.signature.name', 'signatureName'));
  }
  // Biên bản: the secretary signs beside the chair; a blank name leaves a column unsigned.
  if (h.form === 'minutes' && h.secondSignature !== null && blank(h.secondSignature.name)) {
    out.push({
      code: 'no-secretary',
      severity: 'blocking',
      field: 'header.secondSignature.name',
      message: {
        vi: 'Biên bản chưa có họ tên thư ký (người ghi biên bản).',
        en: 'The minutes do not name the secretary (who took them).',
      },
    });
  }
  if (issued && h.draft) {
    out.push({
      code: 'draft-mark',
      severity: 'blocking',
      field: 'header.draft',
      message: {
        vi: 'Văn bản đã ban hành không được mang dấu “DỰ THẢO”.',
        en: 'An issued document must not carry the “DỰ THẢO” (draft) mark.',
      },
    });
  }
  const symbol = numberSymbolProblem(h.numberSymbol, h.form);
  if (symbol)
    out.push({
      code: 'number-symbol',
      severity: 'blocking',
      field: 'header.numberSymbol',
      message: symbol,
    });
  // The number and the date are given by the records office when the document is issued, so a
  // draft without them is normal; the clerk is only reminded.
  if (h.form !== 'internal' && h.numberSymbol.number === null && !issued) {
    out.push({
      code: 'no-number',
      severity: 'warning',
      field: 'header.numberSymbol.number',
      message: {
        vi: 'Văn bản chưa có số (văn thư cấp số khi ban hành).',
        en: 'No document number yet (the records office assigns it on issue).',
      },
    });
  }
  if (h.form !== 'minutes' && h.date === null && !issued) {
    out.push({
      code: 'no-date',
      severity: 'warning',
      field: 'header.date',
      message: { vi: 'Văn bản chưa có ngày ban hành.', en: 'No issue date yet.' },
    });
  }
  if (h.secrecy !== 'none') {
    out.push({
      code: 'secrecy-mark',
      severity: 'warning',
      field: 'header.secrecy',
      message: {
        vi: `Văn bản mang dấu “${SECRECY_MARK[h.secrecy]}”. ${SECRECY_WARNING.vi}`,
        en: `The document carries the mark “${SECRECY_MARK[h.secrecy]}”. ${SECRECY_WARNING.en}`,
      },
    });
  }
  return out;
}

/** Every inline node of the body, in reading order (iterative: bodies can be deep and long). */
export function* inlineNodes(blocks: readonly BodyBlock[]): Generator<InlineNode> {
  for (const b of leafBlocks(blocks))
    if (b.type === 'paragraph' || b.type === 'heading') yield* b.content ?? [];
}

function bodyProblems(brief: Brief, options: CheckOptions): ExportProblem[] {
  const out: ExportProblem[] = [];
  let hasContent = brief.body.content.some(
    (b) => b.type === 'table' || b.type === 'directiveTable',
  );
  for (const node of inlineNodes(brief.body.content)) {
    if (node.type === 'text' && node.text.trim()) hasContent = true;
    if (node.type !== 'indicatorFigure') continue;
    hasContent = true;
    const name = node.attrs.snapshot.indicatorName;
    const state = options.figureState?.(node) ?? 'current';
    if (state === 'stale') {
      // Blocking: an issued document cannot be corrected, so it must not go out with a figure
      // the vault has since revised. A draft still exports, with the problem as a warning.
      out.push({
        code: 'stale-figure',
        severity: 'blocking',
        field: 'body',
        message: {
          vi: `Số liệu “${name}” đã thay đổi trong kho dữ liệu; hãy cập nhật trước khi xuất.`,
          en: `The figure “${name}” has changed in the vault; refresh it before exporting.`,
        },
      });
    } else if (state === 'missing') {
      out.push({
        code: 'missing-figure',
        severity: 'warning',
        field: 'body',
        message: {
          vi: `Số liệu “${name}” đã bị xóa khỏi kho dữ liệu (có thể khôi phục từ thùng rác); văn bản in giá trị đã lưu.`,
          en: `The figure “${name}” was deleted from the vault (it can be restored from the trash); the saved value will print.`,
        },
      });
    }
    if (blank(node.attrs.snapshot.source)) {
      out.push({
        code: 'unsourced-figure',
        severity: 'warning',
        field: 'body',
        message: {
          vi: `Số liệu “${name}” chưa ghi nguồn.`,
          en: `The figure “${name}” has no source.`,
        },
      });
    }
  }
  if (!hasContent) {
    out.push({
      code: 'empty-body',
      severity: 'blocking',
      field: 'body',
      message: { vi: 'Nội dung văn bản đang trống.', en: 'The document has no content.' },
    });
  }
  return out;
}

/**
 * Every problem a records clerk would send back. Blocking ones stop the issue (and the export
 * of an issued brief); a draft exports with all of them shown as warnings (draftProblems).
 */
export function preExportCheck(brief: Brief, options: CheckOptions = {}): ExportProblem[] {
  const issued = options.status === 'issued';
  return [
    ...headerProblems(brief.header, issued),
    ...placeholderProblems(brief),
    ...taskTableProblems(brief.body.content),
    ...bodyProblems(brief, options),
  ];
}

/** How a draft export reports the problems: nothing stops a draft from circulating. */
export const asDraftWarnings = (problems: readonly ExportProblem[]): ExportProblem[] =>
  problems.map((p) => (p.severity === 'blocking' ? { ...p, severity: 'warning' } : p));

export const blockingProblems = (problems: readonly ExportProblem[]): ExportProblem[] =>
  problems.filter((p) => p.severity === 'blocking');

/**
 * Blocking problems that stop a document from being ISSUED but not from being printed: a file
 * with a placeholder or a stale figure is a readable draft. The others (no issuing body, an
 * empty body, a malformed number-symbol) leave a page no one can use.
 */
export const ISSUE_ONLY_CODES: ReadonlySet<ProblemCode> = new Set([
  'placeholder',
  'empty-task-cell',
  'no-secretary',
  'stale-figure',
  'draft-mark',
]);
