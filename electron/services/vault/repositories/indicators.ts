// Indicators and their observations. An observation's source and comparison text are
// searched as part of its indicator, so saving or deleting an observation re-indexes the
// indicator; each observation is also a search entry of its own (issue 13 §6: the figure
// itself is found, and opens its indicator). Deleting an indicator moves its series to the
// trash with it (trash.ts).
import {
  indicatorFields,
  observationFields,
  pillar as pillarSchema,
  type Indicator,
  type IndicatorWithObservations,
  type Observation,
  type Period,
  type Pillar,
} from '../../../../shared/domain';
import { formatNumber } from '../../../../shared/format/number';
import { formatPeriod } from '../../../../shared/format/period';
import { foldForSearch } from '../../../../shared/text';
import type { VaultContext } from '../context';
import { failures } from '../failures';
import { getRecord, saveRecord, type RecordSpec } from './record-store';
import { trashRecord } from './trash';
import { indexDoc, type SearchDoc } from './search-index';
import type { IndicatorSave, ObservationSave } from '../types';

/** The last month a period covers and how many months it spans: newest first, longer first. */
export function periodSortKey(p: Period): { end: number; span: number } {
  switch (p.kind) {
    case 'year':
      return { end: p.year * 12 + 12, span: 12 };
    case 'half':
      return { end: p.year * 12 + p.half * 6, span: 6 };
    case 'quarter':
      return { end: p.year * 12 + p.quarter * 3, span: 3 };
    case 'months':
      return { end: p.year * 12 + p.months, span: p.months };
    case 'month':
      return { end: p.year * 12 + p.month, span: 1 };
    case 'years':
      return { end: p.year * 12 + 12, span: 12 * (p.year - p.from + 1) };
    case 'toDate':
      return { end: p.year * 12 + p.month, span: p.month };
  }
}

const observationBodies = (ctx: VaultContext, indicatorId: string): Observation[] =>
  (
    ctx
      .stmt(
        'SELECT body FROM observations WHERE indicator_id = ? ORDER BY period_end DESC, period_span DESC, as_of DESC, id',
      )
      .all(indicatorId) as { body: string }[]
  ).map((r) => JSON.parse(r.body) as Observation);

export function indicatorSearchDoc(ctx: VaultContext, i: Indicator): SearchDoc {
  return {
    title: i.name,
    fields: [
      i.description,
      i.unit,
      ...observationBodies(ctx, i.id).flatMap((o) => [o.source, o.comparison]),
    ],
  };
}

export const indicatorSpec: RecordSpec<Indicator> = {
  table: 'indicators',
  fieldKeys: Object.keys(indicatorFields.shape),
  columns: (i) => ({ name: i.name, name_key: foldForSearch(i.name), pillar: i.pillar }),
  search: { kind: 'indicator', doc: indicatorSearchDoc },
};

const reindexIndicator = (ctx: VaultContext, indicatorId: string) => {
  const row = ctx.stmt('SELECT body FROM indicators WHERE id = ?').get(indicatorId) as
    { body: string } | undefined;
  if (row)
    indexDoc(
      ctx,
      'indicator',
      indicatorId,
      indicatorSearchDoc(ctx, JSON.parse(row.body) as Indicator),
    );
};

/**
 * An observation as search sees it: its period as the title ("quý III/2025"), then the value
 * as printed ("7,52"), its comparison note and its source. Only the observation's own text:
 * the indicator's name finds the indicator, not each of its hundred figures.
 */
export const observationSearchDoc = (o: Observation): SearchDoc => ({
  title: formatPeriod(o.period),
  fields: [formatNumber(o.value), o.comparison, o.source],
});

export const observationSpec: RecordSpec<Observation> = {
  table: 'observations',
  fieldKeys: Object.keys(observationFields.shape),
  search: { kind: 'observation', doc: (_ctx, o) => observationSearchDoc(o) },
  columns: (o) => {
    const { end, span } = periodSortKey(o.period);
    return {
      indicator_id: o.indicatorId,
      period_kind: o.period.kind,
      period_year: o.period.year,
      period_end: end,
      period_span: span,
      as_of: o.asOf,
      status: o.status,
    };
  },
  beforeWrite: (ctx, o) => {
    if (!ctx.stmt('SELECT 1 FROM indicators WHERE id = ?').get(o.indicatorId))
      throw failures.unknownIndicator();
  },
  afterWrite: (ctx, o, previous) => {
    reindexIndicator(ctx, o.indicatorId);
    // An observation moved to another indicator leaves the old one's text behind otherwise.
    if (previous && previous.indicatorId !== o.indicatorId)
      reindexIndicator(ctx, previous.indicatorId);
  },
  afterDelete: (ctx, o) => reindexIndicator(ctx, o.indicatorId),
};

const PILLAR_ORDER = new Map(pillarSchema.options.map((p, i) => [p, i]));

export function listIndicators(ctx: VaultContext, pillar?: Pillar): IndicatorWithObservations[] {
  const rows = (
    pillar === undefined
      ? ctx.stmt('SELECT body, name_key FROM indicators').all()
      : ctx.stmt('SELECT body, name_key FROM indicators WHERE pillar = ?').all(pillar)
  ) as { body: string; name_key: string }[];
  const indicators = rows
    .map((r) => ({ key: r.name_key, indicator: JSON.parse(r.body) as Indicator }))
    .sort(
      (a, b) =>
        (PILLAR_ORDER.get(a.indicator.pillar) ?? 0) - (PILLAR_ORDER.get(b.indicator.pillar) ?? 0) ||
        a.key.localeCompare(b.key) ||
        a.indicator.id.localeCompare(b.indicator.id),
    );
  const series = new Map<string, Observation[]>(
    indicators.map(({ indicator }) => [indicator.id, []]),
  );
  const obsSql =
    'SELECT body, indicator_id FROM observations ' +
    (pillar === undefined
      ? ''
      : 'WHERE indicator_id IN (SELECT id FROM indicators WHERE pillar = ?) ') +
    'ORDER BY indicator_id, period_end DESC, period_span DESC, as_of DESC, id';
  const obsRows = (
    pillar === undefined ? ctx.stmt(obsSql).all() : ctx.stmt(obsSql).all(pillar)
  ) as { body: string; indicator_id: string }[];
  for (const r of obsRows) series.get(r.indicator_id)?.push(JSON.parse(r.body) as Observation);
  return indicators.map(({ indicator }) => ({
    ...indicator,
    observations: series.get(indicator.id) ?? [],
  }));
}

function withSeries(ctx: VaultContext, id: string): IndicatorWithObservations | null {
  const row = ctx.stmt('SELECT body FROM indicators WHERE id = ?').get(id) as
    { body: string } | undefined;
  if (!row) return null;
  return { ...(JSON.parse(row.body) as Indicator), observations: observationBodies(ctx, id) };
}

export const indicatorsRepository = (ctx: VaultContext) => ({
  list: (pillar?: Pillar) => listIndicators(ctx, pillar),
  withSeries: (id: string) => withSeries(ctx, id),
  save: (input: IndicatorSave) => saveRecord(ctx, indicatorSpec, input),
  delete: (id: string, revision: number) =>
    void trashRecord(ctx, id, { kind: 'indicator', revision }),
});

export const observationsRepository = (ctx: VaultContext) => ({
  save: (input: ObservationSave) => saveRecord(ctx, observationSpec, input),
  delete: (id: string, revision: number) =>
    void trashRecord(ctx, id, { kind: 'observation', revision }),
});

export const getIndicator = (ctx: VaultContext, id: string) =>
  getRecord<Indicator>(ctx, 'indicators', id);
