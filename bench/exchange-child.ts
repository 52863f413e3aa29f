// One side of bench/exchange.ts, in a process of its own so that its peak RSS is its own:
// `tsx bench/exchange-child.ts seal|open <dir> <load>` warms up, then waits for a line on its
// standard input before each of its RUNS measurements — sealing the load's items into
// <load>/package.bdpack, or opening that file — and answers each with a line holding its time.
// The parent runs the CLI's measurement between two of ours, so that both sides are measured
// in turn under the same machine (this VM's speed swings by ±40 % within minutes: five of ours
// then five of the CLI's could fall in different phases). After the last run it prints the
// median, the first run's time, the RSS high-water mark and the baseline, as JSON.
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cardFingerprint } from '../electron/services/exchange/card';
import {
  openPackageFile,
  sealPackageToFile,
  type OpenContext,
  type Party,
  type SealInput,
} from '../electron/services/exchange/package';
import type { ItemKind } from '../shared/exchange/manifest';

/** Runs per measurement (median taken); BD_BENCH_RUNS overrides. */
export const RUNS = Number(process.env.BD_BENCH_RUNS ?? 5);

export interface ItemMeta {
  name: string;
  kind: ItemKind;
  recordId: string | null;
  length: number;
}

export interface Measure {
  ms: number;
  /** Ours only: the first run of a fresh process, JIT and schema compilation included. */
  firstMs?: number;
  peakRssMb: number | null;
  /** RSS of the measuring process after its warm-up, before it read the load. */
  startRssMb?: number;
  /** Whether the high-water mark was reset after the warm-up (else it may include it). */
  peakReset?: boolean;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function readParties(dir: string): { sender: Party; recipient: Party } {
  return JSON.parse(readFileSync(join(dir, 'parties.json'), 'utf8')) as {
    sender: Party;
    recipient: Party;
  };
}

/** Items of at least this size are sealed from their own file, as a rendering on disk would be. */
export const FROM_FILE = 1024 * 1024;

function readItems(loadDir: string): SealInput['items'] {
  const metas = JSON.parse(readFileSync(join(loadDir, 'items.json'), 'utf8')) as ItemMeta[];
  const fd = openSync(join(loadDir, 'items.bin'), 'r');
  let at = 0;
  try {
    return metas.map(({ length, ...item }, i) => {
      let bytes: SealInput['items'][number]['bytes'];
      if (length >= FROM_FILE) bytes = { file: join(loadDir, `item-${i}.bin`) };
      else {
        const b = Buffer.allocUnsafe(length);
        readSync(fd, b, 0, length, at);
        bytes = b;
      }
      at += length;
      return { item, bytes };
    });
  } finally {
    closeSync(fd);
  }
}

const mib = (kb: number) => kb / 1024;

/** The RSS high-water mark in MiB (VmHWM), or maxRSS where /proc is not there. */
function peakRss(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return mib(Number(m[1]));
  } catch {
    // not Linux
  }
  return mib(process.resourceUsage().maxRSS);
}

/** Resets the high-water mark to the current RSS (Linux ≥ 4.0); false where that is refused. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function openContext(sender: Party, recipient: Party): OpenContext {
  const senderFp = cardFingerprint(sender.card);
  return {
    me: recipient,
    findContact: (fp) => (fp === senderFp ? { card: sender.card, revoked: false } : null),
    seenPackage: () => false,
    now: new Date(),
  };
}

function child(mode: string, dir: string, load: string): void {
  const { sender, recipient } = readParties(dir);
  const loadDir = join(dir, load);
  const pkg = join(loadDir, 'package.bdpack');
  const temp = join(loadDir, 'tmp');
  mkdirSync(temp, { recursive: true });
  // Warm-up: modules, schemas and the JIT, on a package of one record, before the baseline.
  const warm = join(loadDir, `warm-${mode}.bdpack`);
  sealPackageToFile(
    {
      sender,
      recipients: [recipient.card],
      items: [
        { item: { name: 'x', kind: 'meeting', recordId: randomUUID() }, bytes: Buffer.from('{}') },
      ],
      now: new Date(),
    },
    warm,
    'replace',
  );
  openPackageFile(warm, openContext(sender, recipient), temp).dispose();
  const reset = resetPeak();
  const startRssMb = process.memoryUsage().rss / 1024 / 1024;
  process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
  const times: number[] = [];
  // Told when to run: one line on standard input per measurement, answered with its time.
  const cue = Buffer.alloc(64);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const waitForCue = () => {
    for (;;) {
      try {
        if (readSync(0, cue, 0, cue.length, null) === 0) throw new Error('the parent is gone');
        return;
      } catch (e) {
        // A standard input left non-blocking: nothing yet, ask again shortly.
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        Atomics.wait(pause, 0, 0, 1);
      }
    }
  };
  const answer = () => process.stdout.write(`${JSON.stringify({ ms: times.at(-1) })}\n`);
  if (mode === 'seal') {
    const items = readItems(loadDir);
    for (let i = 0; i < RUNS; i++) {
      waitForCue();
      // The last run's package goes before the clock starts, as the CLI's output file is
      // truncated before its clock starts: replacing it would time the file system freeing
      // 200 MB (~60 ms here), not the seal.
      rmSync(pkg, { force: true });
      const t = performance.now();
      sealPackageToFile(
        { sender, recipients: [recipient.card], items, now: new Date() },
        pkg,
        'replace',
      );
      times.push(performance.now() - t);
      answer();
    }
  } else {
    for (let i = 0; i < RUNS; i++) {
      waitForCue();
      const t = performance.now();
      const opened = openPackageFile(pkg, openContext(sender, recipient), temp);
      times.push(performance.now() - t);
      if (opened.items.length === 0) throw new Error('nothing opened');
      opened.dispose();
      answer();
    }
  }
  const result: Measure = {
    ms: median(times),
    firstMs: times[0],
    peakRssMb: peakRss(),
    startRssMb,
    peakReset: reset,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const [mode, dir, load] = process.argv.slice(2);
if (mode === 'seal' || mode === 'open') child(mode, dir!, load!);
