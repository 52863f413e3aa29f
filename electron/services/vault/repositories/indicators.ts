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
import type { IndicatorSort } from '../../../../shared/contract';
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

// The register's orders (issue 13 §6), in SQL. By pillar, the default, groups them in the
// contract's pillar order, by name within one; "latest" puts the indicator with the newest
// figure (its observations' last period end, observations_by_indicator) first, none last.
const PILLAR_RANK = `CASE pillar ${pillarSchema.options.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} END`;
const ORDER: Record<IndicatorSort, string> = {
  pillar: `${PILLAR_RANK}, name_key, id`,
  name: 'name_key, id',
  'name-desc': 'name_key DESC, id DESC',
  latest: 'latest IS NULL, latest DESC, name_key, id',
};

export function listIndicators(
  ctx: VaultContext,
  pillar?: Pillar,
  sort: IndicatorSort = 'pillar',
): IndicatorWithObservations[] {
  const sql =
    'SELECT body, (SELECT max(period_end) FROM observations o WHERE o.indicator_id = i.id) AS latest ' +
    `FROM indicators i ${pillar === undefined ? '' : 'WHERE pillar = ? '}ORDER BY ${ORDER[sort]}`;
  const rows = (pillar === undefined ? ctx.stmt(sql).all() : ctx.stmt(sql).all(pillar)) as {
    body: string;
  }[];
  const indicators = rows.map((r) => JSON.parse(r.body) as Indicator);
  const series = new Map<string, Observation[]>(indicators.map((i) => [i.id, []]));
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
  return indicators.map((indicator) => ({
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
  list: (pillar?: Pillar, sort?: IndicatorSort) => listIndicators(ctx, pillar, sort),
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
