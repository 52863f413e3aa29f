// The labelled passages of test/fixtures/extraction/ keep the engine above the targets:
// figures (value, unit, period and subject right) precision ≥ 0.95 and recall ≥ 0.90;
// directives (lead and due right) F1 ≥ 0.90.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPassages, score } from '../../../../bench/lib/extraction-score';

const passages = loadPassages(join(__dirname, '../../../fixtures/extraction'));

describe('extraction on the labelled set', () => {
  it('has at least 40 passages in five styles', () => {
    expect(passages.length).toBeGreaterThanOrEqual(40);
    expect(new Set(passages.map((p) => p.style)).size).toBe(5);
  });

  it('finds figures and directives above the targets', () => {
    const s = score(passages);
    if (s.failures.length) console.log(s.failures.join('\n'));
    expect(s.figures.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.figures.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.due.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.lead.f1).toBeGreaterThanOrEqual(0.9);
  });
});
