// A directive table prints its snapshot rows: the "6 rõ" with status (for reports), or the task
// table of a Kế hoạch (document-format.md §3.5: STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
// hợp | Thời gian hoàn thành | Sản phẩm).
import type { DirectiveStatus } from '../../domain/directive';
import { formatShortDate } from '../../format/date';
import type { DirectiveRowSnapshot, DirectiveTableNode } from '../body';
import { curlyQuotes } from '../wording';
import { paragraph, SIZE } from './style';
import type { LayoutBlock, LayoutCell, LayoutRow, LayoutRun, LayoutTable } from './types';

export const DIRECTIVE_STATUS_VI: Record<DirectiveStatus, string> = {
  'not-started': 'Chưa triển khai',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
};

interface Column {
  title: string;
  /** How the column is named when its one value is said above the table instead. */
  short?: string;
  /** Share of the table width. */
  weight: number;
  value: (row: DirectiveRowSnapshot, index: number) => string;
  center?: boolean;
}

const date = (iso: string | null): string => (iso ? formatShortDate(iso) : '');

const SIX_RO: Column[] = [
  { title: 'STT', weight: 14, value: (_, i) => String(i + 1), center: true },
  { title: 'Nhiệm vụ (rõ việc)', weight: 36, value: (r) => r.task },
  {
    title: 'Người thực hiện (rõ người)',
    short: 'người thực hiện',
    weight: 19,
    value: (r) => r.assignee || r.leadUnit,
  },
  {
    title: 'Thời hạn (rõ thời gian)',
    short: 'thời hạn',
    weight: 19,
    value: (r) => date(r.deadline),
    center: true,
  },
  {
    title: 'Thẩm quyền (rõ thẩm quyền)',
    short: 'thẩm quyền',
    weight: 20,
    value: (r) => r.authority,
  },
  {
    title: 'Trách nhiệm (rõ trách nhiệm)',
    short: 'trách nhiệm',
    weight: 19,
    value: (r) => r.responsibility,
  },
  // The product is a phrase ("Báo cáo kịp thời về các vướng mắc…"): it gets room, not 18 mm.
  { title: 'Sản phẩm (rõ sản phẩm)', short: 'sản phẩm', weight: 30, value: (r) => r.deliverable },
  {
    title: 'Tình trạng',
    short: 'tình trạng',
    weight: 17,
    value: (r) => DIRECTIVE_STATUS_VI[r.status],
  },
];

const PLAN: Column[] = [
  { title: 'STT', weight: 13, value: (_, i) => String(i + 1), center: true },
  { title: 'Nhiệm vụ', weight: 50, value: (r) => r.task },
  {
    title: 'Cơ quan chủ trì',
    short: 'cơ quan chủ trì',
    weight: 26,
    value: (r) => r.leadUnit || r.assignee,
  },
  {
    title: 'Cơ quan phối hợp',
    short: 'cơ quan phối hợp',
    weight: 28,
    value: (r) => r.coordinatingUnits.join(', '),
  },
  {
    title: 'Thời gian hoàn thành',
    short: 'thời gian hoàn thành',
    weight: 25,
    value: (r) => date(r.deadline),
    center: true,
  },
  { title: 'Sản phẩm', short: 'sản phẩm', weight: 34, value: (r) => r.deliverable },
];

/** What a blank "rõ" prints, so a reader sees what the record leaves open. */
const UNSET: LayoutRun = { text: '(chưa rõ)', italic: true };

function cell(runs: LayoutRun[], sizePt: number, center: boolean, header: boolean): LayoutCell {
  return {
    blocks: [
      paragraph(runs, {
        align: center || header ? 'center' : 'left',
        sizePt,
        firstLineIndentMm: 0,
        spaceAfterPt: 0,
      }),
    ],
    colSpan: 1,
    rowSpan: 1,
    verticalAlign: header ? 'center' : 'top',
  };
}

/**
 * Columns whose value is the same on every row (the one authority of a meeting's tasks) are
 * not repeated down the table: they are said once, above it. The task column and the number
 * always stay, and a table of one row keeps its columns.
 */
function splitColumns(
  columns: Column[],
  rows: readonly DirectiveRowSnapshot[],
): { kept: Column[]; shared: { column: Column; value: string }[] } {
  if (rows.length < 2) return { kept: columns, shared: [] };
  const kept: Column[] = [];
  const shared: { column: Column; value: string }[] = [];
  for (const c of columns) {
    const values = new Set(rows.map((r, i) => c.value(r, i).trim()));
    const [only] = values;
    if (c.short && values.size === 1 && only) shared.push({ column: c, value: only });
    else kept.push(c);
  }
  return { kept, shared };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The directive table and, before it, the sentence giving the values every row shares. */
export function directiveTableBlocks(node: DirectiveTableNode, widthMm: number): LayoutBlock[] {
  const all = node.attrs.variant === 'plan' ? PLAN : SIX_RO;
  const { kept, shared } = splitColumns(all, node.attrs.rows);
  const table = directiveTableLayout(node, widthMm, kept);
  if (shared.length === 0) return [table];
  const text = capitalise(`${shared.map((s) => `${s.column.short}: ${s.value}`).join('; ')}.`);
  return [paragraph([{ text }], { align: 'justify', keepWithNext: true }), table];
}

export function directiveTableLayout(
  node: DirectiveTableNode,
  widthMm: number,
  columns: Column[] = node.attrs.variant === 'plan' ? PLAN : SIX_RO,
): LayoutTable {
  const sizePt = node.attrs.variant === 'plan' ? SIZE.table : SIZE.directiveTable;
  const totalWeight = columns.reduce((s, c) => s + c.weight, 0);
  const head: LayoutRow = {
    cantSplit: true,
    cells: columns.map((c) => cell([{ text: c.title, bold: true }], sizePt, true, true)),
  };
  // A row is never split over two pages: one word of a task alone on the next page misleads.
  const body: LayoutRow[] = node.attrs.rows.map((row, i) => ({
    cantSplit: true,
    cells: columns.map((c) => {
      const v = c.value(row, i).trim();
      return cell(v ? [{ text: curlyQuotes(v) }] : [UNSET], sizePt, c.center ?? false, false);
    }),
  }));
  if (body.length === 0) {
    body.push({
      cantSplit: true,
      cells: [
        {
          ...cell([{ text: 'Chưa có nhiệm vụ.', italic: true }], sizePt, true, false),
          colSpan: columns.length,
        },
      ],
    });
  }
  return {
    kind: 'table',
    columnsMm: columns.map((c) => Math.round(((c.weight * widthMm) / totalWeight) * 100) / 100),
    rows: [head, ...body],
    borders: true,
    headerRows: 1,
    paddingMm: { h: 1.2, v: 0.8 },
    indentMm: 0,
    spaceAfterPt: 6,
  };
}
