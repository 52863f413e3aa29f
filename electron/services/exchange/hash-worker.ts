// The items' SHA-256, taken while they are encrypted. For a large package the hash costs as much
// as the cipher or more (SHA-256 ~0.7-1.4 GB/s, ChaCha20-Poly1305 ~1.5 GB/s on the bench
// machine), and sealing runs on one thread while the machine has more:
// large items are hashed on a second thread, fed the same 64 KiB pieces the cipher reads
// through a ring of shared memory, so sealing costs about the cipher's time, not the sum.
//
// Sealing is synchronous (the main thread never yields while it writes), so the two threads
// meet on Atomics, not on messages: the main thread copies a piece into a free slot and counts
// it; the worker hashes slot after slot and counts what it has done; an item's end and the
// session's end are slots with no bytes. The digests come back through shared memory too.
// Where a worker cannot be started, or for small packages, the hash runs inline.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../../shared/result';

const SLOTS = 32;
const SLOT = 64 * 1024;
/**
 * Control words: pieces written, pieces hashed, then each slot's length, or a marker: the end of
 * the session, or the end of item k as -(2 + k) (its digest goes to place k).
 */
const WRITTEN = 0;
const HASHED = 1;
const END_SESSION = -1;
const endOfItem = (k: number) => -(2 + k);

/**
 * Items streamed at least this large in total are worth a second thread. A worker costs ~18 MB
 * of memory (its own V8 and Node): with one, sealing 1,000 records and 20 MB of renderings
 * peaked ~70 MB above the process's baseline instead of ~43 (the bound is 64), for a few
 * milliseconds of hashing saved.
 */
export const PARALLEL_FROM = 32 * 1024 * 1024;

/** A hash per item, each fed its bytes in order; digests read once every item has passed. */
export interface HashSession {
  item(length: number): { update(piece: Buffer): void; digest(): Buffer };
  /** Ends the session (also after a failure): the worker is idle again when this returns. */
  close(): void;
}

export function inlineHashing(): HashSession {
  return {
    item: () => {
      const hash = createHash('sha256');
      return { update: (piece) => hash.update(piece), digest: () => hash.digest() };
    },
    close: () => {},
  };
}

// Plain JS run by the worker (eval'd, so no separate file to bundle).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
parentPort.on('message', ({ ring, control, digests }) => {
  const c = new Int32Array(control);
  const data = Buffer.from(ring);
  const out = Buffer.from(digests);
  let done = 0, hash = createHash('sha256');
  for (;;) {
    while (Atomics.load(c, ${WRITTEN}) === done) Atomics.wait(c, ${WRITTEN}, done);
    const slot = done % ${SLOTS};
    const length = Atomics.load(c, 2 + slot);
    if (length === ${END_SESSION}) break;
    if (length < 0) {
      const k = -length - 2;
      if (k * 32 < out.length) hash.digest().copy(out, k * 32);
      hash = createHash('sha256');
    } else hash.update(data.subarray(slot * ${SLOT}, slot * ${SLOT} + length));
    done++;
    Atomics.store(c, ${HASHED}, done);
    Atomics.notify(c, ${HASHED});
  }
  Atomics.store(c, ${HASHED}, done + 1);
  Atomics.notify(c, ${HASHED});
});
`;

/** Long enough for any package to hash; past it the worker is taken as gone. */
const STALL_MS = 30_000;

let worker: Worker | null | undefined;

function hashWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true });
    // It waits for sessions without keeping the process alive.
    worker.unref();
    worker.on('error', () => {
      worker = undefined;
    });
  } catch {
    worker = null;
  }
  return worker;
}

const stalled = () =>
  AppFailure.of(
    'internal',
    'Không tính được mã băm của nội dung gói. Không có gì được ghi; hãy thử lại.',
    'The hashes of the package content could not be computed. Nothing was written; try again.',
  );

/** Hashing on the worker for `items` items; inline where no worker can be had. */
export function parallelHashing(items: number): HashSession {
  const w = hashWorker();
  if (!w) return inlineHashing();
  const control = new SharedArrayBuffer(4 * (2 + SLOTS));
  const ring = new SharedArrayBuffer(SLOTS * SLOT);
  const digests = new SharedArrayBuffer(32 * items);
  const c = new Int32Array(control);
  const data = Buffer.from(ring);
  w.postMessage({ ring, control, digests });
  let written = 0;
  let closed = false;
  let broken = false;

  const waitHashed = (atLeast: number) => {
    let waited = 0;
    for (;;) {
      const hashed = Atomics.load(c, HASHED);
      if (hashed >= atLeast) return;
      if (waited >= STALL_MS) {
        broken = true;
        void w.terminate();
        worker = undefined;
        throw stalled();
      }
      Atomics.wait(c, HASHED, hashed, 1000);
      waited += 1000;
    }
  };
  /** One slot: bytes (≤ 64 KiB) or a marker. */
  const put = (piece: Buffer | null, marker: number) => {
    waitHashed(written - SLOTS + 1);
    const slot = written % SLOTS;
    if (piece) piece.copy(data, slot * SLOT);
    Atomics.store(c, 2 + slot, piece ? piece.length : marker);
    written++;
    Atomics.store(c, WRITTEN, written);
    Atomics.notify(c, WRITTEN);
  };
  let index = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    put(null, END_SESSION);
    waitHashed(written);
    finished = true;
  };
  return {
    item(length) {
      // An empty item passes no piece to end it: its hash is the empty one.
      if (length === 0) return inlineHashing().item(0);
      const mine = index++;
      let left = length;
      return {
        update(piece) {
          for (let at = 0; at < piece.length; at += SLOT)
            put(piece.subarray(at, Math.min(piece.length, at + SLOT)), 0);
          left -= piece.length;
          if (left === 0) put(null, endOfItem(mine));
        },
        digest() {
          finish();
          return Buffer.from(new Uint8Array(digests, mine * 32, 32));
        },
      };
    },
    close() {
      if (closed) return;
      closed = true;
      if (!broken) finish();
    },
  };
}
