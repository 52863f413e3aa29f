// A large package is decrypted on two threads (open-ring.ts, seal-lane.ts): whichever thread
// decrypts a chunk, the plaintext must come out whole and in order, an altered chunk must stop
// the opening before anything of it or after it is handed on, and a lane that stalls or ends
// in the middle must cost time, never the package.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  decryptAgeFile,
  encryptAgeToFile,
  generateAgeIdentity,
  type AgeKeyPair,
} from '../../../electron/services/exchange/age/age';
import { SEALED_CHUNK, CHUNK } from '../../../electron/services/exchange/age/chunk-format';
import {
  Control,
  SLOTS,
  SlotState,
  laneWatch,
} from '../../../electron/services/exchange/age/seal-lane';
import { LANE_FROM_BYTES } from '../../../electron/services/exchange/age/seal-ring';
import type { AppFailure } from '../../../shared/result';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-open-lanes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  laneWatch.leased = null;
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A sealed file a little over the lane's threshold, and its plaintext. */
function sealedLarge(): { file: string; plain: Buffer; me: AgeKeyPair } {
  const plain = randomBytes(LANE_FROM_BYTES + 5 * CHUNK + 777);
  const me = generateAgeIdentity();
  const file = path.join(dir, `goi-${randomBytes(4).toString('hex')}.age`);
  encryptAgeToFile([plain], [me.recipient], file);
  return { file, plain, me };
}

/**
 * Opens `file`, calling `hook` on every chunk handed on (with the lane and its control words),
 * and returns what was handed on, or the failure.
 */
function openWatched(
  file: string,
  me: AgeKeyPair,
  hook: (handed: number, lane: Worker, control: Int32Array) => void = () => {},
) {
  let lane: Worker | null = null;
  let control: Int32Array | null = null;
  laneWatch.leased = (w, c) => {
    lane = w;
    control = c;
  };
  const parts: Buffer[] = [];
  let failure: unknown = null;
  try {
    decryptAgeFile(file, me.identity, {
      begin: () => {},
      data: (p) => {
        parts.push(Buffer.from(p));
        if (lane && control) hook(parts.length, lane, control);
      },
    });
  } catch (e) {
    failure = e;
  }
  laneWatch.leased = null;
  return {
    plain: Buffer.concat(parts),
    failure,
    byLane: () => (control ? Atomics.load(control, Control.byLane) : 0),
    leased: () => lane !== null,
  };
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function blockUntil(done: () => boolean): void {
  const until = Date.now() + 20_000;
  while (!done() && Date.now() < until) Atomics.wait(pause, 0, 0, 5);
}

/** The first chunk handed on waits until the lane has decrypted one (a fresh lane starts slowly). */
const laneWorks = (handed: number, _lane: Worker, control: Int32Array) => {
  if (handed === 1) blockUntil(() => Atomics.load(control, Control.byLane) > 0);
};

describe('opening a large package on two threads', () => {
  it('hands on every byte in order, the lane decrypting its share', () => {
    const { file, plain, me } = sealedLarge();
    const opened = openWatched(file, me, laneWorks);
    expect(opened.failure).toBeNull();
    expect(opened.leased()).toBe(true);
    expect(opened.byLane()).toBeGreaterThan(0);
    expect(sha(opened.plain)).toBe(sha(plain));
  });

  it.each([
    ['in the middle', 40],
    ['in the last chunk', -1],
  ])('stops at a chunk altered %s, handing on nothing of it or after it', (_, which) => {
    const { file, plain, me } = sealedLarge();
    const bytes = fs.readFileSync(file);
    const chunks = Math.ceil(plain.length / CHUNK);
    const index = which < 0 ? chunks - 1 : which;
    // Counted back from the end: the last chunk (its plaintext and tag), then whole ones.
    const lastSealed = plain.length - (chunks - 1) * CHUNK + 16;
    const chunkStart = bytes.length - lastSealed - (chunks - 1 - index) * SEALED_CHUNK;
    bytes[chunkStart + 100]! ^= 0x01;
    const altered = path.join(dir, `sua-${index}.age`);
    fs.writeFileSync(altered, bytes);
    const opened = openWatched(altered, me, laneWorks);
    expect((opened.failure as AppFailure | null)?.error.code).toBe('package-corrupt');
    expect(opened.plain.length).toBe(index * CHUNK);
  });

  it('takes back a chunk the lane holds too long, and the plaintext is whole', () => {
    const { file, plain, me } = sealedLarge();
    let taken = -1;
    const opened = openWatched(file, me, (handed, lane, control) => {
      laneWorks(handed, lane, control);
      // A slot read ahead but not yet taken is marked as the lane's, as a lane would that then
      // stopped for good.
      for (let slot = 0; slot < SLOTS && taken < 0 && handed > 2; slot++) {
        const state = Control.head + slot * Control.fields + Control.state;
        if (Atomics.compareExchange(control, state, SlotState.filled, SlotState.lane) === 1)
          taken = control[Control.head + slot * Control.fields + Control.index]!;
      }
    });
    expect(taken).toBeGreaterThan(0);
    expect(opened.failure).toBeNull();
    expect(sha(opened.plain)).toBe(sha(plain));
  });

  it('finishes alone when the lane is ended in the middle', () => {
    const { file, plain, me } = sealedLarge();
    let ended = false;
    const opened = openWatched(file, me, (handed, lane, control) => {
      laneWorks(handed, lane, control);
      if (handed === 10 && !ended) {
        ended = true;
        void lane.terminate();
      }
    });
    expect(ended).toBe(true);
    expect(opened.failure).toBeNull();
    expect(sha(opened.plain)).toBe(sha(plain));
  });

  it('opens a package below the threshold without a lane', () => {
    const plain = randomBytes(LANE_FROM_BYTES - 1);
    const me = generateAgeIdentity();
    const file = path.join(dir, 'nho.age');
    encryptAgeToFile([plain], [me.recipient], file);
    const opened = openWatched(file, me);
    expect(opened.leased()).toBe(false);
    expect(sha(opened.plain)).toBe(sha(plain));
  });
});
