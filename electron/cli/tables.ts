// Readable Vietnamese tables for `list` and `search` (use --json for scripts). Widths count
// code points of NFC text, which is one column per letter for Vietnamese.
import type { SearchHit, SearchResult } from '../../shared/contract';
import {
  isOverdue,
  isTask,
  missingRo,
  type Directive,
  type IndicatorWithObservations,
  type MeetingSummary,
  type Pillar,
} from '../../shared/domain';
import { formatPeriod, formatQuantity, formatShortDate } from '../../shared/format';
import { RO_LABEL, STATUS_LABEL } from '../../shared/registers';

const KIND: Record<MeetingSummary['kind'], string> = {
  regular: 'Thường kỳ',
  'review-conference': 'Hội nghị tổng kết',
  'ad-hoc': 'Đột xuất',
  other: 'Khác',
};
const MODE: Record<MeetingSummary['mode'], string> = {
  'in-person': 'Trực tiếp',
  online: 'Trực tuyến',
  hybrid: 'Kết hợp',
};
const PILLAR: Record<Pillar, string> = {
  'politics-defence-security': 'Chính trị - QP - AN',
  economy: 'Kinh tế',
  'culture-society-science': 'Văn hóa - XH - KH',
  general: 'Chung',
};

const width = (s: string) => [...s].length;

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** Columns padded to their widest cell; the last column is not padded. */
export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c))))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const countLine = (n: number, what: string) => `\n${n} ${what}`;

export function meetingsTable(meetings: MeetingSummary[]): string {
  if (meetings.length === 0) return 'Chưa có cuộc họp nào.';
  const rows = meetings.map((m) => [
    formatShortDate(m.date),
    KIND[m.kind],
    MODE[m.mode],
    String(m.directiveCount),
    clip(m.title, 70),
  ]);
  return (
    renderTable(['Ngày', 'Loại', 'Hình thức', 'Nhiệm vụ', 'Tiêu đề'], rows) +
    countLine(meetings.length, 'cuộc họp')
  );
}

export function directivesTable(directives: Directive[], today: string): string {
  if (directives.length === 0) return 'Chưa có nhiệm vụ nào.';
  const rows = directives.map((d) => {
    const missing = missingRo(d);
    return [
      d.deadline ? formatShortDate(d.deadline) : '—',
      STATUS_LABEL[d.status] + (isOverdue(d, today) ? ' (quá hạn)' : ''),
      clip(d.assignee || d.leadUnit || '—', 30),
      // A recommendation has no "6 rõ" to be complete or not: say what it is instead.
      !isTask(d)
        ? 'kiến nghị'
        : missing.length
          ? `thiếu: ${missing.map((k) => RO_LABEL[k]).join(', ')}`
          : 'đủ 6 rõ',
      clip(d.task, 60),
    ];
  });
  return (
    renderTable(['Thời hạn', 'Trạng thái', 'Chủ trì', '6 rõ', 'Nhiệm vụ'], rows) +
    countLine(directives.length, 'nhiệm vụ')
  );
}

export function indicatorsTable(indicators: IndicatorWithObservations[]): string {
  if (indicators.length === 0) return 'Chưa có chỉ tiêu nào.';
  const rows = indicators.map((i) => {
    const latest = i.observations[0];
    return [
      PILLAR[i.pillar],
      clip(i.name, 50),
      latest ? formatQuantity(latest.value, i.unit || null) : '—',
      latest ? formatPeriod(latest.period) : '',
    ];
  });
  return (
    renderTable(['Trụ cột', 'Chỉ tiêu', 'Số liệu mới nhất', 'Kỳ'], rows) +
    countLine(indicators.length, 'chỉ tiêu')
  );
}

export function searchReport(result: SearchResult): string {
  const groups: [string, SearchHit[]][] = [
    ['Cuộc họp', result.meetings],
    ['Văn bản', result.briefs],
    ['Nhiệm vụ', result.directives],
    ['Chỉ tiêu', result.indicators],
    ['Số liệu chỉ tiêu', result.observations],
  ];
  const total = groups.reduce((n, [, hits]) => n + hits.length, 0);
  if (total === 0) return `Không tìm thấy kết quả cho “${result.query}”.`;
  const parts = groups
    .filter(([, hits]) => hits.length > 0)
    .map(([label, hits]) =>
      [
        `${label} (${hits.length})`,
        ...hits.map(
          (h) =>
            `  • ${clip(h.title, 80)}${h.snippet.trim() ? `\n    ${clip(h.snippet, 110)}` : ''}`,
        ),
      ].join('\n'),
    );
  return `${parts.join('\n\n')}\n\n${total} kết quả cho “${result.query}”`;
}
