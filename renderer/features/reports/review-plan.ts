// What the review screen holds for each proposal and what "Nhập" sends: pure, so the rules
// (which indicator a figure measures, duplicates of the vault, what an edit must parse to) are
// the same whatever the screen does. The main side still validates every record it writes.
import type { DirectiveProposal, Extraction, FigureProposal } from '../../../shared/extract';
import { indicatorKeyForName, parseVietnameseNumber } from '../../../shared/extract';
import { sourceCitation } from '../../../shared/extract/citation';
import type { IndicatorWithObservations, Pillar } from '../../../shared/domain';
import type { Period } from '../../../shared/domain/period';
import { formatShortDate, parseShortDate } from '../../../shared/format/date';
import { formatPeriod, parsePeriod } from '../../../shared/format/period';
import type { Bilingual } from '../../../shared/result';
import { proposedDirective } from '../../../shared/reports/new-directives';
import { proposedIndicators } from '../../../shared/reports/new-indicators';
import type { ReportMeeting, SourceImport } from '../../../shared/sources-calls';
import { foldForSearch } from '../../../shared/text';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface FigureRow {
  key: string;
  proposal: FigureProposal;
  decision: Decision;
  /** The vault indicator the figure goes to, `new:<key>` for a proposed one, '' while none. */
  indicatorId: string;
  subject: string;
  value: string;
  unit: string;
  period: string;
}

export interface DirectiveRow {
  key: string;
  proposal: DirectiveProposal;
  decision: Decision;
  lead: string;
  task: string;
  /** As typed, day first ("15/12/2025"), or '' when the text gives no deadline. */
  due: string;
}

type Indicators = Pick<IndicatorWithObservations, 'id' | 'name' | 'unit' | 'observations'>[];

/**
 * An indicator proposed for figures whose subject no vault indicator fits (issue 12 §2): one
 * per subject and unit, shared by its figures; its name and pillar are the user's to change.
 * The id is minted when the report is read, so the import can point observations at it.
 */
export interface ProposedRow {
  key: string;
  id: string;
  name: string;
  unit: string;
  pillar: Pillar;
}

export const NEW_PREFIX = 'new:';
export const proposedOf = (row: Pick<FigureRow, 'indicatorId'>, proposed: ProposedRow[]) =>
  row.indicatorId.startsWith(NEW_PREFIX)
    ? proposed.find((p) => NEW_PREFIX + p.key === row.indicatorId)
    : undefined;

/** The indicators a figure may go to: the vault's, then the proposed ones (empty series). */
function withProposed(indicators: Indicators, proposed: ProposedRow[]): Indicators {
  return [
    ...indicators,
    ...proposed.map((p) => ({
      id: NEW_PREFIX + p.key,
      name: p.name,
      unit: p.unit,
      observations: [],
    })),
  ];
}

const fold = (s: string) => foldForSearch(s).trim();

/** The vault indicator a figure measures: the same dictionary entry, or the same name. */
export function indicatorFor(
  f: Pick<FigureProposal, 'indicatorKey' | 'subject'>,
  indicators: Indicators,
): string {
  for (const i of indicators)
    if (f.indicatorKey && indicatorKeyForName(i.name) === f.indicatorKey) return i.id;
  return indicators.find((i) => fold(i.name) === fold(f.subject))?.id ?? '';
}

const numberText = (n: number) => String(n).replace('.', ',');

