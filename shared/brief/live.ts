// Live references: nodes of the body that show a record of the vault. Each keeps a snapshot,
// which is what prints; comparing the snapshot with the record as it is now tells the editor
// (and the pre-export check) that a figure went stale, and refreshing rewrites the snapshot.
import type { Directive } from '../domain/directive';
import type { Indicator, Observation, ObservationStatus } from '../domain/indicator';
import type { Meeting } from '../domain/meeting';
import { formatShortDate } from '../format/date';
import { formatQuantity } from '../format/number';
import { comparePeriods, formatPeriod } from '../format/period';
import type {
  DirectiveRowSnapshot,
  DirectiveTableNode,
  FigureSnapshot,
  IndicatorFigureNode,
  MeetingReferenceNode,
} from './body';

const STATUS_VI: Record<ObservationStatus, string> = {
  preliminary: 'số liệu sơ bộ',
  official: 'số liệu chính thức',
  estimate: 'số liệu ước tính',
};

/** `7,52%` or `7,52% (6 tháng đầu năm 2025)`: what the figure prints in the running text. */
export function figureText(node: IndicatorFigureNode): string {
  const s = node.attrs.snapshot;
  const value = formatQuantity(s.value, s.unit);
  return node.attrs.display === 'value' ? value : `${value} (${formatPeriod(s.period)})`;
}

/** The footnote naming where the figure comes from. */
export function figureFootnote(s: FigureSnapshot): string {
  const what = `${s.indicatorName} ${formatPeriod(s.period)}: ${formatQuantity(s.value, s.unit)}`;
  const source = s.source.trim() || 'chưa ghi nguồn';
  const asOf = s.asOf ? `, cập nhật ngày ${formatShortDate(s.asOf)}` : '';
  return `${what} (${STATUS_VI[s.status]}${asOf}). Nguồn: ${source}.`;
}

export function figureSnapshotOf(indicator: Indicator, observation: Observation): FigureSnapshot {
  return {
    indicatorName: indicator.name,
    value: observation.value,
    unit: indicator.unit,
    period: observation.period,
    source: observation.source,
    status: observation.status,
    asOf: observation.asOf,
    revision: observation.revision,
  };
}

export function indicatorFigure(
  indicator: Indicator,
  observation: Observation,
  display: IndicatorFigureNode['attrs']['display'] = 'value-period',
): IndicatorFigureNode {
  return {
    type: 'indicatorFigure',
    attrs: {
      indicatorId: indicator.id,
      observationId: observation.id,
      display,
      snapshot: figureSnapshotOf(indicator, observation),
    },
  };
}

export type FigureState = 'current' | 'stale' | 'missing';

/**
 * "missing": the observation is gone from the vault; "stale": it was saved again since the
 * snapshot (a newer revision) or the indicator's name or unit changed.
 */
export function figureState(
  node: IndicatorFigureNode,
  now: { indicator: Indicator; observation: Observation } | null,
): FigureState {
  if (!now) return 'missing';
  const s = node.attrs.snapshot;
  const fresh = figureSnapshotOf(now.indicator, now.observation);
  const same =
    fresh.revision === s.revision &&
    fresh.value === s.value &&
    fresh.unit === s.unit &&
    fresh.indicatorName === s.indicatorName &&
    // By meaning, not by JSON: a snapshot read back from storage may list the keys in another order.
    fresh.period.kind === s.period.kind &&
    comparePeriods(fresh.period, s.period) === 0;
  return same ? 'current' : 'stale';
}

/** The same node with the snapshot rewritten from the vault's current record. */
export function refreshFigure(
  node: IndicatorFigureNode,
  indicator: Indicator,
  observation: Observation,
): IndicatorFigureNode {
  return {
    ...node,
    attrs: {
      ...node.attrs,
      observationId: observation.id,
      snapshot: figureSnapshotOf(indicator, observation),
    },
  };
}

export function directiveRow(d: Directive): DirectiveRowSnapshot {
  return {
    directiveId: d.id,
    revision: d.revision,
    task: d.task,
    assignee: d.assignee,
    leadUnit: d.leadUnit,
    coordinatingUnits: d.coordinatingUnits,
    deadline: d.deadline,
    authority: d.authority,
    responsibility: d.responsibility,
    deliverable: d.deliverable,
    status: d.status,
  };
}

export function directiveTable(
  directives: readonly Directive[],
  variant: DirectiveTableNode['attrs']['variant'],
  meetingId: string | null,
): DirectiveTableNode {
  return {
    type: 'directiveTable',
    attrs: { meetingId, variant, rows: directives.map(directiveRow) },
  };
}

export function meetingReference(m: Pick<Meeting, 'id' | 'title' | 'date'>): MeetingReferenceNode {
  return { type: 'meetingReference', attrs: { meetingId: m.id, title: m.title, date: m.date } };
}

/** `Họp Ban Chỉ đạo … ngày 26/8/2025`. */
export const meetingReferenceText = (node: MeetingReferenceNode): string =>
  `${node.attrs.title} ngày ${formatShortDate(node.attrs.date)}`;
