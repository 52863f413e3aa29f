// A directive table prints its snapshot rows: the "6 rõ" with status (for reports), or the task
// table of a Kế hoạch (document-format.md §3.5: STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
// hợp | Thời gian hoàn thành | Sản phẩm).
import type { DirectiveStatus } from '../../domain/directive';
import { formatShortDate } from '../../format/date';
import type { DirectiveRowSnapshot, DirectiveTableNode } from '../body';
import { paragraph, SIZE } from './style';
import type { LayoutCell, LayoutRow, LayoutRun, LayoutTable } from './types';

export const DIRECTIVE_STATUS_VI: Record<DirectiveStatus, string> = {
  'not-started': 'Chưa triển khai',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
};

interface Column {
  title: string;
  /** Share of the table width. */
  weight: number;
  value: (row: DirectiveRowSnapshot, index: number) => string;
  center?: boolean;
}

const date = (iso: string | null): string => (iso ? formatShortDate(iso) : '');

const SIX_RO: Column[] = [
  { title: 'STT', weight: 11, value: (_, i) => String(i + 1), center: true },
  { title: 'Nhiệm vụ (rõ việc)', weight: 36, value: (r) => r.task },
  { title: 'Người thực hiện (rõ người)', weight: 19, value: (r) => r.assignee || r.leadUnit },
  { title: 'Thời hạn (rõ thời gian)', weight: 21, value: (r) => date(r.deadline), center: true },
  { title: 'Thẩm quyền (rõ thẩm quyền)', weight: 20, value: (r) => r.authority },
  { title: 'Trách nhiệm (rõ trách nhiệm)', weight: 19, value: (r) => r.responsibility },
  { title: 'Sản phẩm (rõ sản phẩm)', weight: 21, value: (r) => r.deliverable },
  { title: 'Tình trạng', weight: 18, value: (r) => DIRECTIVE_STATUS_VI[r.status] },
];

const PLAN: Column[] = [
  { title: 'STT', weight: 11, value: (_, i) => String(i + 1), center: true },
  { title: 'Nhiệm vụ', weight: 52, value: (r) => r.task },
  { title: 'Cơ quan chủ trì', weight: 27, value: (r) => r.leadUnit || r.assignee },
  { title: 'Cơ quan phối hợp', weight: 28, value: (r) => r.coordinatingUnits.join('; ') },
  { title: 'Thời gian hoàn thành', weight: 23, value: (r) => date(r.deadline), center: true },
  { title: 'Sản phẩm', weight: 24, value: (r) => r.deliverable },
];

/** What a blank "rõ" prints, so a reader sees what the record leaves open. */
const UNSET: LayoutRun = { text: '(chưa rõ)', italic: true };

function cell(runs: LayoutRun[], sizePt: number, center: boolean, header: boolean): LayoutCell {
  return {
    blocks: [paragraph(runs, { align: center || header ? 'center' : 'left', sizePt, firstLineIndentMm: 0, spaceAfterPt: 0 })],
    colSpan: 1,
    rowSpan: 1,
    verticalAlign: header ? 'center' : 'top',
  };
}

export function directiveTableLayout(node: DirectiveTableNode, widthMm: number): LayoutTable {
  const columns = node.attrs.variant === 'plan' ? PLAN : SIX_RO;
  const sizePt = node.attrs.variant === 'plan' ? SIZE.table : SIZE.directiveTable;
  const totalWeight = columns.reduce((s, c) => s + c.weight, 0);
  const head: LayoutRow = {
    cantSplit: true,
    cells: columns.map((c) => cell([{ text: c.title, bold: true }], sizePt, true, true)),
  };
  const body: LayoutRow[] = node.attrs.rows.map((row, i) => ({
    cantSplit: false,
    cells: columns.map((c) => {
      const v = c.value(row, i).trim();
      return cell(v ? [{ text: v }] : [UNSET], sizePt, c.center ?? false, false);
    }),
  }));
  if (body.length === 0) {
    body.push({
      cantSplit: true,
      cells: [{ ...cell([{ text: 'Chưa có nhiệm vụ.', italic: true }], sizePt, true, false), colSpan: columns.length }],
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
