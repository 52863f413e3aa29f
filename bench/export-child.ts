// One exporter of bench/export.ts in a process of its own, so that each peak RSS is that
// exporter's: `node out/bench/export-child.js docx|pdf thread|here <file>` (the built module, as
// the app runs it). `thread`: as the app exports — the pre-export check here, the rendering on
// the export thread (electron/services/export/render-thread.ts), the process's memory and CPU
// counting both threads; `here`: all in the calling thread, as before the export thread. The
// brief is built (baseline), then one cold export and warm ones, with a collection of this
// thread's heap between them as an idle app would have; the measurement is printed as JSON.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { assertExportable } from '../electron/services/export/exportable';
import { endExportThread, renderBrief } from '../electron/services/export/render-thread';
import type { Brief } from '../shared/brief';
import { context, longBrief } from './lib/long-brief';

export interface Measurement {
  coldMs: number;
  warmMs: number[];
  /** CPU time of each warm export: on a busy machine the wall time says more about the others. */
  warmCpuMs: number[];
  baselineMb: number;
  /** Peak once the cold export is done; peakMb is after the warm ones too. */
  coldPeakMb: number;
  peakMb: number;
  youngBaseMb: number;
  youngPeakMb: number;
  youngMaxMb: number;
  bytes: number;
}

const rssMb = () => process.resourceUsage().maxRSS / 1024;
/** V8's young generation: the memory its semi-spaces hold now, and the most they may. */
const young = () => {
  const s = getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
  return { mb: (s?.physical_space_size ?? 0) / 2 ** 20, maxMb: (s?.space_size ?? 0) / 2 ** 20 };
};
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

type Where = 'thread' | 'here';

/** Warm exports measured (their median is the figure); BD_BENCH_WARM overrides both. */
const WARM_RUNS = {
  docx: Number(process.env.BD_BENCH_WARM ?? 5),
  pdf: Number(process.env.BD_BENCH_WARM ?? 3),
};

/**
 * Half a second between warm exports, as between two exports a person asks for: the export
 * thread collects its heap once it has answered (render-worker.ts), and an export asked for
 * within those milliseconds would wait for that, which is not the export's own time.
 */
const idle = () => new Promise((done) => setTimeout(done, 500));

/** The app's path (briefs.export): checked in this thread, drawn on the export thread. */
const onThread = (format: 'docx' | 'pdf') => (brief: Brief) => {
  assertExportable(brief);
  return renderBrief({ brief, format, asDraft: false });
};

async function child(format: 'docx' | 'pdf', where: Where, out: string): Promise<void> {
  const brief = longBrief(context());
  // The exporters are loaded into this thread only to export here (the app's main thread no
  // longer loads them), before the baseline as the app did then.
  const here = where === 'here' ? await import('../electron/services/export') : null;
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  gc();
  const baselineMb = rssMb();
  const youngBaseMb = young().mb;
  const run = here ? (format === 'docx' ? here.exportDocx : here.exportPdf) : onThread(format);
  let t = performance.now();
  const bytes = await run(brief);
  const coldMs = performance.now() - t;
  const coldPeakMb = rssMb();
  writeFileSync(out, bytes);
  const warmMs: number[] = [];
  const warmCpuMs: number[] = [];
  for (let i = 0; i < WARM_RUNS[format]; i++) {
    gc();
    await idle();
    t = performance.now();
    const cpu = process.cpuUsage();
    await run(brief);
    warmMs.push(performance.now() - t);
    warmCpuMs.push(cpuMs(cpu));
  }
  const m: Measurement = {
    coldMs,
    warmMs,
    warmCpuMs,
    baselineMb,
    coldPeakMb,
    peakMb: rssMb(),
    youngBaseMb,
    youngPeakMb: young().mb,
    youngMaxMb: young().maxMb,
    bytes: bytes.length,
  };
  endExportThread();
  console.log(JSON.stringify(m));
}

const [format, where, out] = process.argv.slice(2);
if ((format === 'docx' || format === 'pdf') && (where === 'thread' || where === 'here') && out)
  await child(format, where, out);
