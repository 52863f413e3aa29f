// Our age reader against the community test vectors (C2SP CCTV, see age-testkit/README.md):
// every malformed header, wrong MAC, bad or missing STREAM chunk, low-order share, grease
// stanza and boundary case that other age implementations are held to. A vector that should
// decrypt must give exactly the payload its hash names; one that should fail must fail with
// the right code — 'package-not-for-me' only when no stanza is ours, 'package-corrupt' for
// everything else — and never with anything but an AppFailure.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { afterAll } from 'vitest';
import { decryptAge, decryptAgeFile } from '../../../electron/services/exchange/age/age';
import { AppFailure } from '../../../shared/result';

const DIR = path.join(import.meta.dirname, 'age-testkit');

interface Vector {
  name: string;
  expect: string;
  payload: string | null;
  identities: string[];
  file: Buffer;
}

function readVector(name: string): Vector {
  const raw = fs.readFileSync(path.join(DIR, name));
  const split = raw.indexOf('\n\n');
  const fields = raw
    .subarray(0, split)
    .toString('utf8')
    .split('\n')
    .map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)] as const);
  const get = (k: string) => fields.filter(([key]) => key === k).map(([, v]) => v);
  const body = raw.subarray(split + 2);
  return {
    name,
    expect: get('expect')[0]!,
    payload: get('payload')[0] ?? null,
    identities: get('identity'),
    file: get('compressed')[0] === 'zlib' ? inflateSync(body) : body,
  };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-age-testkit-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const vectors = fs
  .readdirSync(DIR)
  .filter((f) => f !== 'README.md')
  .map(readVector);

const CODE: Record<string, string> = {
  'no match': 'package-not-for-me',
  'header failure': 'package-corrupt',
  'HMAC failure': 'package-corrupt',
  'payload failure': 'package-corrupt',
};

describe('age test vectors (C2SP CCTV)', () => {
  it('are all present', () => {
    expect(vectors.length).toBe(67);
    expect(new Set(vectors.map((v) => v.expect))).toEqual(
      new Set(['success', 'no match', 'header failure', 'HMAC failure', 'payload failure']),
    );
  });

  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    // Vectors with several identities do not occur among the X25519 ones; the first is enough.
    expect(v.identities.length).toBeLessThanOrEqual(1);
    const identity =
      v.identities[0] ??
      'AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0';
    if (v.expect === 'success') {
      const plain = decryptAge(v.file, identity);
      expect(createHash('sha256').update(plain).digest('hex')).toBe(v.payload);
      return;
    }
    let thrown: unknown = null;
    try {
      decryptAge(v.file, identity);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppFailure);
    expect((thrown as AppFailure).error.code).toBe(CODE[v.expect]);
  });

  // Packages are opened from files, 64 KiB at a time: the same vectors through that reader.
  it.each(vectors.map((v) => [v.name, v] as const))('%s, read from a file', (_name, v) => {
    const identity =
      v.identities[0] ??
      'AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0';
    const file = path.join(tmp, v.name);
    fs.writeFileSync(file, v.file);
    const hash = createHash('sha256');
    let outcome: string;
    try {
      decryptAgeFile(file, identity, { begin: () => {}, data: (p) => hash.update(p) });
      outcome = hash.digest('hex');
    } catch (e) {
      outcome = e instanceof AppFailure ? e.error.code : `not an AppFailure: ${String(e)}`;
    }
    expect(outcome).toBe(v.expect === 'success' ? v.payload : CODE[v.expect]);
  });
});
