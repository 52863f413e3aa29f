// Báo cáo tình hình thực hiện nhiệm vụ (issue 13), the eighth template: the monthly report on
// directive completion — the statistics by lead unit as a table, a chart of the same rows (a
// live chart node), and the directives that are overdue or were done late with their lead
// units. From one meeting's directives or, without a meeting, from every directive.
import { isDoneLate, isOverdue, isTask, type Directive } from '../../domain/directive';
import type { Meeting } from '../../domain/meeting';
import { formatNumber, formatShortDate } from '../../format';
import { GROUP_HEADER, STATS_HEADERS } from '../../registers/stats-register';
import { daysOverdue, type DirectiveStatsRow } from '../../stats/directive-stats';
import type { BodyBlock, TableCellNode, TableNode } from '../body';
import type { ChartNode } from '../chart-node';
import { meetingReference } from '../live';
import type { Brief } from '../model';
import { guide, h, p } from './build';
import type { BriefOrganisation } from './context';
import { baseHeader, meetingBrief, meetingPhrase } from './records';

export interface DirectiveReportContext {
  meeting: Meeting | null;
  /** The directives reported on (the meeting's, or all). */
  directives: readonly Directive[];
  /** Statistics of those directives by lead unit, and their total row. */
  stats: { rows: readonly DirectiveStatsRow[]; total: DirectiveStatsRow };
  organisation: BriefOrganisation;
  today: string;
}

const rate = (r: number | null) =>
  r === null ? '—' : `${formatNumber(r * 100, { maxDecimals: 1 })}%`;

function cell(text: string, header = false, colwidth: number | null = null): TableCellNode {
  return {
    type: header ? 'tableHeader' : 'tableCell',
    attrs: { colspan: 1, rowspan: 1, colwidth: colwidth === null ? null : [colwidth] },
    content: [text ? p(text) : p()],
  };
}

/** Widths in CSS pixels (the editor's unit): the group column wide, the counts narrow. */
function table(headers: string[], rows: string[][], widths: number[]): TableNode {
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: headers.map((x, i) => cell(x, true, widths[i] ?? null)) },
      ...rows.map((r) => ({ type: 'tableRow' as const, content: r.map((x) => cell(x)) })),
    ],
  };
}

function statsTable(stats: DirectiveReportContext['stats']): TableNode {
  const line = (r: DirectiveStatsRow) => [
    r.key,
    ...[r.total, r.doneOnTime, r.doneLate, r.inProgress, r.overdue, r.notStarted].map(String),
    rate(r.onTimeRate),
  ];
  return table(
    [GROUP_HEADER.unit, ...STATS_HEADERS],
    [...stats.rows.map(line), line(stats.total)],
    [196, 50, 66, 66, 66, 50, 62, 62],
  );
}

function lateList(ctx: DirectiveReportContext): TableNode | null {
  const late = ctx.directives
    .filter((d) => isTask(d) && (isOverdue(d, ctx.today) || isDoneLate(d)))
    // Most overdue first, then the late ones by deadline.
    .sort(
      (a, b) =>
        daysOverdue(b, ctx.today) - daysOverdue(a, ctx.today) ||
        (a.deadline ?? '').localeCompare(b.deadline ?? ''),
    );
  if (late.length === 0) return null;
  const state = (d: Directive) =>
    isOverdue(d, ctx.today)
      ? `Quá hạn ${daysOverdue(d, ctx.today)} ngày`
      : `Hoàn thành ngày ${formatShortDate(d.completedOn ?? '')} (trễ hạn)`;
  return table(
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình'],
    late.map((d, i) => [
      String(i + 1),
      d.task.trim() || '(chưa rõ nội dung)',
      d.leadUnit.trim() || '(chưa rõ)',
      formatShortDate(d.deadline ?? ''),
      state(d),
    ]),
    [40, 236, 130, 92, 120],
  );
}

export function directiveReport(ctx: DirectiveReportContext): Brief {
  const { meeting: m, organisation: org, stats } = ctx;
  const t = stats.total;
  const subject = m ? `được giao tại ${meetingPhrase(m.title)}` : '';
  const header = baseHeader(
    org,
    { today: ctx.today, meeting: m ?? { urgency: 'none', secrecy: 'none' } },
    {
      form: 'named',
      typeAbbrev: 'BC',
      typeName: 'Báo cáo',
      abstract: ['Tình hình thực hiện nhiệm vụ', subject].filter(Boolean).join(' '),
    },
  );
  header.recipients = ['Như trên'];
  const chart: ChartNode = {
    type: 'chart',
    attrs: {
      kind: 'directive-stats',
      by: 'unit',
      meetingId: m?.id ?? null,
      caption: 'Hình 1. Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì',
      snapshot: { today: ctx.today, rows: [...stats.rows] },
    },
  };
  const late = lateList(ctx);
  const content: BodyBlock[] = [
    m
      ? p(
          `${org.name} báo cáo tình hình thực hiện các nhiệm vụ được giao tại `,
          meetingReference(m),
          ` tính đến ngày ${formatShortDate(ctx.today)} như sau:`,
        )
      : p(
          `${org.name} báo cáo tình hình thực hiện các nhiệm vụ được giao tính đến ngày ${formatShortDate(ctx.today)} như sau:`,
        ),
    h(2, 'Tình hình chung'),
    p(
      `Tổng số ${t.total} nhiệm vụ: hoàn thành đúng hạn ${t.doneOnTime}; hoàn thành trễ hạn ${t.doneLate}; ` +
        `đang thực hiện trong hạn ${t.inProgress}; quá hạn ${t.overdue}; chưa thực hiện ${t.notStarted}. ` +
        (t.onTimeRate === null
          ? 'Chưa có nhiệm vụ nào đến hạn.'
          : `Tỷ lệ hoàn thành đúng hạn đạt ${rate(t.onTimeRate)}.`),
    ),
    h(2, 'Kết quả theo đơn vị chủ trì'),
    ...(stats.rows.length > 0 ? [statsTable(stats), chart] : [guide('(Chưa có nhiệm vụ nào.)')]),
    h(2, 'Nhiệm vụ quá hạn, hoàn thành trễ hạn'),
    late ?? p('Không có nhiệm vụ quá hạn hoặc hoàn thành trễ hạn.'),
    h(2, 'Kiến nghị, đề xuất'),
    guide(
      '(Nêu kiến nghị đối với các nhiệm vụ quá hạn: đôn đốc, điều chỉnh thời hạn, phân công lại.)',
    ),
  ];
  return meetingBrief('directive-report', m, header, content);
}
