// A large package is encrypted on two threads (seal-ring.ts, seal-lane.ts): whichever thread
// encrypts a chunk, the file must be the age file the CLI opens, chunks in order, the last one
// flagged — also when the second thread ends in the middle of a seal.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  decryptAgeFile,
  decryptAgeFrom,
  encryptAge,
  encryptAgeToFile,
  generateAgeIdentity,
} from '../../../electron/services/exchange/age/age';
import {
  Control,
  SLOTS,
  SlotState,
  laneWatch,
  type SharedRing,
} from '../../../electron/services/exchange/age/seal-lane';
import { LANE_FROM_BYTES } from '../../../electron/services/exchange/age/seal-ring';
import type { SizedSource } from '../../../electron/services/exchange/age/stream';
import { bufferCipherSource } from '../../../electron/services/exchange/byte-source';

const AGE = '/usr/bin/age';
const hasAge = fs.existsSync(AGE);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-lanes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  laneWatch.leased = null;
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A payload file a little over the lane's threshold, not a whole number of chunks. */
function bigPlaintext(): string {
  const file = path.join(dir, `plain-${randomBytes(4).toString('hex')}`);
  fs.writeFileSync(file, randomBytes(LANE_FROM_BYTES + 3 * 64 * 1024 + 12345));
  return file;
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread until `done()` or 20 s (the lane runs meanwhile on its own). */
function blockUntil(done: () => boolean): void {
  const until = Date.now() + 20_000;
  while (!done() && Date.now() < until) Atomics.wait(pause, 0, 0, 5);
}

/**
 * The file sealed, with a hook on every piece from a few after the ring of chunks is full; the
 * first time, the seal waits there until the lane has encrypted some of them.
 */
function sealWatched(
  plain: string,
  hook: (lane: Worker, control: Int32Array) => void,
  me = generateAgeIdentity(),
) {
  let control: Int32Array | null = null;
  let lane: Worker | null = null;
  let fresh: boolean | null = null;
  laneWatch.leased = (w, c, isNew) => {
    lane = w;
    control = c;
    fresh = isNew;
  };
  let pieces = 0;
  const source: SizedSource = {
    source: { file: plain },
    length: fs.statSync(plain).size,
    seen: () => {
      if (++pieces < SLOTS + 8) return;
      if (pieces === SLOTS + 8)
        blockUntil(() => control !== null && Atomics.load(control, Control.byLane) > 0);
      hook(lane!, control!);
    },
  };
  const out = path.join(dir, `sealed-${randomBytes(4).toString('hex')}.age`);
  encryptAgeToFile([source], [me.recipient], out);
  return {
    out,
    me,
    lane: () => lane,
    fresh: () => fresh,
    byLane: () => (control ? Atomics.load(control, Control.byLane) : 0),
  };
}

function openedHash(file: string, identity: string): string {
  const h = createHash('sha256');
  decryptAgeFile(file, identity, { begin: () => {}, data: (p) => h.update(p) });
  return h.digest('hex');
}

describe('sealing a large package on two threads', () => {
  it('writes the age file the CLI and our opener read back byte for byte', () => {
    const plain = bigPlaintext();
    const { out, me, byLane } = sealWatched(plain, () => {});
    expect(byLane()).toBeGreaterThan(0);
    const want = sha(fs.readFileSync(plain));
    expect(openedHash(out, me.identity)).toBe(want);
    if (!hasAge) return console.warn(`${AGE} missing: the CLI half of this test is skipped`);
    const key = path.join(dir, 'key.txt');
    fs.writeFileSync(key, `${me.identity}\n`, { mode: 0o600 });
    const r = spawnSync(AGE, ['-d', '-i', key, out], { maxBuffer: 128 * 1024 * 1024 });
    expect(r.status, r.stderr?.toString()).toBe(0);
    expect(sha(r.stdout)).toBe(want);
  });

  it('finishes the package alone when the second thread is ended in the middle', async () => {
    const plain = bigPlaintext();
    let ended: Promise<number> | null = null;
    const { out, me, lane } = sealWatched(plain, (l) => {
      ended ??= l.terminate();
    });
    expect(ended).not.toBeNull();
    const endedLane = lane();
    expect(openedHash(out, me.identity)).toBe(sha(fs.readFileSync(plain)));
    // Once its end is known (as it is between two seals in the app), no seal leases it again.
    await ended;
    await new Promise((r) => setImmediate(r));
    const next = sealWatched(plain, () => {});
    expect(next.lane()).not.toBe(endedLane);
    expect(next.byLane()).toBeGreaterThan(0);
    expect(openedHash(next.out, next.me.identity)).toBe(sha(fs.readFileSync(plain)));
  });

  // A lane that stops for good while it holds a chunk, as one ended by the system would: the
  // chunk is marked as the lane's (what the lane itself does first) and never finished.
  it.each([
    ['while encrypting it', SlotState.lane],
    ['while copying it out', SlotState.writing],
  ])('takes back a chunk the lane left %s, and the package is whole', (_, held) => {
    const plain = bigPlaintext();
    let taken = -1;
    const { out, me } = sealWatched(plain, (_lane, control) => {
      for (let slot = 0; slot < SLOTS && taken < 0; slot++) {
        const state = Control.head + slot * Control.fields + Control.state;
        if (Atomics.compareExchange(control, state, SlotState.filled, held) === SlotState.filled)
          taken = control[Control.head + slot * Control.fields + Control.index]!;
      }
    });
    expect(taken).toBeGreaterThan(0);
    expect(openedHash(out, me.identity)).toBe(sha(fs.readFileSync(plain)));
  });

  it("keeps the lane for the next seal, which it encrypts under that seal's own key", () => {
    const first = sealWatched(bigPlaintext(), () => {});
    const plain = bigPlaintext();
    const second = sealWatched(plain, () => {}, generateAgeIdentity());
    expect(second.fresh()).toBe(false);
    expect(second.lane()).toBe(first.lane());
    expect(second.byLane()).toBeGreaterThan(0);
    expect(first.me.identity).not.toBe(second.me.identity);
    expect(openedHash(second.out, second.me.identity)).toBe(sha(fs.readFileSync(plain)));
    expect(() => openedHash(second.out, first.me.identity)).toThrow();
  });

  it('leaves nothing of the package in the ring of the lane it keeps, sealing or opening', () => {
    let ring: SharedRing | null = null;
    laneWatch.leased = (_lane, _control, _fresh, shared) => {
      ring = shared;
    };
    const me = generateAgeIdentity();
    const out = path.join(dir, `kept-${randomBytes(4).toString('hex')}.age`);
    // Bytes that are never zero, from a file (read into the ring) and from memory (copied in).
    const plain = bigPlaintext();
    fs.writeFileSync(plain, Buffer.alloc(fs.statSync(plain).size, 0x5a));
    encryptAgeToFile([{ file: plain }, Buffer.alloc(3 * 64 * 1024 + 7, 0xa5)], [me.recipient], out);
    expect(ring).not.toBeNull();
    const kept = Buffer.from(ring!.plain);
    expect(kept.length).toBe(SLOTS * 64 * 1024);
    expect(kept.every((b) => b === 0)).toBe(true);
    // Opening it goes through the same lane and ring, and leaves them as clean.
    expect(openedHash(out, me.identity)).toBe(
      sha(Buffer.concat([fs.readFileSync(plain), Buffer.alloc(3 * 64 * 1024 + 7, 0xa5)])),
    );
    expect(Buffer.from(ring!.plain).every((b) => b === 0)).toBe(true);
  });

  it('ends the lane of a seal that failed midway; the next seal starts its own', async () => {
    const plain = bigPlaintext();
    let lane: Worker | null = null;
    laneWatch.leased = (w) => {
      lane = w;
    };
    let pieces = 0;
    const failing: SizedSource = {
      source: { file: plain },
      length: fs.statSync(plain).size,
      seen: () => {
        if (++pieces === SLOTS * 3) throw new Error('nguồn hỏng giữa chừng');
      },
    };
    const me = generateAgeIdentity();
    const out = path.join(dir, 'failed.age');
    expect(() => encryptAgeToFile([failing], [me.recipient], out)).toThrow('nguồn hỏng');
    expect(fs.existsSync(out)).toBe(false);
    const failed = lane as Worker | null;
    expect(failed).not.toBeNull();
    await new Promise((done) => failed!.once('exit', done));
    const next = sealWatched(plain, () => {});
    expect(next.fresh()).toBe(true);
    expect(next.lane()).not.toBe(failed);
    expect(openedHash(next.out, next.me.identity)).toBe(sha(fs.readFileSync(plain)));
  });

  it('seals a payload in memory on two threads as well (the lane hands its chunks back)', () => {
    let control: Int32Array | null = null;
    laneWatch.leased = (_lane, c) => {
      control = c;
    };
    const me = generateAgeIdentity();
    const bytes = fs.readFileSync(bigPlaintext());
    let pieces = 0;
    const source: SizedSource = {
      source: bytes,
      length: bytes.length,
      seen: () => {
        if (++pieces === SLOTS + 8)
          blockUntil(() => control !== null && Atomics.load(control, Control.byLane) > 0);
      },
    };
    const sealed = encryptAge([source], [me.recipient]);
    expect(Atomics.load(control!, Control.byLane)).toBeGreaterThan(0);
    const opened: Buffer[] = [];
    decryptAgeFrom(bufferCipherSource(sealed), me.identity, {
      begin: () => {},
      data: (p) => opened.push(Buffer.from(p)),
    });
    expect(sha(Buffer.concat(opened))).toBe(sha(bytes));
  });

  it('starts no thread for a package below the threshold', () => {
    let started = 0;
    laneWatch.leased = () => started++;
    const me = generateAgeIdentity();
    const out = path.join(dir, 'small.age');
    const bytes = randomBytes(LANE_FROM_BYTES - 1);
    encryptAgeToFile([bytes], [me.recipient], out);
    expect(started).toBe(0);
    expect(openedHash(out, me.identity)).toBe(sha(bytes));
  });
});
