// The second lane of a large seal: a worker thread that encrypts chunks the sealing thread has
// filled into shared memory (seal-ring.ts), so that a package's ChaCha20-Poly1305 runs beside
// its reading, hashing and writing instead of after them (issue 11: sealing a 200 MB package
// within 2× the `age` CLI; node's cipher alone was ~0.45× of the whole seal on this machine).
//
// The lane is only ever a helper: the sealing thread can encrypt any chunk itself, takes back a
// chunk the lane has held too long, and finishes alone when the lane cannot start (a runtime
// without worker threads or shared memory), so a lane that dies or stalls costs time, never a
// package. Its code is a string evaluated by the worker (not a module file): the same in the
// Electron main process, the browser host, the CLI and tests under tsx, with nothing to locate
// inside an asar archive and no loader to start. It needs only node:crypto.
import { Worker } from 'node:worker_threads';
import { TAG } from './aead';
import { CHUNK } from './chunk-format';

/** Chunks in flight: 16 × 64 KiB = 1 MiB of plaintext and as much ciphertext, shared. */
export const SLOTS = 16;

/** A slot's state, moved only by compare-and-exchange so that one thread owns it at a time. */
export const SlotState = {
  free: 0,
  /** Plaintext in place, waiting for either thread. */
  filled: 1,
  /** Being encrypted by the lane. */
  lane: 2,
  /** The lane copies its ciphertext in; the sealing thread can no longer take it back. */
  writing: 3,
  /** Ciphertext and tag in place, waiting to be written in order. */
  done: 4,
  /** Being encrypted by the sealing thread. */
  main: 5,
} as const;

/** The control words (an Int32Array over shared memory). */
export const Control = {
  /** Chunks filled so far: the lane waits on it. */
  produced: 0,
  /** Set when the lane should return (the seal is over, or it was given up on). */
  stop: 1,
  /** Chunks the lane encrypted (what the bench and the tests read of its share). */
  byLane: 2,
  /** Where the slots' words start; each slot has `fields` of them. */
  head: 3,
  fields: 4,
  state: 0,
  index: 1,
  length: 2,
  last: 3,
} as const;

export const controlWords = Control.head + SLOTS * Control.fields;

/** The memory both threads see: control words, plaintext slots, ciphertext slots. */
export interface SharedRing {
  control: SharedArrayBuffer;
  plain: SharedArrayBuffer;
  sealed: SharedArrayBuffer;
}

// In a function: a thread's globals already hold a `gc` once any thread set --expose-gc.
const LANE_CODE = `
'use strict';
(() => {
const { workerData } = require('node:worker_threads');
const { createCipheriv, createSecretKey } = require('node:crypto');
const { ring, rawKey, layout: L } = workerData;
const ctl = new Int32Array(ring.control);
const plain = Buffer.from(ring.plain);
const sealed = Buffer.from(ring.sealed);
const key = createSecretKey(Buffer.from(rawKey));
rawKey.fill(0);
// Dead cipher outputs are freed while young, as on the sealing thread (young-garbage.ts).
let collect = null;
try {
  require('node:v8').setFlagsFromString('--expose-gc');
  collect = require('node:vm').runInNewContext('typeof gc === "function" ? gc : null');
} catch {}
let next = 0;
let count = 0;
while (Atomics.load(ctl, L.stop) === 0) {
  const produced = Atomics.load(ctl, L.produced);
  if (next >= produced) {
    Atomics.wait(ctl, L.produced, produced, 1000);
    continue;
  }
  // Chunks older than the ring's size were written already.
  if (next < produced - L.slots) next = produced - L.slots;
  const slot = next % L.slots;
  next++;
  const at = L.head + slot * L.fields;
  if (Atomics.compareExchange(ctl, at + L.state, L.filled, L.lane) !== L.filled) continue;
  const length = ctl[at + L.length];
  const nonce = Buffer.alloc(12);
  nonce.writeUInt32BE(ctl[at + L.index], 7);
  nonce[11] = ctl[at + L.last];
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: L.tag });
  const from = slot * L.chunk;
  const out = cipher.update(plain.subarray(from, from + length));
  cipher.final();
  const tag = cipher.getAuthTag();
  // Taken back by the sealing thread while this one was slow: its result is dropped.
  if (Atomics.compareExchange(ctl, at + L.state, L.lane, L.writing) !== L.lane) continue;
  const to = slot * (L.chunk + L.tag);
  out.copy(sealed, to);
  tag.copy(sealed, to + length);
  // Done only if still this thread's: a slot taken back meanwhile is the sealing thread's.
  if (Atomics.compareExchange(ctl, at + L.state, L.writing, L.done) !== L.writing) continue;
  Atomics.notify(ctl, at + L.state);
  Atomics.add(ctl, L.byLane, 1);
  if (++count % 64 === 0 && collect) collect({ type: 'minor' });
}
})();
`;

/**
 * Sees each lane as it starts, with the control words (tests end a lane mid-seal; the bench
 * reads its share). Null in the app.
 */
export const laneWatch: { started: ((lane: Worker, control: Int32Array) => void) | null } = {
  started: null,
};

/**
 * Starts a lane over `ring` with the payload key (copied to the thread, which zeroes its copy
 * once imported). Null where a worker thread cannot be started: the seal then runs on one lane.
 */
export function startLane(ring: SharedRing, rawKey: Uint8Array): Worker | null {
  try {
    const worker = new Worker(LANE_CODE, {
      eval: true,
      // Nothing of the parent's flags: under tsx (tests, benches) they would load the
      // TypeScript loader into a thread that runs plain JavaScript.
      execArgv: [],
      workerData: {
        ring,
        rawKey: Uint8Array.from(rawKey),
        layout: {
          ...Control,
          slots: SLOTS,
          chunk: CHUNK,
          tag: TAG,
          ...SlotState,
        },
      },
    });
    // A lane never keeps the process alive, and its failures are the sealing thread's to see
    // (as a chunk not done in time), not an unhandled 'error' event.
    worker.unref();
    worker.on('error', () => {});
    laneWatch.started?.(worker, new Int32Array(ring.control));
    return worker;
  } catch {
    return null;
  }
}
