// The fingerprint of a brief's content: SHA-256 of its canonical JSON (object keys sorted at
// every level, arrays in order), so the same brief has the same hash whichever client saved
// it and in whatever key order it sent it. The stored JSON itself keeps the brief schema's
// key order (every brief is parsed by it before it is stored): shared code such as
// figureState compares parts of it by JSON.stringify, which is key-order sensitive.
import { createHash } from 'node:crypto';
import type { Brief } from '../../../../shared/brief';

/** Briefs are depth-bounded (MAX_BODY_DEPTH) before they get here, so recursion is safe. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export const canonicalJson = (brief: Brief): string => JSON.stringify(sortKeys(brief));

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

export function canonicalContent(brief: Brief): { json: string; sha256: string } {
  return { json: JSON.stringify(brief), sha256: sha256Hex(canonicalJson(brief)) };
}
