// The sealing thread's side of the STREAM encryption: plaintext is gathered into 64 KiB chunks
// in a ring of slots, each chunk is encrypted by whichever thread is free — this one or the
// lane (seal-lane.ts) — and the sealed chunks are handed to `write` strictly in order.
//
// This thread reads, hashes (the caller's `seen`) and writes; when it would otherwise wait it
// encrypts chunks itself: the oldest one when the lane has not taken it, a newer one while the
// lane holds the oldest. Without a lane (small payloads, or none could start) it simply
// encrypts every chunk as it is filled, in the same code path.
import { createCipheriv, type KeyObject } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { TAG } from './aead';
import { CHUNK, SEALED_CHUNK, chunkNonce } from './chunk-format';
import { Control, SLOTS, SlotState, controlWords, startLane, type SharedRing } from './seal-lane';
import { CHUNKS_BETWEEN_COLLECTIONS, collectDeadChunks } from './young-garbage';

/**
 * Payloads from this size on get a lane. A thread costs ~30 MB of memory while it lives (its
 * own V8 and node) and tens of milliseconds of the other core to start: below this size that is
 * more than the cipher it would take over, and the memory would crowd issue 11's 64 MB bound for
 * a package with many records.
 */
export const LANE_FROM_BYTES = 32 * 1024 * 1024;
/** A chunk the lane has held this long is taken back (a lane that stalled or died). */
const LANE_PATIENCE_MS = 2000;