export function reviewRows(
  x: Extraction,
  indicators: Indicators,
  mint: () => string = () => crypto.randomUUID(),
): { figures: FigureRow[]; directives: DirectiveRow[]; proposed: ProposedRow[] } {
  const matched = x.figures.map((p) => indicatorFor(p, indicators));
  const groups = proposedIndicators(
    x.figures.map((p, i) => ({ subject: p.subject, unit: p.unit, matched: matched[i] !== '' })),
  );
  const groupOf = new Map<number, string>();
  for (const g of groups) for (const i of g.figures) groupOf.set(i, g.key);
  return {
    proposed: groups.map((g) => ({
      key: g.key,
      id: mint(),
      name: g.name,
      unit: g.unit,
      pillar: 'economy',
    })),
    figures: x.figures.map((p, i) => ({
      key: `f${i}`,
      proposal: p,
      decision: 'pending',
      indicatorId: matched[i] || (groupOf.has(i) ? NEW_PREFIX + groupOf.get(i) : ''),
      subject: p.subject,
      value: numberText(p.value),
      unit: p.unit,
      period: p.period ? formatPeriod(p.period.period) : '',
    })),
    directives: x.directives.map((p, i) => ({
      key: `d${i}`,
      proposal: p,
      decision: 'pending',
      lead: p.lead,
      task: p.task,
      due: p.due ? formatShortDate(p.due) : '',
    })),
  };
}

export type FigureCheck =
  | { ok: false; message: Bilingual }
  | {
      ok: true;
      value: number;
      period: Period;
      duplicate: 'none' | 'same' | 'differs';
      existing?: number;
      existingSource?: string;
    };

/** An edited figure as it would be written, and how it meets what the vault already holds. */
export function checkFigure(
  row: FigureRow,
  indicators: Indicators,
  proposed: ProposedRow[] = [],
): FigureCheck {
  const ind = withProposed(indicators, proposed).find((i) => i.id === row.indicatorId);
  if (ind && row.indicatorId.startsWith(NEW_PREFIX) && !ind.name.trim())
    return {
      ok: false,
      message: { vi: 'Chỉ tiêu mới chưa có tên.', en: 'The new indicator has no name.' },
    };
  if (!ind)
    return {
      ok: false,
      message: { vi: 'Chọn chỉ tiêu cho số liệu này.', en: 'Choose the indicator of this figure.' },
    };
  const value = parseVietnameseNumber(row.value.trim());
  if (value === null)
    return {
      ok: false,
      message: { vi: 'Giá trị không phải một số.', en: 'The value is not a number.' },
    };
  if (ind.unit && fold(ind.unit) !== fold(row.unit)) {
    return {
      ok: false,
      message: {
        vi: `Đơn vị khác chỉ tiêu (${ind.unit}).`,
        en: `The unit differs from the indicator's (${ind.unit}).`,
      },
    };
  }
  const period = parsePeriod(row.period);
  if (!period.ok) return { ok: false, message: period.message };
  const same = ind.observations.filter(
    (o) => JSON.stringify(o.period) === JSON.stringify(period.value),
  );
  const equal = same.find((o) => o.value === value);
  if (equal)
    return {
      ok: true,
      value,
      period: period.value,
      duplicate: 'same',
      existing: equal.value,
      existingSource: equal.source,
    };
  const other = same[0];
  if (other)
    return {
      ok: true,
      value,
      period: period.value,
      duplicate: 'differs',
      existing: other.value,
      existingSource: other.source,
    };
  return { ok: true, value, period: period.value, duplicate: 'none' };
}

export interface SourceMeta {
  fileName: string;
  title: string;
  kind: SourceImport['kind'];
  originalBase64: string;
  text: string;
}

/**
 * The `sources.import` request of the accepted rows. A figure the vault already holds with the
 * same value is skipped; one with a different value is written beside the other, each with its
 * source. Accepted rows that do not check out are returned as problems and nothing is built.
 */
