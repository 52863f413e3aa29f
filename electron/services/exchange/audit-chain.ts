// The exchange log as a hash chain: each entry carries the hash of the one before it and its
// own hash over that link and its content, so an entry edited, removed or inserted in the
// middle breaks the chain at that point (`briefing-desk audit verify`). What it cannot show is
// the newest entries cut off together, or the whole log recomputed by someone holding the
// vault's key — the log is evidence against edits, not a signature.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/exchange/canonical';

export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers: everything stored in it but its own hash. */
export interface ChainedContent {
  id: number;
  at: string;
  actor: string;
  action: string;
  packageId: string | null;
  fingerprints: string;
  summary: string;
  detail: string | null;
}

export function entryHash(prevHash: string, e: ChainedContent): string {
  return createHash('sha256')
    .update(`briefing-desk/audit/v1\0${prevHash}\0`, 'utf8')
    .update(
      canonicalJson({
        id: e.id,
        at: e.at,
        actor: e.actor,
        action: e.action,
        packageId: e.packageId,
        fingerprints: e.fingerprints,
        summary: e.summary,
        detail: e.detail,
      }),
      'utf8',
    )
    .digest('hex');
}

export interface ChainRow extends ChainedContent {
  prevHash: string | null;
  hash: string | null;
}

export interface ChainBreak {
  id: number;
  at: string;
  action: string;
  /** prev: the link to the previous entry is wrong (one removed, inserted or reordered);
   *  content: the entry itself was changed after it was written. */
  reason: 'prev' | 'content';
}

/** The first broken link of `rows` (in id order), or null when the whole chain holds. */
export function firstBreak(rows: Iterable<ChainRow>): ChainBreak | null {
  let prev = GENESIS_HASH;
  for (const r of rows) {
    if (r.prevHash !== prev) return { id: r.id, at: r.at, action: r.action, reason: 'prev' };
    if (r.hash !== entryHash(prev, r))
      return { id: r.id, at: r.at, action: r.action, reason: 'content' };
    prev = r.hash;
  }
  return null;
}
