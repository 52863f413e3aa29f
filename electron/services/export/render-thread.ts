// Exports run on a thread of their own (a worker), for two reasons a user notices:
// - A 100-page PDF takes about a second of CPU. On the thread that answers calls it stopped
//   every other call for that long: in Electron the whole IPC, in the browser host every
//   request (the drafts' autosave included).
// - Memory. V8 lets the young generation of a thread that allocates as fast as an export does
//   grow to 128 MB, and keeps it: half of the 100-page PDF's peak (issue 10: ≤ 300 MB). The
//   export thread's is capped (resourceLimits), and the thread ends when idle, so its whole heap
//   — the brief's text included — goes back to the system. (Not at every lock: a new thread
//   loads the exporters again, and the main thread's heap holds such garbage as long.)
// One thread, one export at a time (they queue in its message port); it starts with the first
// export and again after it ended.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../../shared/result';
import type { RenderRequest } from './render-brief';
import type { RenderAnswer } from './render-worker';

/** The export thread's young generation (V8 semi-spaces): enough that collections stay cheap. */
const YOUNG_GENERATION_MB = 48;
/** An export thread with nothing to do ends after this long; the next export starts another. */
const IDLE_MS = 2 * 60 * 1000;

interface Waiting {
  request: RenderRequest;
  resolve: (bytes: Buffer) => void;
  reject: (e: unknown) => void;
}

let thread: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();
let idleTimer: NodeJS.Timeout | null = null;
/** Set when a thread failed before its modules loaded: exports then render where they are. */
let threadUnavailable = false;
/** Threads ended on purpose (their exit is not a failure to start). */
const ended = new WeakSet<Worker>();

/**
 * The worker's entry beside this module: the built render-worker.js in the app (one of the main
 * build's entries), the TypeScript source under tsx in tests. Null where neither is there (a
 * bundle without that entry).
 */
function entry(): { file: string; execArgv: string[] } | null {
  const here = fileURLToPath(import.meta.url);
  const source = here.endsWith('.ts');
  const file = join(dirname(here), source ? 'render-worker.ts' : 'render-worker.js');
  if (!existsSync(file)) return null;
  return { file, execArgv: source ? ['--import', 'tsx'] : [] };
}

const threadFailure = (detail: string) =>
  AppFailure.of(
    'internal',
    `Luồng xuất văn bản dừng bất thường (${detail}); chưa có tệp nào được ghi. Hãy thử xuất lại.`,
    `The export thread stopped unexpectedly (${detail}); no file was written. Try the export again.`,
  );

/** Rendering in the calling thread, as before the export thread (and where it cannot start). */
const renderHere = (request: RenderRequest) =>
  // Loaded only here: a main thread whose exports run on their own thread never holds the
  // exporters (pdfmake, docx, the fonts).
  import('./render-brief').then((m) => m.renderBriefHere(request));

function takeWaiting(): Waiting[] {
  const all = [...waiting.values()];
  waiting.clear();
  return all;
}

function start(at: { file: string; execArgv: string[] }): Worker {
  const worker = new Worker(at.file, {
    execArgv: at.execArgv,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  let ready = false;
  let gone = false;
  // A thread that dies before it has loaded the exporters cannot render here at all (a build
  // or a runtime without worker support for this file): what waits renders in this thread,
  // and so does every later export. After that, a death is an export's failure.
  const died = (detail: string) => {
    if (thread === worker) thread = null;
    // 'error' is followed by 'exit': one death, handled once.
    if (gone || ended.has(worker)) return;
    gone = true;
    if (!ready) {
      threadUnavailable = true;
      console.warn(`Briefing Desk: exports render in the main thread (${detail})`);
      for (const w of takeWaiting()) renderHere(w.request).then(w.resolve, w.reject);
      return;
    }
    for (const w of takeWaiting()) w.reject(threadFailure(detail));
  };
  worker.on('message', (answer: RenderAnswer) => {
    if ('ready' in answer) {
      ready = true;
      return;
    }
    const w = waiting.get(answer.id);
    if (!w) return;
    waiting.delete(answer.id);
    if (answer.ok) w.resolve(Buffer.from(answer.bytes.buffer, 0, answer.bytes.byteLength));
    else w.reject(answer.failure ? new AppFailure(answer.failure) : new Error(answer.message));
    settle();
  });
  worker.on('error', (e) => died(e.message));
  worker.on('exit', (code) => died(`exit ${code}`));
  return worker;
}

/** While exports wait the thread keeps the process alive; idle, it lets the process end. */
function settle(): void {
  if (!thread) return;
  if (waiting.size > 0) {
    thread.ref();
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    return;
  }
  thread.unref();
  idleTimer ??= setTimeout(endExportThread, IDLE_MS);
  idleTimer.unref();
}

/** Renders a brief's file on the export thread (see the top of this file). */
export function renderBrief(request: RenderRequest): Promise<Buffer> {
  const at = threadUnavailable ? null : entry();
  if (!at) return renderHere(request);
  thread ??= start(at);
  const id = nextId++;
  const answer = new Promise<Buffer>((resolve, reject) =>
    waiting.set(id, { request, resolve, reject }),
  );
  thread.postMessage({ id, request });
  settle();
  return answer;
}

/** Ends the export thread so that its heap is returned; an export still waiting fails. */
export function endExportThread(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const worker = thread;
  thread = null;
  if (!worker) return;
  ended.add(worker);
  for (const w of takeWaiting()) w.reject(threadFailure('ended'));
  void worker.terminate();
}
