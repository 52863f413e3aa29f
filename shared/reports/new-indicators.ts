// Figures whose subject no vault indicator fits (issue 12 §2): each distinct subject and unit is
// proposed as one new indicator, shared by every figure of that subject, created by the import
// in the same transaction as its observations. The client mints the new indicator's id so an
// observation can point at it before it exists; the handler refuses an id already taken.
import { z } from 'zod';
import { pillar, recordId } from '../domain/common';
import { LIMITS } from '../limits';
import { foldForSearch, nfc, requiredText, text, SHORT } from '../text';

export const newIndicatorInput = z
  .object({
    id: recordId,
    name: requiredText(SHORT),
    pillar,
    unit: text(LIMITS.unit),
  })
  .strict();
export type NewIndicator = z.input<typeof newIndicatorInput>;

const fold = (s: string) => foldForSearch(nfc(s)).replace(/\s+/g, ' ').trim();

/** Figures of the same subject and unit share a proposal. */
export const proposalKey = (subject: string, unit: string): string =>
  `${fold(subject)}|${fold(unit)}`;

export interface ProposedIndicator {
  key: string;
  name: string;
  unit: string;
  /** Indices (into the list given) of the figures it would hold. */
  figures: number[];
}

/**
 * One proposal per subject and unit among the figures no indicator fits. A subject met with
 * two units ("Xuất khẩu" in tỷ USD and in %) is two series: the unit is added to their names.
 */
export function proposedIndicators(
  figures: { subject: string; unit: string; matched: boolean }[],
): ProposedIndicator[] {
  const byKey = new Map<string, ProposedIndicator>();
  figures.forEach((f, i) => {
    if (f.matched || !f.subject.trim()) return;
    const key = proposalKey(f.subject, f.unit);
    const p = byKey.get(key);
    if (p) p.figures.push(i);
    else byKey.set(key, { key, name: f.subject.trim(), unit: f.unit, figures: [i] });
  });
  const all = [...byKey.values()];
  const twice = all.filter((p) => all.some((q) => q !== p && fold(q.name) === fold(p.name)));
  for (const p of twice) p.name = `${p.name} (${p.unit})`;
  return all;
}

/** Two new indicators of one import may not share a name and unit. */
export function duplicateNewIndicator(list: { name: string; unit: string }[]): string | null {
  const seen = new Set<string>();
  for (const i of list) {
    const k = proposalKey(i.name, i.unit);
    if (seen.has(k)) return i.name;
    seen.add(k);
  }
  return null;
}
