// Registers out (issue 13): the directive register, the indicator register with its series and
// the statistics, each to Excel or Word from one typed table (shared/registers).
import {
  directiveRegister,
  indicatorRegister,
  statsRegister,
  type RegisterTable,
} from '../../../shared/registers';
import { directiveStats, statsTotal, type StatsGrouping } from '../../../shared/stats';
import type { RegisterFormat, RegisterName } from '../../../shared/follow-up-calls';
import type { OpenVault } from '../vault';
import { registerToDocx } from './docx';
import { registerToXlsx } from './xlsx';

export const REGISTER_MIME: Record<RegisterFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const FILE_STEM: Record<RegisterName, string> = {
  directives: 'So-theo-doi-nhiem-vu',
  indicators: 'So-theo-doi-chi-tieu',
  stats: 'Thong-ke-nhiem-vu',
};

export function registerFileName(
  register: RegisterName,
  format: RegisterFormat,
  today: string,
): string {
  return `${FILE_STEM[register]}_${today}.${format}`;
}

/** The statistics of the whole vault (or of one meeting's directives), with the total row. */
export function vaultStats(vault: OpenVault, by: StatsGrouping, today: string, meetingId?: string) {
  const rows = directiveStats(vault.followUp.statsDirectives(meetingId), {
    by,
    today,
    meetingTitles: by === 'meeting' ? vault.followUp.meetingTitles() : undefined,
  });
  return { by, today, rows, total: statsTotal(rows) };
}

export function registerTable(
  vault: OpenVault,
  register: RegisterName,
  by: StatsGrouping,
  today: string,
): RegisterTable {
  if (register === 'directives')
    return directiveRegister(
      // The tracking register lists tasks: a recommendation has no deadline or unit to track.
      vault.directives.list({ today, kind: 'directive' }),
      vault.followUp.meetingTitles(),
      today,
    );
  if (register === 'indicators') return indicatorRegister(vault.indicators.list());
  const stats = vaultStats(vault, by, today);
  return statsRegister(stats.rows, stats.total, by, today);
}

export function renderRegister(
  table: RegisterTable,
  format: RegisterFormat,
  creator: string,
): Promise<Buffer> {
  return format === 'xlsx' ? registerToXlsx(table, creator) : registerToDocx(table, creator);
}
