// The opening thread's side of a large payload's decryption on two threads: this thread reads
// sealed chunks straight into the shared ring, the lane (seal-lane.ts) decrypts and verifies
// them into the ring's plain memory, and this thread hands each chunk's plaintext on strictly in
// order, only once its tag verified — the same contract as the one-thread loop in stream.ts.
// Opening 1,000 records and 20 MB of renderings spent ~12 of its ~60 ms in the cipher on this
// thread, beside ~11 of hashing and ~10 of writing the renderings out (issue 11: open within 2×
// the `age` CLI).
//
// As when sealing, the lane only helps: this thread decrypts any chunk the lane has not taken
// (a newer one too, while the lane holds the oldest), takes back a chunk held too long and then
// finishes alone, decrypting into buffers of its own: once given up on, the lane's plain
// memory is not read again.
import type { KeyObject } from 'node:crypto';
import { exchangeFailures } from '../failures';
import type { CipherSource } from '../byte-source';
import { TAG } from './aead';
import { CHUNK, SEALED_CHUNK, chunkNonce, openChunk } from './chunk-format';
import { Control, SLOTS, SlotState, tookBackAfterWait, type LaneLease } from './seal-lane';
import { CHUNKS_BETWEEN_COLLECTIONS, collectDeadChunks } from './young-garbage';

/** A chunk whose tag does not verify, or a payload file that changed while it was read. */
export const payloadAltered = () =>
  exchangeFailures.corrupt(
    'dữ liệu bị sửa, bị cắt hoặc thừa / payload altered, truncated or extended',
  );

export class OpenRing {
  private readonly control: Int32Array;
  private readonly plain: Buffer;
  private readonly sealed: Buffer;
  /** Chunks read into the ring, chunks handed on; where the next chunk starts in the source. */
  private read = 0;
  private handed = 0;
  private at: number;
  private openedHere = 0;

  /** Chunk 0 starts at `chunksAt` in `src`; the lane holds the payload key already. */
  /** Null once given up on. */
  private lane: LaneLease | null;

  constructor(
    private readonly key: KeyObject,
    lane: LaneLease,
    private readonly src: CipherSource,
    chunksAt: number,
    private readonly chunks: number,
  ) {
    this.lane = lane;
    this.at = chunksAt;
    const ring = lane.ring;
    this.control = new Int32Array(ring.control);
    this.plain = Buffer.from(ring.plain);
    this.sealed = Buffer.from(ring.sealed);
  }

  /** Hands every chunk's verified plaintext to `each`, in order; valid until `each` returns. */
  run(each: (plain: Buffer) => void): void {
    let finished = false;
    try {
      while (this.handed < this.chunks) {
        this.readAhead();
        this.handOldest(each);
      }
      // A kept lane's ring does not hold what this package carried until the next use.
      this.plain.fill(0);
      finished = true;
    } finally {
      this.lane?.release(finished);
      this.lane = null;
    }
  }

  private word(slot: number, field: number): number {
    return Control.head + slot * Control.fields + field;
  }

  private claim(slot: number, from: number): boolean {
    const state = this.word(slot, Control.state);
    return Atomics.compareExchange(this.control, state, from, SlotState.main) === from;
  }

  /** Fills every free slot with the next sealed chunks, straight from the source. */
  private readAhead(): void {
    const c = this.control;
    while (this.read < this.chunks && this.read < this.handed + SLOTS) {
      const slot = this.read % SLOTS;
      const want = Math.min(SEALED_CHUNK, this.src.size - this.at);
      const into = this.sealed.subarray(slot * SEALED_CHUNK, slot * SEALED_CHUNK + want);
      // A file that shrank while it was read.
      if (this.src.readInto(into, this.at, want) < want) throw payloadAltered();
      this.at += want;
      c[this.word(slot, Control.index)] = this.read;
      c[this.word(slot, Control.length)] = want;
      c[this.word(slot, Control.last)] = this.read === this.chunks - 1 ? 1 : 0;
      c[this.word(slot, Control.of)] = this.lane?.session ?? 0;
      Atomics.store(c, this.word(slot, Control.state), SlotState.filled);
      this.read++;
      if (this.lane) {
        Atomics.store(c, Control.produced, this.read);
        Atomics.notify(c, Control.produced);
      }
    }
  }

  /** Decrypts a slot's chunk here; its plaintext, or null if its tag did not verify. */
  private decrypt(slot: number): Buffer | null {
    const c = this.control;
    const from = slot * SEALED_CHUNK;
    const plain = openChunk(
      this.key,
      chunkNonce(c[this.word(slot, Control.index)]!, c[this.word(slot, Control.last)] === 1),
      this.sealed.subarray(from, from + c[this.word(slot, Control.length)]!),
    );
    if (plain && ++this.openedHere % CHUNKS_BETWEEN_COLLECTIONS === 0) collectDeadChunks();
    return plain;
  }

  /** Hands the oldest chunk on once verified, decrypting it (or a newer one) if need be. */
  private handOldest(each: (plain: Buffer) => void): void {
    const slot = this.handed % SLOTS;
    const state = this.word(slot, Control.state);
    for (;;) {
      const now = Atomics.load(this.control, state);
      if (now === SlotState.filled && this.claim(slot, SlotState.filled)) {
        const plain = this.decrypt(slot);
        if (plain === null) throw payloadAltered();
        each(plain);
        break;
      }
      if (now === SlotState.done) {
        const length = this.control[this.word(slot, Control.length)]! - TAG;
        each(this.plain.subarray(slot * CHUNK, slot * CHUNK + length));
        break;
      }
      if (now === SlotState.bad) throw payloadAltered();
      if (now !== SlotState.lane && now !== SlotState.writing) continue;
      if (this.lane && this.decryptANewerOne()) continue;
      if (tookBackAfterWait(this.control, state, now)) {
        this.lane?.giveUp();
        this.lane = null;
        const plain = this.decrypt(slot);
        if (plain === null) throw payloadAltered();
        each(plain);
        break;
      }
    }
    Atomics.store(this.control, state, SlotState.free);
    this.handed++;
  }

  /** While the lane holds the oldest chunk, one read after it is decrypted into its slot here. */
  private decryptANewerOne(): boolean {
    for (let i = this.handed + 1; i < this.read; i++) {
      const slot = i % SLOTS;
      if (!this.claim(slot, SlotState.filled)) continue;
      const plain = this.decrypt(slot);
      if (plain !== null) plain.copy(this.plain, slot * CHUNK);
      Atomics.store(
        this.control,
        this.word(slot, Control.state),
        plain === null ? SlotState.bad : SlotState.done,
      );
      return true;
    }
    return false;
  }
}
