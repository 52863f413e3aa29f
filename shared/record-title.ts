// One naming rule for a record wherever a person reads it away from its own page: the trash
// and the import journal in the vault, a package's manifest and the preview of one. The rule
// was written twice (the trash's and the exchange's) and had drifted: a brief was "Báo cáo Tên"
// in a package but "Báo cáo: Tên" in every list, an observation "Chỉ số (quý)" beside
// "Chỉ số — quý", a directive the first 80 characters of its task rather than its first line.
// How a record is found (a vault row, a package's entry) stays with the caller: the lookups.
import type { Directive, Indicator, Meeting, Observation } from './domain';
import { formatPeriod } from './format/period';

const DIRECTIVE_TITLE_CHARS = 160;

/** A directive has no title: its task's first line stands in for one. */
export function directiveTitle(d: Pick<Directive, 'task' | 'deliverable' | 'assignee'>): string {
  const line = (d.task.split('\n')[0] ?? '').trim() || d.deliverable.trim() || d.assignee.trim();
  return line.length > DIRECTIVE_TITLE_CHARS
    ? `${line.slice(0, DIRECTIVE_TITLE_CHARS - 1)}…`
    : line;
}

/** "Kim ngạch xuất khẩu — quý III/2025"; the period alone when the indicator is not known. */
export const observationTitle = (
  indicatorName: string | null,
  o: Pick<Observation, 'period'>,
): string => [indicatorName ?? '', formatPeriod(o.period)].filter(Boolean).join(' — ');

export type TitledKind = 'meeting' | 'directive' | 'indicator' | 'observation' | 'brief';

/** What the title needs from outside the record: where it lives decides how these are found. */
export interface TitleLookups {
  indicatorName: (id: string) => string | null;
  briefTitle: (record: unknown) => string;
}

export function recordTitle(kind: TitledKind, record: unknown, lookups: TitleLookups): string {
  switch (kind) {
    case 'meeting':
      return (record as Meeting).title;
    case 'directive': {
      // The id stands in for a directive with nothing written that names it, as for a brief.
      const d = record as Directive;
      return directiveTitle(d) || d.id;
    }
    case 'indicator':
      return (record as Indicator).name;
    case 'observation': {
      const o = record as Observation;
      return observationTitle(lookups.indicatorName(o.indicatorId), o);
    }
    case 'brief':
      return lookups.briefTitle(record);
  }
}