/** The memory a ring shares with its lane: SLOTS chunks each way and the control words. */
function sharedRing(): SharedRing {
  return {
    control: new SharedArrayBuffer(controlWords * 4),
    plain: new SharedArrayBuffer(SLOTS * CHUNK),
    sealed: new SharedArrayBuffer(SLOTS * SEALED_CHUNK),
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

export class SealRing {
  private readonly control: Int32Array;
  private readonly plain: Buffer;
  private readonly sealed: Buffer;
  private lane: Worker | null;
  /** Chunks the ring holds: SLOTS with a lane, one alone. */
  private readonly slots: number;
  /** Chunks filled (the next one's index), chunks written, bytes in the chunk being filled. */
  private produced = 0;
  private written = 0;
  private filling = 0;
  private sealedHere = 0;

  /**
   * `write` must consume the bytes before it returns (they are the ring's memory). `rawKey`
   * is the payload key the lane imports; it is not kept here.
   */
  constructor(
    private readonly key: KeyObject,
    rawKey: Uint8Array,
    private readonly chunks: number,
    totalBytes: number,
    private readonly write: (bytes: Buffer) => void,
  ) {
    // A seal that runs alone (most packages) needs one chunk of plain memory, nothing shared.
    const shared = totalBytes >= LANE_FROM_BYTES && chunks > 1 && canWait() ? sharedRing() : null;
    this.slots = shared ? SLOTS : 1;
    this.control = new Int32Array(shared?.control ?? new ArrayBuffer(controlWords * 4));
    this.plain = Buffer.from(shared?.plain ?? new ArrayBuffer(CHUNK));
    this.sealed = Buffer.from(shared?.sealed ?? new ArrayBuffer(0));
    this.lane = shared ? startLane(shared, rawKey) : null;
  }

  /** Adds plaintext; a full chunk is closed only once more follows (the last one is flagged). */
  add(piece: Buffer): void {
    let at = 0;
    while (at < piece.length) {
      if (this.filling === CHUNK) this.commit();
      if (this.filling === 0) this.makeRoom();
      const slot = this.produced % this.slots;
      const take = Math.min(CHUNK - this.filling, piece.length - at);
      piece.copy(this.plain, slot * CHUNK + this.filling, at, at + take);
      at += take;
      this.filling += take;
    }
  }

  /** Closes the last chunk and writes everything still in the ring. */
  finish(): void {
    if (this.filling === 0) this.makeRoom();
    this.commit();
    while (this.written < this.produced) this.writeOldest();
    this.stopLane();
  }

  /** Lets the lane go (also after a failure: a lane never outlives its seal). */
  stopLane(): void {
    if (!this.lane) return;
    Atomics.store(this.control, Control.stop, 1);
    Atomics.notify(this.control, Control.produced);
    void this.lane.terminate();
    this.lane = null;
  }

  private word(slot: number, field: number): number {
    return Control.head + slot * Control.fields + field;
  }

  private stateAt(slot: number): number {
    return this.word(slot, Control.state);
  }

  /** The slot of the next chunk must have been written out. */
  private makeRoom(): void {
    while (this.written <= this.produced - this.slots) this.writeOldest();
  }

  private commit(): void {
    const slot = this.produced % this.slots;
    const c = this.control;
    c[this.word(slot, Control.index)] = this.produced;
    c[this.word(slot, Control.length)] = this.filling;
    c[this.word(slot, Control.last)] = this.produced === this.chunks - 1 ? 1 : 0;
    Atomics.store(c, this.stateAt(slot), SlotState.filled);
    this.produced++;
    this.filling = 0;
    if (this.lane) {
      Atomics.store(c, Control.produced, this.produced);
      Atomics.notify(c, Control.produced);
    } else {
      // Alone, every chunk is encrypted as soon as it is full, straight to `write`.
      this.writeOldest();
    }
  }

  private claim(slot: number, from: number): boolean {
    return Atomics.compareExchange(this.control, this.stateAt(slot), from, SlotState.main) === from;
  }

  /** Encrypts a slot's chunk here: to `write` when it is the oldest, else into its slot. */
  private encrypt(slot: number, direct: boolean): void {
    const c = this.control;
    const length = c[this.word(slot, Control.length)]!;
    const nonce = chunkNonce(
      c[this.word(slot, Control.index)]!,
      c[this.word(slot, Control.last)] === 1,
    );
    const cipher = createCipheriv('chacha20-poly1305', this.key, nonce, { authTagLength: TAG });
    const out = cipher.update(this.plain.subarray(slot * CHUNK, slot * CHUNK + length));
    cipher.final();
    const tag = cipher.getAuthTag();
    if (direct) {
      this.write(out);
      this.write(tag);
    } else {
      out.copy(this.sealed, slot * SEALED_CHUNK);
      tag.copy(this.sealed, slot * SEALED_CHUNK + length);
      Atomics.store(c, this.stateAt(slot), SlotState.done);
    }
    if (++this.sealedHere % CHUNKS_BETWEEN_COLLECTIONS === 0) collectDeadChunks();
  }

  /** Writes the oldest chunk not yet written, encrypting it (or a newer one) if need be. */
  private writeOldest(): void {
    const slot = this.written % this.slots;
    const state = this.stateAt(slot);
    for (;;) {
      const now = Atomics.load(this.control, state);
      if (now === SlotState.filled && this.claim(slot, SlotState.filled)) {
        this.encrypt(slot, true);
        break;
      }
      if (now === SlotState.done) {
        const length = this.control[this.word(slot, Control.length)]! + TAG;
        this.write(this.sealed.subarray(slot * SEALED_CHUNK, slot * SEALED_CHUNK + length));
        break;
      }
      if (now !== SlotState.lane && now !== SlotState.writing) continue;
      // Help only while the lane is trusted: once given up on, its slots' ciphertext memory is
      // not used again (a thread being ended might still be copying into it).
      if (this.lane && this.encryptANewerOne()) continue;
      const waited = Atomics.wait(this.control, state, now, LANE_PATIENCE_MS);
      // The lane stalled or died holding the chunk, even halfway through copying it out: this
      // thread takes it back, encrypts it again and finishes the seal alone.
      if (waited === 'timed-out' && this.claim(slot, now)) {
        this.stopLane();
        this.encrypt(slot, true);
        break;
      }
    }
    Atomics.store(this.control, state, SlotState.free);
    this.written++;
  }

  /** While the lane holds the oldest chunk, one filled after it is encrypted here. */
  private encryptANewerOne(): boolean {
    for (let i = this.written + 1; i < this.produced; i++) {
      const slot = i % this.slots;
      if (this.claim(slot, SlotState.filled)) {
        this.encrypt(slot, false);
        return true;
      }
    }
    return false;
  }
}