export function importRequest(
  rows: { figures: FigureRow[]; directives: DirectiveRow[]; proposed?: ProposedRow[] },
  indicators: Indicators,
  meetingId: string | null,
  meta: SourceMeta,
  today: string,
  /** The meeting the report's facts create or merge into, when the user chose one. */
  meeting?: ReportMeeting,
):
  | { ok: true; request: SourceImport; skipped: number }
  | { ok: false; problems: { key: string; message: Bilingual }[] } {
  const citation = sourceCitation({
    ...(meta.title ? { title: meta.title } : {}),
    fileName: meta.fileName,
  });
  const problems: { key: string; message: Bilingual }[] = [];
  const observations: SourceImport['observations'] = [];
  const proposed = rows.proposed ?? [];
  const used = new Map<string, ProposedRow>();
  let skipped = 0;
  for (const row of rows.figures) {
    if (row.decision !== 'accepted') continue;
    const c = checkFigure(row, indicators, proposed);
    if (!c.ok) {
      problems.push({ key: row.key, message: c.message });
      continue;
    }
    if (c.duplicate === 'same') {
      skipped++;
      continue;
    }
    const p = row.proposal;
    // A proposed indicator is created by the import; its figures point at its minted id.
    const fresh = proposedOf(row, proposed);
    if (fresh) used.set(fresh.key, fresh);
    observations.push({
      observation: {
        indicatorId: fresh ? fresh.id : row.indicatorId,
        value: c.value,
        period: c.period,
        asOf: null,
        source: citation,
        status: p.qualifier === 'estimate' ? 'estimate' : 'preliminary',
        comparison: '',
        target: null,
      },
      provenance: { start: p.start, end: p.end, quote: p.quote, rule: p.rule },
    });
  }
  const directives: SourceImport['directives'] = [];
  for (const row of rows.directives) {
    if (row.decision !== 'accepted') continue;
    if (!row.task.trim()) {
      problems.push({
        key: row.key,
        message: { vi: 'Nhiệm vụ chưa có nội dung.', en: 'The task is empty.' },
      });
      continue;
    }
    const due = row.due.trim() ? parseShortDate(row.due) : null;
    if (due && !due.ok) {
      problems.push({ key: row.key, message: due.message });
      continue;
    }
    const p = row.proposal;
    directives.push({
      // Where the task came from, visible with the directive in the register.
      directive: proposedDirective(
        p,
        { task: row.task, lead: row.lead, deadline: due ? due.value : null },
        meetingId,
        [{ date: today, text: `Nguồn: ${citation}` }],
      ),
      provenance: { start: p.start, end: p.end, quote: p.quote, rule: p.rule },
    });
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    skipped,
    request: {
      meetingId,
      title: meta.title,
      publisher: '',
      publishedOn: null,
      address: '',
      fileName: meta.fileName,
      kind: meta.kind,
      originalBase64: meta.originalBase64,
      text: meta.text,
      observations,
      directives,
      ...(meeting ? { meeting } : {}),
      ...(used.size
        ? {
            newIndicators: [...used.values()].map((i) => ({
              id: i.id,
              name: i.name.trim(),
              pillar: i.pillar,
              unit: i.unit,
            })),
          }
        : {}),
    },
  };
}

type Span = {
  key: string;
  start: number;
  end: number;
  kind: 'figure' | 'directive' | 'meeting';
  decision: Decision;
};

/**
 * The highlighted spans of the text, in order, overlaps dropped (the first one found wins).
 * The meeting's facts are highlighted only where no figure or directive already is.
 */
export function highlightSpans(
  rows: { figures: FigureRow[]; directives: DirectiveRow[] },
  meeting?: { start: number; end: number } | null,
): Span[] {
  const items = itemSpans(rows);
  if (
    meeting &&
    meeting.end > meeting.start &&
    items.every((s) => s.end <= meeting.start || s.start >= meeting.end)
  ) {
    items.push({
      key: 'meeting',
      start: meeting.start,
      end: meeting.end,
      kind: 'meeting',
      decision: 'pending',
    });
    items.sort((a, b) => a.start - b.start);
  }
  return items;
}

function itemSpans(rows: { figures: FigureRow[]; directives: DirectiveRow[] }): Span[] {
  const all: Span[] = [
    ...rows.figures.map((r) => ({
      key: r.key,
      start: r.proposal.start,
      end: r.proposal.end,
      kind: 'figure' as const,
      decision: r.decision,
    })),
    ...rows.directives.map((r) => ({
      key: r.key,
      start: r.proposal.start,
      end: r.proposal.end,
      kind: 'directive' as const,
      decision: r.decision,
    })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof all = [];
  let reach = 0;
  for (const s of all) {
    if (s.start < reach || s.end <= s.start) continue;
    out.push(s);
    reach = s.end;
  }
  return out;
}
