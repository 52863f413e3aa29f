// Three ministries with their keys and cards, and an opener for one of them that knows a given
// set of contacts and remembers opened packages, as a vault will; and the temp folder the
// package-file tests write into.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { IdentityCard } from '../../../shared/exchange/card';
import { cardFingerprint, issueCard } from '../../../electron/services/exchange/card';
import { generateOrgSecrets } from '../../../electron/services/exchange/keys';
import { openPackage, type Party } from '../../../electron/services/exchange/package';

export const NOW = new Date('2025-09-01T08:00:00.000Z');

export function ministry(name: string, unit = ''): Party {
  const secrets = generateOrgSecrets();
  return {
    secrets,
    card: issueCard({ name, unit, secrets, validFrom: '2025-01-01', validUntil: null, now: NOW }),
  };
}

/**
 * A temp folder for one test file's package files, removed after the file's tests; `fresh`
 * names a new file in it, so no test reads another's output.
 */
export function packageFolder(prefix: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  let n = 0;
  return { work, fresh: (ext = '.bdpack') => path.join(work, `f${n++}${ext}`) };
}

export function opener(
  me: Party,
  contacts: IdentityCard[],
  options: { revoked?: string[]; now?: Date } = {},
) {
  const seen = new Set<string>();
  const byFp = new Map(contacts.map((c) => [cardFingerprint(c), c]));
  return {
    seen,
    open(bytes: Uint8Array) {
      const opened = openPackage(bytes, {
        me,
        findContact: (fp) => {
          const card = byFp.get(fp);
          return card ? { card, revoked: (options.revoked ?? []).includes(fp) } : null;
        },
        seenPackage: (sender, id) => seen.has(`${sender}/${id}`),
        now: options.now ?? NOW,
      });
      seen.add(`${opened.manifest.sender.fingerprint}/${opened.manifest.packageId}`);
      return opened;
    },
  };
}

/** The error code of what `f` throws, or 'no error'. */
export function codeOf(f: () => unknown): string {
  try {
    f();
    return 'no error';
  } catch (e) {
    return (e as { error?: { code?: string } }).error?.code ?? `not an AppFailure: ${String(e)}`;
  }
}
