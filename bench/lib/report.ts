// Timing and the printed comparison table: each figure for the encrypted vault beside the same
// on the plain file, their ratio, and the targets with PASS/MISS.

export const now = () => performance.now();

export function timed<T>(work: () => T): { ms: number; value: T } {
  const start = now();
  const value = work();
  return { ms: now() - start, value };
}

export async function timedAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = now();
  const value = await work();
  return { ms: now() - start, value };
}

/** Nearest-rank percentile of samples (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? NaN;
}

export const median = (samples: number[]) => percentile(samples, 50);

export interface Row {
  metric: string;
  encrypted: number;
  plain: number | null;
  /** Absolute target for the encrypted figure (ms). */
  maxMs?: number;
  /** Target for encrypted / plain. */
  maxRatio?: number;
}

const ms = (v: number) =>
  v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 10 ? `${v.toFixed(0)} ms` : `${v.toFixed(2)} ms`;

export function printTable(rows: Row[]): { misses: number } {
  let misses = 0;
  const verdict = (ok: boolean) => {
    if (!ok) misses++;
    return ok ? 'PASS' : 'MISS';
  };
  const lines = rows.map((r) => {
    const ratio = r.plain ? r.encrypted / r.plain : null;
    const targets: string[] = [];
    if (r.maxMs !== undefined) targets.push(`≤ ${r.maxMs} ms ${verdict(r.encrypted <= r.maxMs)}`);
    if (r.maxRatio !== undefined && ratio !== null)
      targets.push(`≤ ${r.maxRatio}× plain ${verdict(ratio <= r.maxRatio)}`);
    return [
      r.metric,
      ms(r.encrypted),
      r.plain === null ? '—' : ms(r.plain),
      ratio === null ? '—' : `${ratio.toFixed(2)}×`,
      targets.join(' · ') || '—',
    ];
  });
  const header = ['metric', 'encrypted', 'plain', 'enc/plain', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const left = (i: number) => i === 0 || i === header.length - 1;
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (left(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
  return { misses };
}
