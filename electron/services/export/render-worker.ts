// The export thread's entry (render-thread.ts starts it): renders one brief per message, one
// at a time, and answers with the file's bytes, moved rather than copied, or with the failure
// as data (an AppFailure's bilingual message survives; any other error becomes its message).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { AppFailure } from '../../../shared/result';
import { renderBriefHere, type RenderRequest } from './render-brief';

export type RenderAnswer =
  | { ready: true }
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; failure: AppFailure['error'] | null; message: string };

/**
 * A full collection of this thread's heap. An export leaves ~50 MB of garbage that V8 would
 * keep until a later export pushed the heap past its next limit: four exports in a row held
 * ~390 MB for the 100-page brief. Collected once the file has been handed over (the user does
 * not wait for it) and only when no other export waits, it returns the process to ~240 MB.
 * Workers refuse `--expose-gc` in execArgv, so the collector is reached as young-garbage.ts
 * reaches it: the flag set at run time, then `gc` taken from a context created after it.
 */
const collect = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return () => undefined;
  }
})();

let queue = Promise.resolve();
let waiting = 0;

async function answer(id: number, request: RenderRequest): Promise<void> {
  try {
    // A Buffer may be a view into a shared pool: hand over a copy that owns its memory.
    const bytes = new Uint8Array(await renderBriefHere(request));
    parentPort!.postMessage({ id, ok: true, bytes } satisfies RenderAnswer, [bytes.buffer]);
  } catch (e) {
    parentPort!.postMessage({
      id,
      ok: false,
      failure: e instanceof AppFailure ? e.error : null,
      message: e instanceof Error ? e.message : String(e),
    } satisfies RenderAnswer);
  }
}

parentPort?.on('message', ({ id, request }: { id: number; request: RenderRequest }) => {
  waiting += 1;
  queue = queue.then(async () => {
    await answer(id, request);
    waiting -= 1;
    if (waiting === 0) collect();
  });
});

// The exporters have loaded (the imports above): from now on a death is an export's failure.
parentPort?.postMessage({ ready: true } satisfies RenderAnswer);
