// Indicator figures of a brief against the vault as it is now: which are stale or gone
// (figureState of shared/brief/live), and the body with every stale figure's snapshot
// rewritten from its current observation.
import {
  figureState,
  inlineNodes,
  refreshFigure,
  type BodyBlock,
  type Brief,
  type FigureState,
  type IndicatorFigureNode,
  type InlineNode,
  type TableCellNode,
} from '../../../../shared/brief';
import type { Indicator, Observation } from '../../../../shared/domain';
import type { VaultContext } from '../context';

type Current = { indicator: Indicator; observation: Observation } | null;

/** Looks figures up by observation id, each once per lookup (a body may repeat a figure). */
export function figureLookup(ctx: VaultContext): (observationId: string) => Current {
  const cache = new Map<string, Current>();
  return (observationId) => {
    const cached = cache.get(observationId);
    if (cached !== undefined) return cached;
    const obs = ctx.stmt('SELECT body FROM observations WHERE id = ?').get(observationId) as
      { body: string } | undefined;
    let current: Current = null;
    if (obs) {
      const observation = JSON.parse(obs.body) as Observation;
      const ind = ctx
        .stmt('SELECT body FROM indicators WHERE id = ?')
        .get(observation.indicatorId) as { body: string } | undefined;
      if (ind) current = { indicator: JSON.parse(ind.body) as Indicator, observation };
    }
    cache.set(observationId, current);
    return current;
  };
}

export function figureStateIn(ctx: VaultContext): (node: IndicatorFigureNode) => FigureState {
  const lookup = figureLookup(ctx);
  return (node) => figureState(node, lookup(node.attrs.observationId));
}

/**
 * Observation ids of the figures that are stale or missing, each once, in reading order, and
 * of those the missing ones (deleted from the vault: the editor says "đã bị xóa").
 */
export function figureProblems(
  ctx: VaultContext,
  brief: Brief,
): { staleFigures: string[]; deletedFigures: string[] } {
  const state = figureStateIn(ctx);
  const stale = new Set<string>();
  const deleted = new Set<string>();
  for (const node of inlineNodes(brief.body.content)) {
    if (node.type !== 'indicatorFigure') continue;
    const now = state(node);
    if (now !== 'current') stale.add(node.attrs.observationId);
    if (now === 'missing') deleted.add(node.attrs.observationId);
  }
  return { staleFigures: [...stale], deletedFigures: [...deleted] };
}

function mapBlocks(blocks: readonly BodyBlock[], f: (n: InlineNode) => InlineNode): BodyBlock[] {
  const cell = (c: TableCellNode): TableCellNode => ({ ...c, content: mapBlocks(c.content, f) });
  return blocks.map((b): BodyBlock => {
    switch (b.type) {
      case 'paragraph':
        return b.content ? { ...b, content: b.content.map(f) } : b;
      case 'heading':
        return b.content ? { ...b, content: b.content.map(f) } : b;
      case 'bulletList':
        return {
          ...b,
          content: b.content.map((item) => ({ ...item, content: mapBlocks(item.content, f) })),
        };
      case 'orderedList':
        return {
          ...b,
          content: b.content.map((item) => ({ ...item, content: mapBlocks(item.content, f) })),
        };
      case 'table':
        return {
          ...b,
          content: b.content.map((row) => ({ ...row, content: row.content.map(cell) })),
        };
      case 'directiveTable':
      case 'chart':
        return b;
    }
  });
}

/**
 * The brief with each stale figure refreshed; `refreshed` counts them. A missing figure is
 * left as it is: its saved value still prints and the check keeps warning about it.
 */
export function refreshStaleFigures(
  ctx: VaultContext,
  brief: Brief,
): { brief: Brief; refreshed: number } {
  const lookup = figureLookup(ctx);
  let refreshed = 0;
  const content = mapBlocks(brief.body.content, (node) => {
    if (node.type !== 'indicatorFigure') return node;
    const now = lookup(node.attrs.observationId);
    if (!now || figureState(node, now) !== 'stale') return node;
    refreshed += 1;
    return refreshFigure(node, now.indicator, now.observation);
  });
  return { brief: { ...brief, body: { ...brief.body, content } }, refreshed };
}
