// Scores the extraction engine against the labelled passages of test/fixtures/extraction/.
// A figure counts as found when value, unit, period and subject agree (the subject by the same
// indicator, or one name containing the other); a directive when lead, coordinating units and
// due date agree. Shared by bench/extraction.ts and the unit test that keeps the targets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  extract,
  indicatorKeyForName,
  type Extraction,
  type FigureProposal,
} from '../../shared/extract';
import { foldForSearch } from '../../shared/text';

export type FigureTuple = [
  subject: string,
  value: number,
  unit: string,
  period: string,
  kind: string,
];
export type DirectiveTuple = [lead: string, coordinating: string[], due: string | null];

export interface Passage {
  id: string;
  style: string;
  text: string;
  context?: string;
  figures: FigureTuple[];
  directives: DirectiveTuple[];
}

export function loadPassages(dir: string): Passage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Passage[]);
}

export const passageText = (p: Passage): string => (p.context ? `${p.context}\n${p.text}` : p.text);

const fold = (s: string): string =>
  foldForSearch(s).replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

function sameSubject(expected: string, found: FigureProposal): boolean {
  const e = fold(expected);
  const f = fold(found.subject);
  if (e === f || (f.length > 2 && (e.includes(f) || f.includes(e)))) return true;
  const key = indicatorKeyForName(expected);
  return key !== undefined && key === found.indicatorKey;
}

export function figureMatches(t: FigureTuple, f: FigureProposal): boolean {
  return (
    Math.abs(t[1] - f.value) < 1e-9 &&
    t[2] === f.unit &&
    f.period !== null &&
    fold(t[3]) === fold(f.period.label) &&
    sameSubject(t[0], f)
  );
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const f1 = (c: Counts): { precision: number; recall: number; f1: number } => {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
};

/** Greedy one-to-one matching: each expected tuple takes the first unmatched proposal that agrees. */
function matchAll<T, P>(
  expected: T[],
  found: P[],
  same: (t: T, p: P) => boolean,
): { counts: Counts; missed: T[]; extra: P[] } {
  const used = new Set<number>();
  const missed: T[] = [];
  for (const t of expected) {
    const i = found.findIndex((p, k) => !used.has(k) && same(t, p));
    if (i < 0) missed.push(t);
    else used.add(i);
  }
  const extra = found.filter((_, k) => !used.has(k));
  return { counts: { tp: used.size, fp: extra.length, fn: missed.length }, missed, extra };
}

const sameUnit = (a: string, b: string): boolean => fold(a) === fold(b);
const sameUnits = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].map(fold).sort().join('|') === [...b].map(fold).sort().join('|');

export interface Score {
  figures: ReturnType<typeof f1>;
  kind: { right: number; of: number };
  directives: ReturnType<typeof f1>;
  lead: ReturnType<typeof f1>;
  due: ReturnType<typeof f1>;
  failures: string[];
}

export function score(passages: Passage[], run: (text: string) => Extraction = extract): Score {
  const fig: Counts = { tp: 0, fp: 0, fn: 0 };
  const dir: Counts = { tp: 0, fp: 0, fn: 0 };
  const lead: Counts = { tp: 0, fp: 0, fn: 0 };
  const due: Counts = { tp: 0, fp: 0, fn: 0 };
  const kind = { right: 0, of: 0 };
  const failures: string[] = [];
  const add = (into: Counts, c: Counts) => {
    into.tp += c.tp;
    into.fp += c.fp;
    into.fn += c.fn;
  };
  for (const p of passages) {
    const out = run(passageText(p));
    const fm = matchAll(p.figures, out.figures, figureMatches);
    add(fig, fm.counts);
    for (const t of p.figures) {
      const f = out.figures.find((x) => figureMatches(t, x));
      if (f) {
        kind.of++;
        if (f.kind === t[4]) kind.right++;
        else failures.push(`${p.id}: kind of ${t[1]} ${t[2]}: expected ${t[4]}, found ${f.kind}`);
      }
    }
    for (const t of fm.missed) failures.push(`${p.id}: missed figure ${JSON.stringify(t)}`);
    for (const f of fm.extra)
      failures.push(
        `${p.id}: extra figure ${JSON.stringify([f.subject, f.value, f.unit, f.period?.label ?? null, f.kind])}`,
      );
    const dm = matchAll(
      p.directives,
      out.directives,
      (t, d) =>
        sameUnit(t[0], d.lead) && sameUnits(t[1], d.coordinating) && (t[2] ?? undefined) === d.due,
    );
    add(dir, dm.counts);
    add(lead, matchAll(p.directives, out.directives, (t, d) => sameUnit(t[0], d.lead)).counts);
    add(
      due,
      matchAll(
        p.directives,
        out.directives,
        (t, d) => sameUnit(t[0], d.lead) && (t[2] ?? undefined) === d.due,
      ).counts,
    );
    for (const t of dm.missed) failures.push(`${p.id}: missed directive ${JSON.stringify(t)}`);
    for (const d of dm.extra)
      failures.push(
        `${p.id}: extra directive ${JSON.stringify([d.lead, d.coordinating, d.due ?? null])}`,
      );
  }
  return { figures: f1(fig), kind, directives: f1(dir), lead: f1(lead), due: f1(due), failures };
}
