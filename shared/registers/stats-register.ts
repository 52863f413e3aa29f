// The statistics of directives as a table, with its "Tổng cộng" row.
import type { DirectiveStatsRow, StatsGrouping } from '../stats/directive-stats';
import type { RegisterCell, RegisterTable } from './table';

export const GROUP_HEADER: Record<StatsGrouping, string> = {
  unit: 'Đơn vị chủ trì',
  meeting: 'Cuộc họp',
  month: 'Tháng (thời hạn)',
};

/** '2026-03' → 'tháng 3/2026'; other keys as they are. */
export function statsKeyLabel(key: string, by: StatsGrouping): string {
  const m = by === 'month' ? /^(\d{4})-(\d{2})$/.exec(key) : null;
  return m ? `tháng ${Number(m[2])}/${m[1]}` : key;
}

const cells = (r: DirectiveStatsRow, label: RegisterCell): RegisterCell[] => [
  label,
  r.total,
  r.doneOnTime,
  r.doneLate,
  r.inProgress,
  r.overdue,
  r.notStarted,
  r.onTimeRate,
];

export const STATS_HEADERS = [
  'Tổng số',
  'Hoàn thành đúng hạn',
  'Hoàn thành trễ hạn',
  'Đang thực hiện trong hạn',
  'Quá hạn',
  'Chưa thực hiện',
  'Tỷ lệ đúng hạn',
] as const;

export function statsRegister(
  rows: readonly DirectiveStatsRow[],
  total: DirectiveStatsRow,
  by: StatsGrouping,
  today: string,
): RegisterTable {
  const [y, m, d] = today.split('-');
  return {
    title: `THỐNG KÊ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ (đến ngày ${d}/${m}/${y})`,
    sheetName: 'Thống kê',
    columns: [
      { header: GROUP_HEADER[by], kind: 'text', width: 40 },
      ...STATS_HEADERS.map((header, i) => ({
        header,
        kind: i === STATS_HEADERS.length - 1 ? ('rate' as const) : ('integer' as const),
        width: 14,
      })),
    ],
    rows: rows.map((r) => cells(r, statsKeyLabel(r.key, by))),
    footer: cells(total, total.key),
  };
}
