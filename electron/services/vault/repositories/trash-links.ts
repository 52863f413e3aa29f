// What points at a record, said before it is deleted (issue 9 §4): a meeting's directives and
// the briefs drafted from it, an indicator's observations and the briefs citing its figures,
// the briefs citing an observation. Also each record's title for the trash list.
import { inlineNodes, type Brief } from '../../../../shared/brief';
import { briefLabel } from '../../../../shared/brief/search-text';
import type { Directive, Observation } from '../../../../shared/domain';
import { recordTitle as titleOf } from '../../../../shared/record-title';
import type { VaultContext } from '../context';
import type { AnyKind } from './record-history';

/** moved: goes to the trash with it; unlinked: stays, without the link; figure-deleted: its figure shows "đã bị xóa". */
export type LinkEffect = 'moved' | 'unlinked' | 'figure-deleted';

export interface TrashLink {
  kind: AnyKind;
  id: string;
  title: string;
  effect: LinkEffect;
}

export function briefTitle(ctx: VaultContext, id: string): string {
  const row = ctx.stmt('SELECT type_name, abstract FROM briefs WHERE id = ?').get(id) as
    { type_name: string; abstract: string } | undefined;
  if (!row) return id;
  return briefLabel(row.type_name, row.abstract) || id;
}

function indicatorName(ctx: VaultContext, id: string): string {
  const row = ctx.stmt('SELECT name FROM indicators WHERE id = ?').get(id) as
    { name: string } | undefined;
  return row?.name ?? '';
}

/** A record's title in the trash and the import journal, by the one rule in shared/record-title. */
export function recordTitle(ctx: VaultContext, kind: AnyKind, record: unknown): string {
  return titleOf(kind, record, {
    indicatorName: (id) => indicatorName(ctx, id),
    briefTitle: (r) => briefTitle(ctx, (r as { id: string }).id),
  });
}

/** Briefs whose current content cites one of these observations. */
export function briefsCiting(ctx: VaultContext, observationIds: readonly string[]): string[] {
  if (observationIds.length === 0) return [];
  const wanted = new Set(observationIds);
  const rows = ctx
    .stmt(
      'SELECT b.id, r.body FROM briefs b JOIN brief_revisions r ON r.brief_id = b.id AND r.revision = b.revision',
    )
    .all() as { id: string; body: string }[];
  const out: string[] = [];
  for (const row of rows) {
    // A cheap text test first; the parse confirms it is a figure, not a mention in prose.
    if (!observationIds.some((id) => row.body.includes(id))) continue;
    const brief = JSON.parse(row.body) as Brief;
    for (const node of inlineNodes(brief.body.content)) {
      if (node.type === 'indicatorFigure' && wanted.has(node.attrs.observationId)) {
        out.push(row.id);
        break;
      }
    }
  }
  return out;
}

const ids = (ctx: VaultContext, sql: string, id: string) =>
  (ctx.stmt(sql).all(id) as { id: string }[]).map((r) => r.id);

export function linksOf(ctx: VaultContext, kind: AnyKind, id: string): TrashLink[] {
  const brief =
    (effect: LinkEffect) =>
    (b: string): TrashLink => ({ kind: 'brief', id: b, title: briefTitle(ctx, b), effect });
  switch (kind) {
    case 'meeting': {
      const directives = (
        ctx.stmt('SELECT body FROM directives WHERE meeting_id = ? ORDER BY rowid').all(id) as {
          body: string;
        }[]
      ).map((r): TrashLink => {
        const d = JSON.parse(r.body) as Directive;
        return {
          kind: 'directive',
          id: d.id,
          title: recordTitle(ctx, 'directive', d),
          effect: 'unlinked',
        };
      });
      const briefs = ids(ctx, 'SELECT id FROM briefs WHERE meeting_id = ? ORDER BY rowid', id).map(
        brief('unlinked'),
      );
      return [...directives, ...briefs];
    }
    case 'indicator': {
      const observations = (
        ctx
          .stmt('SELECT body FROM observations WHERE indicator_id = ? ORDER BY period_end DESC')
          .all(id) as {
          body: string;
        }[]
      ).map((r) => JSON.parse(r.body) as Observation);
      return [
        ...observations.map((o): TrashLink => ({
          kind: 'observation',
          id: o.id,
          title: recordTitle(ctx, 'observation', o),
          effect: 'moved',
        })),
        ...briefsCiting(
          ctx,
          observations.map((o) => o.id),
        ).map(brief('figure-deleted')),
      ];
    }
    case 'observation':
      return briefsCiting(ctx, [id]).map(brief('figure-deleted'));
    case 'directive':
    case 'brief':
      return [];
  }
}
