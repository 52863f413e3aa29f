// The sealing thread's side of the STREAM encryption: plaintext is gathered into 64 KiB chunks
// in a ring of slots, and each chunk is encrypted by whichever thread is free — this one or the
// lane (seal-lane.ts) — and written where it belongs in the payload by that same thread (into
// the package file, or into the ring for this thread to copy when the seal is in memory).
//
// This thread reads, hashes (the caller's `seen`), fills the ring and retires its chunks in
// order; when it would otherwise wait it encrypts chunks itself: the oldest one when the lane has
// not taken it, a newer one while the lane holds the oldest. Without a lane (small payloads, or
// none could start) it simply encrypts every chunk as it is filled, in the same code path.
import { createCipheriv, type KeyObject } from 'node:crypto';
import { TAG } from './aead';
import { CHUNK, SEALED_CHUNK, chunkNonce } from './chunk-format';
import {
  Control,
  SLOTS,
  SlotState,
  controlWords,
  leaseLane,
  tookBackAfterWait,
  type LaneLease,
} from './seal-lane';
import { CHUNKS_BETWEEN_COLLECTIONS, collectDeadChunks } from './young-garbage';

/**
 * Payloads from this size on get a lane. Below it a seal is a few chunks, over before a
 * thread could start, and not worth the ~20 MB a lane holds while it lives.
 */
export const LANE_FROM_BYTES = 4 * 1024 * 1024;

/** What room() offers at most: 8 chunks, one read of 512 KiB, half the ring still in flight. */
const ROOM_SLOTS = 8;

/** Where a payload goes: written by position, by this thread or (into `file`) by the lane. */
export interface PayloadSink {
  /** Writes the parts one after another from payload offset `at`; consumed before it returns. */
  writeAt(parts: readonly Buffer[], at: number): void;
  /** Every payload byte before `end` is in place. */
  reached?(end: number): void;
  /** The file the payload goes into and where it starts there; null for a payload in memory. */
  file: { path: string; payloadAt: number } | null;
}

export class SealRing {
  private readonly control: Int32Array;
  private readonly plain: Buffer;
  private readonly sealed: Buffer;
  private lane: LaneLease | null;
  /** Chunks the ring holds: SLOTS with a lane, one alone. */
  private readonly slots: number;
  /** Chunks filled (the next one's index), chunks retired, bytes in the chunk being filled. */
  private produced = 0;
  private retired = 0;
  private filling = 0;
  private sealedHere = 0;
  private finished = false;

  /**
   * Chunk i goes to payload offset `chunksAt` + i × SEALED_CHUNK. `rawKey` is the payload key
   * the lane imports; it is not kept here.
   */
  constructor(
    private readonly key: KeyObject,
    rawKey: Uint8Array,
    private readonly chunks: number,
    totalBytes: number,
    private readonly sink: PayloadSink,
    private readonly chunksAt: number,
  ) {
    // A seal that runs alone (small packages) needs one chunk of plain memory, nothing shared.
    const file = sink.file && { path: sink.file.path, chunksAt: sink.file.payloadAt + chunksAt };
    this.lane = totalBytes >= LANE_FROM_BYTES && chunks > 1 ? leaseLane(rawKey, file) : null;
    const shared = this.lane?.ring;
    this.slots = shared ? SLOTS : 1;
    this.control = new Int32Array(shared?.control ?? new ArrayBuffer(controlWords * 4));
    this.plain = Buffer.from(shared?.plain ?? new ArrayBuffer(CHUNK));
    this.sealed = Buffer.from(shared?.sealed ?? new ArrayBuffer(0));
  }

  /** Adds plaintext (copied in); a full chunk is closed only once more follows. */
  add(piece: Buffer): void {
    for (let at = 0; at < piece.length;) {
      const room = this.room(piece.length - at);
      at += piece.copy(room, 0, at, at + room.length);
      this.took(room.length);
    }
  }

  /**
   * Where the next plaintext can be put in place — a file is read straight into the ring
   * instead of into a buffer of its own and copied from there (a 200 MB seal under perf: the
   * sealing thread's copies fell from ~14 % to ~8 % of the samples, the hash being ~15 %): a
   * view of at most `max` bytes, never empty, over the rest of the chunk being filled and the
   * free slots after it. `took` says how much was put there.
   */
  room(max: number): Buffer {
    if (this.filling === CHUNK) this.commit();
    if (this.filling === 0) this.makeRoom();
    this.retireSealed();
    const slot = this.produced % this.slots;
    // Chunk produced + j may be filled once chunk produced + j - slots was retired.
    const slots = Math.min(
      this.slots - slot,
      this.retired + this.slots - this.produced,
      ROOM_SLOTS,
    );
    const from = slot * CHUNK + this.filling;
    return this.plain.subarray(from, Math.min(from + max, (slot + slots) * CHUNK));
  }

  /** `n` bytes were put where room() said: each chunk they filled is closed if more follows. */
  took(n: number): void {
    while (n > 0) {
      if (this.filling === CHUNK) this.commit();
      const take = Math.min(CHUNK - this.filling, n);
      this.filling += take;
      n -= take;
    }
  }

