// The second lane of a seal or an opening: a worker thread that encrypts chunks the sealing
// thread has filled into shared memory (seal-ring.ts) and writes them into the package, or
// decrypts and verifies the chunks the opening thread has read (open-ring.ts), so that a
// package's ChaCha20-Poly1305 runs beside its reading, hashing and writing instead of after
// them (issue 11: within 2× the `age` CLI; node's cipher alone was ~0.45× of a whole seal here).
//
// The lane is only ever a helper: the sealing thread can encrypt any chunk itself, takes back a
// chunk the lane has held too long, and finishes alone when the lane cannot start (a runtime
// without worker threads or shared memory), so a lane that dies or stalls costs time, never a
// package. Its code is a string evaluated by the worker (lane-program.ts).
//
// A thread takes ~25 ms of the other core to start here, as long as half a seal of 1,000
// records and 20 MB of renderings: a lane that started with each seal was ready for its last
// chunks only. So a lane, once started, is kept for the next seals (a user sends one package
// to each ministry in turn) and ended after LANE_KEEP_MS without one, or at once when a seal
// failed or gave up on it. Each seal is a session: its payload key reaches the lane as a
// message (transferred, zeroed once imported), every chunk carries its session, and a chunk of
// another session than the key the lane holds is left to the sealing thread.
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { TAG } from './aead';
import { CHUNK } from './chunk-format';
import { LANE_CODE } from './lane-program';

/** Chunks in flight: 16 × 64 KiB = 1 MiB of plaintext and as much ciphertext, shared. */
export const SLOTS = 16;

/** A lane with no seal for this long is ended (its thread holds ~20 MB while it lives). */
export const LANE_KEEP_MS = 30_000;

/** A chunk the lane has held this long is taken back (a lane that stalled or died). */
const LANE_PATIENCE_MS = 2000;

/**
 * Waits while the lane holds the slot whose state word is `state` (now `held`); true when it
 * held it LANE_PATIENCE_MS and this thread took it back (then the lane is to be given up).
 */
export function tookBackAfterWait(control: Int32Array, state: number, held: number): boolean {
  const waited = Atomics.wait(control, state, held, LANE_PATIENCE_MS);
  return (
    waited === 'timed-out' && Atomics.compareExchange(control, state, held, SlotState.main) === held
  );
}

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
  /** Ciphertext and tag already in the package file, where they belong. */
  written: 6,
  /** Opening: the chunk's tag did not verify (the package was altered). */
  bad: 7,
} as const;

/** The control words (an Int32Array over shared memory). */
export const Control = {
  /** Chunks filled so far in this session: the lane waits on it. */
  produced: 0,
  /** Set when the lane should return (it was given up on, or kept long enough). */
  stop: 1,
  /** Chunks the lane encrypted in this session (what the tests read of its share). */
  byLane: 2,
  /** The seal being filled (0: none); its key is the lane's next message. */
  session: 3,
  /** The lane's descriptor of the package file plus one; 0 when it holds none. */
  fd: 4,
  /** Where the slots' words start; each slot has `fields` of them. */
  head: 5,
  fields: 5,
  state: 0,
  index: 1,
  length: 2,
  last: 3,
  /** The session the slot's chunk belongs to: the lane encrypts it only under that key. */
  of: 4,
} as const;

export const controlWords = Control.head + SLOTS * Control.fields;

/** The memory both threads see: control words, plaintext slots, ciphertext slots. */
export interface SharedRing {
  control: SharedArrayBuffer;
  plain: SharedArrayBuffer;
  sealed: SharedArrayBuffer;
}

/**
 * Sees each seal that has a lane, with the lane's thread and control words, whether the thread
 * was started for it, and its shared memory (tests end a lane mid-seal, count threads, look at
 * what the ring keeps). Null in the app.
 */
export const laneWatch: {
  leased: ((lane: Worker, control: Int32Array, fresh: boolean, ring: SharedRing) => void) | null;
} = { leased: null };

