// Placeholders a template or a drafter left for a human to fill: "…", "(chưa rõ)", guidance
// lines such as "(Nêu …)" and "(Tổng hợp …)", and blank cells of a task table (which print
// "(chưa rõ)"). A document cannot be issued with one; a draft may circulate with them.
// Each problem names its place: a header field, or `body.<n>` for the n-th top-level block
// of the body, so the editor can take the user there.
import type { Bilingual } from '../result';
import { leafBlocks, type BodyBlock, type DirectiveRowSnapshot, type InlineNode } from './body';
import type { ExportProblem } from './check';
import type { Brief, BriefHeader } from './model';

/** What a reader sees as "to be filled in". `...` is how an ellipsis is typed on a keyboard. */
const PLACEHOLDER = /…|\.{3}|\(chưa rõ\)|\((?:Nêu|Tổng hợp|Ghi|Điền)\b[^)]*\)/iu;

export function findPlaceholder(text: string): string | null {
  const m = PLACEHOLDER.exec(text.normalize('NFC'));
  return m ? m[0] : null;
}

/** A few words around the placeholder, so the message says which one. */
function excerpt(text: string, found: string): string {
  const at = text.indexOf(found);
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, at + found.length + 20);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

function placeholder(field: string, text: string, found: string, where: Bilingual): ExportProblem {
  const shown = excerpt(text, found);
  return {
    code: 'placeholder',
    severity: 'blocking',
    field,
    message: {
      vi: `${where.vi} còn chỗ chưa điền “${found}”: ${shown}`,
      en: `${where.en} still has a placeholder “${found}”: ${shown}`,
    },
  };
}

function headerPlaceholders(h: BriefHeader): ExportProblem[] {
  const out: ExportProblem[] = [];
  const fields: [string, string, Bilingual][] = [
    ['header.issuingBody', h.issuingBody, { vi: 'Tên cơ quan ban hành', en: 'The issuing body' }],
    ['header.place', h.place, { vi: 'Địa danh', en: 'The place' }],
    ['header.abstract', h.abstract, { vi: 'Trích yếu', en: 'The abstract' }],
    ['header.signature.name', h.signature.name, { vi: 'Họ tên người ký', en: 'The signer’s name' }],
    [
      'header.signature.title',
      h.signature.title,
      { vi: 'Chức vụ người ký', en: 'The signer’s title' },
    ],
  ];
  h.addressees.forEach((a) =>
    fields.push(['header.addressees', a, { vi: 'Kính gửi', en: 'Addressees' }]),
  );
  h.legalBases.forEach((a) =>
    fields.push(['header.legalBases', a, { vi: 'Căn cứ', en: 'Legal bases' }]),
  );
  h.recipients.forEach((a) =>
    fields.push(['header.recipients', a, { vi: 'Nơi nhận', en: 'Recipients' }]),
  );
  for (const [field, text, where] of fields) {
    const found = findPlaceholder(text);
    if (found) out.push(placeholder(field, text, found, where));
  }
  return out;
}

/** The text of a block as a reader sees it (text nodes only), depth-first and iterative. */
function blockText(block: BodyBlock): string {
  const parts: string[] = [];
  for (const b of leafBlocks([block])) {
    if (b.type === 'paragraph' || b.type === 'heading') {
      parts.push(
        (b.content ?? []).map((n: InlineNode) => (n.type === 'text' ? n.text : ' ')).join(''),
      );
      parts.push('\n');
    }
  }
  return parts.join('');
}

function bodyPlaceholders(blocks: readonly BodyBlock[]): ExportProblem[] {
  const out: ExportProblem[] = [];
  blocks.forEach((block, index) => {
    const text = blockText(block);
    for (const line of text.split('\n')) {
      const found = findPlaceholder(line);
      if (found)
        out.push(
          placeholder(`body.${index}`, line, found, {
            vi: `Nội dung (đoạn ${index + 1})`,
            en: `The body (block ${index + 1})`,
          }),
        );
    }
  });
  return out;
}

export function placeholderProblems(brief: Brief): ExportProblem[] {
  return [...headerPlaceholders(brief.header), ...bodyPlaceholders(brief.body.content)];
}

/** The cells a task table prints, by variant (shared/brief/layout/directive-table.ts). */
const TASK_CELLS: Record<'six-ro' | 'plan', [string, (r: DirectiveRowSnapshot) => string][]> = {
  'six-ro': [
    ['Nhiệm vụ / task', (r) => r.task],
    ['Người thực hiện / assignee', (r) => r.assignee || r.leadUnit],
    ['Thời hạn / deadline', (r) => r.deadline ?? ''],
    ['Thẩm quyền / authority', (r) => r.authority],
    ['Trách nhiệm / responsibility', (r) => r.responsibility],
    ['Sản phẩm / deliverable', (r) => r.deliverable],
  ],
  plan: [
    ['Nhiệm vụ / task', (r) => r.task],
    ['Cơ quan chủ trì / lead unit', (r) => r.leadUnit || r.assignee],
    ['Cơ quan phối hợp / coordinating units', (r) => r.coordinatingUnits.join('; ')],
    ['Thời gian hoàn thành / deadline', (r) => r.deadline ?? ''],
    ['Sản phẩm / deliverable', (r) => r.deliverable],
  ],
};

/** Blank cells of directive (task) tables: one problem per table, counting them by column. */
export function taskTableProblems(blocks: readonly BodyBlock[]): ExportProblem[] {
  const out: ExportProblem[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'directiveTable') return;
    const missing = new Map<string, number>();
    for (const row of block.attrs.rows) {
      for (const [column, value] of TASK_CELLS[block.attrs.variant]) {
        if (value(row).trim() === '') missing.set(column, (missing.get(column) ?? 0) + 1);
      }
    }
    if (missing.size === 0) return;
    const total = [...missing.values()].reduce((a, b) => a + b, 0);
    const list = [...missing].map(([c, n]) => `${c}: ${n}`).join('; ');
    out.push({
      code: 'empty-task-cell',
      severity: 'blocking',
      field: `body.${index}`,
      message: {
        vi: `Bảng nhiệm vụ có ${total} ô trống (in “(chưa rõ)”) — ${list}. Hãy bổ sung các ô này (trong bảng hoặc trong sổ nhiệm vụ rồi tạo lại bảng).`,
        en: `The task table has ${total} empty cells (printed “(chưa rõ)”) — ${list}. Fill them in (in the table, or in the directives register and rebuild the table).`,
      },
    });
  });
  return out;
}