  /** Closes the last chunk and retires everything still in the ring. */
  finish(): void {
    if (this.filling === 0) this.makeRoom();
    this.commit();
    while (this.retired < this.produced) this.retireOldest();
    // A kept lane's ring does not hold what this package carried until the next seal.
    this.plain.fill(0);
    this.finished = true;
    this.releaseLane();
  }

  /**
   * Lets the lane go: kept for the next seal when this one finished (every slot is free
   * again), ended after a failure, when slots may still be the lane's.
   */
  releaseLane(): void {
    this.lane?.release(this.finished);
    this.lane = null;
  }

  private word(slot: number, field: number): number {
    return Control.head + slot * Control.fields + field;
  }

  private stateAt(slot: number): number {
    return this.word(slot, Control.state);
  }

  /** Retires, without waiting, the oldest chunks already sealed, so that room() may span them. */
  private retireSealed(): void {
    while (this.retired < this.produced) {
      const now = Atomics.load(this.control, this.stateAt(this.retired % this.slots));
      if (now !== SlotState.written && now !== SlotState.done) return;
      this.retireOldest();
    }
  }

  /** The slot of the next chunk must have been retired. */
  private makeRoom(): void {
    while (this.retired <= this.produced - this.slots) this.retireOldest();
  }

  private commit(): void {
    const slot = this.produced % this.slots;
    const c = this.control;
    c[this.word(slot, Control.index)] = this.produced;
    c[this.word(slot, Control.length)] = this.filling;
    c[this.word(slot, Control.last)] = this.produced === this.chunks - 1 ? 1 : 0;
    c[this.word(slot, Control.of)] = this.lane?.session ?? 0;
    Atomics.store(c, this.stateAt(slot), SlotState.filled);
    this.produced++;
    this.filling = 0;
    if (this.lane) {
      Atomics.store(c, Control.produced, this.produced);
      Atomics.notify(c, Control.produced);
    } else {
      // Alone, every chunk is encrypted as soon as it is full, straight to the sink.
      this.retireOldest();
    }
  }

  private claim(slot: number, from: number): boolean {
    return Atomics.compareExchange(this.control, this.stateAt(slot), from, SlotState.main) === from;
  }

  /** Where chunk `index` goes in the payload. */
  private offsetOf(index: number): number {
    return this.chunksAt + index * SEALED_CHUNK;
  }

  /** Encrypts a slot's chunk here and writes it where it belongs. */
  private encrypt(slot: number): void {
    const c = this.control;
    const index = c[this.word(slot, Control.index)]!;
    const length = c[this.word(slot, Control.length)]!;
    const nonce = chunkNonce(index, c[this.word(slot, Control.last)] === 1);
    const cipher = createCipheriv('chacha20-poly1305', this.key, nonce, { authTagLength: TAG });
    const out = cipher.update(this.plain.subarray(slot * CHUNK, slot * CHUNK + length));
    cipher.final();
    this.sink.writeAt([out, cipher.getAuthTag()], this.offsetOf(index));
    if (++this.sealedHere % CHUNKS_BETWEEN_COLLECTIONS === 0) collectDeadChunks();
  }

  /** Retires the oldest chunk: encrypts it (or a newer one) if need be, and sees it in place. */
  private retireOldest(): void {
    const slot = this.retired % this.slots;
    const state = this.stateAt(slot);
    for (;;) {
      const now = Atomics.load(this.control, state);
      if (now === SlotState.filled && this.claim(slot, SlotState.filled)) {
        this.encrypt(slot);
        break;
      }
      if (now === SlotState.written) break;
      if (now === SlotState.done) {
        // The lane sealed it into the ring (a payload in memory): copied to its place here.
        const length = this.control[this.word(slot, Control.length)]! + TAG;
        const from = slot * SEALED_CHUNK;
        this.sink.writeAt([this.sealed.subarray(from, from + length)], this.offsetOf(this.retired));
        break;
      }
      if (now !== SlotState.lane && now !== SlotState.writing) continue;
      // Help only while the lane is trusted: once given up on, its slots' ciphertext memory is
      // not used again (a thread being ended might still be copying into it).
      if (this.lane && this.encryptANewerOne()) continue;
      // The lane stalled or died holding the chunk, even halfway through writing it: this
      // thread takes it back, encrypts and writes it again (the same bytes), and finishes the
      // seal alone.
      if (tookBackAfterWait(this.control, state, now)) {
        this.lane?.giveUp();
        this.lane = null;
        this.encrypt(slot);
        break;
      }
    }
    Atomics.store(this.control, state, SlotState.free);
    this.retired++;
    // Where the next chunk starts (past the end for the last, which only asks earlier).
    this.sink.reached?.(this.offsetOf(this.retired));
  }

  /** While the lane holds the oldest chunk, one filled after it is encrypted here. */
  private encryptANewerOne(): boolean {
    for (let i = this.retired + 1; i < this.produced; i++) {
      const slot = i % this.slots;
      if (this.claim(slot, SlotState.filled)) {
        this.encrypt(slot);
        Atomics.store(this.control, this.stateAt(slot), SlotState.written);
        return true;
      }
    }
    return false;
  }
}