/** A lane kept between seals. */
interface KeptLane {
  worker: Worker;
  ring: SharedRing;
  control: Int32Array;
  keys: MessagePort;
  session: number;
  busy: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

let kept: KeptLane | null = null;

/** One seal's use of a lane. */
export interface LaneLease {
  ring: SharedRing;
  /** The session this seal's chunks carry. */
  session: number;
  /** Gives the lane up for good (it stalled or died holding a chunk): the thread is ended. */
  giveUp(): void;
  /**
   * The seal is over: a lane whose seal finished with every slot free is kept for the next
   * one once it has closed the package file; any other (a seal that failed midway, a lane
   * that does not let go of the file) is ended.
   */
  release(finished: boolean): void;
}

/** The package file a lane writes into: its path, and where chunk 0 starts in it. */
export interface LaneFile {
  path: string;
  chunksAt: number;
}

/** How long a finished seal waits for its lane to close the package file. */
const CLOSE_PATIENCE_MS = 500;

function end(lane: KeptLane): void {
  if (lane.timer) clearTimeout(lane.timer);
  if (kept === lane) kept = null;
  Atomics.store(lane.control, Control.stop, 1);
  Atomics.notify(lane.control, Control.produced);
  lane.keys.close();
  // A package file the thread still held is closed by node as the thread ends
  // (trackUnmanagedFds), not here: closing its number from this thread once raced the
  // thread's own teardown and closed a descriptor of its event loop (an abort in libuv).
  void lane.worker.terminate();
}

function start(): KeptLane | null {
  const ring: SharedRing = {
    control: new SharedArrayBuffer(controlWords * 4),
    plain: new SharedArrayBuffer(SLOTS * CHUNK),
    sealed: new SharedArrayBuffer(SLOTS * (CHUNK + TAG)),
  };
  const { port1, port2 } = new MessageChannel();
  try {
    const worker = new Worker(LANE_CODE, {
      eval: true,
      // Nothing of the parent's flags: under tsx (tests, benches) they would load the
      // TypeScript loader into a thread that runs plain JavaScript.
      execArgv: [],
      // Descriptors the thread opened (the package file) are closed when it ends, however.
      trackUnmanagedFds: true,
      workerData: {
        ring,
        keys: port2,
        layout: { ...Control, slots: SLOTS, chunk: CHUNK, tag: TAG, ...SlotState },
      },
      transferList: [port2],
    });
    // A lane never keeps the process alive, and its failures are the sealing thread's to see
    // (as a chunk not done in time), not an unhandled 'error' event.
    worker.unref();
    port1.unref();
    const lane: KeptLane = {
      worker,
      ring,
      control: new Int32Array(ring.control),
      keys: port1,
      session: 0,
      busy: false,
      timer: null,
    };
    worker.on('error', () => {});
    // A lane that ended on its own is not leased again.
    worker.on('exit', () => {
      if (kept === lane) kept = null;
    });
    return lane;
  } catch {
    port1.close();
    return null;
  }
}

/** Waits, a bounded time, for the lane to close the package file; false if it did not. */
function fileClosed(control: Int32Array): boolean {
  const until = Date.now() + CLOSE_PATIENCE_MS;
  for (let held = Atomics.load(control, Control.fd); held !== 0;) {
    const left = until - Date.now();
    if (left <= 0) return false;
    Atomics.wait(control, Control.fd, held, left);
    held = Atomics.load(control, Control.fd);
  }
  return true;
}

/**
 * A lane for one seal (or, `opening`, one opening) under the payload key `rawKey` (transferred
 * to the lane as a copy, which the lane zeroes once imported), writing its chunks into `file`
 * when the seal goes to one: the kept lane, or a new one. Null where no thread can start or
 * this thread may not block on shared memory (the seal then runs on one lane).
 */
export function leaseLane(
  rawKey: Uint8Array,
  file: LaneFile | null,
  opening = false,
): LaneLease | null {
  if (!canWait()) return null;
  const fresh = kept === null || kept.busy;
  const lane = fresh ? start() : kept;
  if (!lane) return null;
  if (fresh && kept === null) kept = lane;
  if (lane.timer) clearTimeout(lane.timer);
  lane.timer = null;
  lane.busy = true;
  const session = ++lane.session;
  const key = Uint8Array.from(rawKey);
  lane.keys.postMessage({ session, key, file, opening }, [key.buffer]);
  const c = lane.control;
  Atomics.store(c, Control.byLane, 0);
  Atomics.store(c, Control.session, session);
  Atomics.store(c, Control.produced, 0);
  Atomics.notify(c, Control.produced);
  laneWatch.leased?.(lane.worker, c, fresh, lane.ring);
  let over = false;
  return {
    ring: lane.ring,
    session,
    giveUp: () => {
      over = true;
      end(lane);
    },
    release: (finished) => {
      if (over) return;
      over = true;
      lane.busy = false;
      Atomics.store(c, Control.session, 0);
      Atomics.notify(c, Control.produced);
      if (!finished || kept !== lane || !fileClosed(c)) return end(lane);
      lane.timer = setTimeout(() => end(lane), LANE_KEEP_MS);
      lane.timer.unref();
    },
  };
}

/** Whether this thread may block on shared memory (a browser-like main thread may not). */
function canWait(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}
