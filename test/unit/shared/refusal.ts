// The one check every parser test makes of a refused input: refused, not thrown, with a message
// in both languages for the field to show (shared/format/parsed.ts).
import { expect } from 'vitest';
import type { Parsed } from '../../../shared/format/parsed';

export function expectBilingualRefusal(r: Parsed<unknown>): void {
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.message.vi.length).toBeGreaterThan(0);
    expect(r.message.en.length).toBeGreaterThan(0);
  }
}
