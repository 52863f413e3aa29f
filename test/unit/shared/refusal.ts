// The one check every parser test makes of a refused input: refused, not thrown, with a message
// in both languages for the field to show (shared/format/parsed.ts).
import { expect, it } from 'vitest';
import type { Parsed } from '../../../shared/format/parsed';

export function expectBilingualRefusal(r: Parsed<unknown>): void {
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.message.vi.length).toBeGreaterThan(0);
    expect(r.message.en.length).toBeGreaterThan(0);
  }
}

/**
 * The refusal table every parser test keeps: one test per input, each refused by `parse` with a
 * message in both languages. Shared so that each parser's test lists only what it refuses.
 */
export function itRefuses(parse: (input: string) => Parsed<unknown>, inputs: readonly string[]) {
  it.each(inputs.map((input) => [input]))('refuses %j with a bilingual message', (input) => {
    expectBilingualRefusal(parse(input));
  });
}
