// Bounded memory while streaming a package. Every chunk's cipher output is a fresh 64 KiB
// buffer outside V8's heap (node:crypto has no update-into-a-buffer), and V8 collects such
// buffers only once external memory has grown by about 64 MB since its last full collection:
// left alone, a 200 MB package keeps ~70 MB of dead chunks alive at its peak. A minor (young
// generation) collection every 4 MiB frees them while they are still young; it costs well under
// a millisecond, and measured on the bench it even makes sealing faster (the allocator reuses
// the freed pages instead of faulting in new ones: bench/exchange.ts). Every 16 MiB, as it was,
// opening 1,000 records and 20 MB of renderings peaked ~64 MB above the process's baseline;
// every 4 MiB, ~42 MB (bench/exchange-child.ts, the same package and machine).
//
// node exposes gc() only behind --expose-gc; the flag is set at run time and the function taken
// from a fresh context, once. Where that is refused, streaming still works, with V8's own pace.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Chunks between two collections: 64 × 64 KiB = 4 MiB. */
export const CHUNKS_BETWEEN_COLLECTIONS = 64;

type Gc = (options?: { type?: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;
let gc: Gc | null | undefined;

function minorGc(): Gc | null {
  if (gc !== undefined) return gc;
  try {
    const existing = (globalThis as { gc?: Gc }).gc;
    if (typeof existing === 'function') gc = existing;
    else {
      v8.setFlagsFromString('--expose-gc');
      const fromContext = vm.runInNewContext('typeof gc === "function" ? gc : null') as Gc | null;
      gc = fromContext;
    }
  } catch {
    gc = null;
  }
  return gc;
}

/** Frees the dead chunk buffers of the last 4 MiB (call every CHUNKS_BETWEEN_COLLECTIONS). */
export function collectDeadChunks(): void {
  minorGc()?.({ type: 'minor' });
}
