// The CLI's follow-up commands (issue 13): statistics of directives and register exports.
import type { RegisterFormat, RegisterName } from '../../shared/follow-up-calls';
import { formatNumber } from '../../shared/format';
import { GROUP_HEADER, STATS_HEADERS, statsKeyLabel } from '../../shared/registers';
import type { DirectiveStatsRow, StatsGrouping } from '../../shared/stats';
import { todayIso } from '../../shared/format';
import { call, withVault, type Output } from './commands';
import { madeBrief } from './brief-commands';
import { exportToOut, type ExportTarget } from './out-file';
import { renderTable } from './tables';

const rate = (r: number | null) =>
  r === null ? '—' : `${formatNumber(r * 100, { maxDecimals: 1 })}%`;

function statsTable(
  rows: readonly DirectiveStatsRow[],
  total: DirectiveStatsRow,
  by: StatsGrouping,
): string {
  if (rows.length === 0) return 'Chưa có nhiệm vụ nào / No directives yet.';
  const line = (r: DirectiveStatsRow, key: string) => [
    key,
    ...[r.total, r.doneOnTime, r.doneLate, r.inProgress, r.overdue, r.notStarted].map(String),
    rate(r.onTimeRate),
  ];
  return renderTable(
    [GROUP_HEADER[by], ...STATS_HEADERS],
    [...rows.map((r) => line(r, statsKeyLabel(r.key, by))), line(total, total.key)],
  );
}

export const statsDirectives = (io: Output, vault: string, by: StatsGrouping, json: boolean) =>
  withVault(vault, async (desk) => {
    const stats = await call(desk, 'stats.directives', { by, today: todayIso() });
    io.out(json ? JSON.stringify(stats.rows, null, 2) : statsTable(stats.rows, stats.total, by));
  });

export const DIRECTIVE_REPORT = 'directive-report';

export const briefNewDirectiveReport = (
  io: Output,
  meetingId: string | undefined,
  vault: string,
  json: boolean,
) =>
  withVault(vault, async (desk) => {
    const made = await call(desk, 'briefs.createDirectiveReport', {
      ...(meetingId === undefined ? {} : { meetingId }),
      today: todayIso(),
    });
    io.out(madeBrief(made, json));
  });

export const exportRegister = async (
  io: Output,
  register: RegisterName,
  format: RegisterFormat,
  by: StatsGrouping,
  to: ExportTarget,
) => {
  await exportToOut(
    to,
    (desk) => call(desk, 'registers.export', { register, format, by, today: todayIso() }),
    (target, made) => io.out(`Đã xuất / Exported: ${target} (${made.rows} dòng / rows)`),
  );
};
