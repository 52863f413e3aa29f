// bench/export: a ~100-page brief (headings, paragraphs, 100 indicator figures with their
// footnotes, a 500-row table) exported to DOCX (docx) and PDF (pdfmake), cold and warm, with
// the process's peak memory; beside LibreOffice converting the same DOCX to PDF and pandoc
// turning the same content (as Markdown) into DOCX, in the same run.
// Run: export PATH=/work/main/node_modules/.bin:$PATH; tsx bench/export.ts
// Targets (issue 3 §4): DOCX ≤ 0.25 s warm, PDF ≤ 1.0 s warm, ≤ 300 MB.
// Each exporter runs in a child process of its own (export-child.ts), built as the app's main
// process is built (`npm run build` bundles it with Vite, the export thread's entry beside it;
// the app runs no TypeScript loader), and exports as the app does: checked in the calling
// thread, drawn on the export thread. Memory is the child's peak RSS (both threads), beside its
// baseline (brief built, nothing exported, the export thread not started). A third child runs
// the PDF all in the calling thread, as before the export thread: there V8 lets the young
// generation grow to its most (2 × 64 MB on this machine), half of that process's growth.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { figureFootnote, figureText, type Brief } from '../shared/brief';
import type { Measurement } from './export-child';
import { context, FIGURES, longBrief, SECTIONS, TABLE_ROWS } from './lib/long-brief';
import { sofficeToPdf } from '../test/integration/briefs/office';
/** The same content as Markdown, for pandoc: headings, paragraphs, footnotes, a pipe table. */
function markdown(b: Brief): string {
  const out: string[] = [];
  const notes: string[] = [];
  for (const block of b.body.content) {
    if (block.type === 'heading')
      out.push(
        `${'#'.repeat(block.attrs.level)} ${block.content?.map((n) => (n.type === 'text' ? n.text : '')).join('')}`,
      );
    if (block.type === 'paragraph')
      out.push(block.content?.map((n) => (n.type === 'text' ? n.text : '')).join('') ?? '');
    if (block.type === 'bulletList') {
      for (const item of block.content) {
        const para = item.content[0];
        const text = para?.type === 'paragraph' ? (para.content ?? []) : [];
        out.push(
          '- ' +
            text
              .map((n) => {
                if (n.type === 'text') return n.text;
                if (n.type !== 'indicatorFigure') return '';
                notes.push(`[^${notes.length + 1}]: ${figureFootnote(n.attrs.snapshot)}`);
                return `${figureText(n)}[^${notes.length}]`;
              })
              .join(''),
        );
      }
    }
    if (block.type === 'table') {
      out.push(
        '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn | Tình trạng |',
        '|---|---|---|---|---|',
      );
      for (let i = 0; i < TABLE_ROWS; i++)
        out.push(
          `| ${i + 1} | Nhiệm vụ số ${i + 1} theo kết luận | Bộ Ngoại giao | 30/9/2025 | Đang thực hiện |`,
        );
    }
    out.push('');
  }
  return [...out, ...notes].join('\n');
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
function pages(pdf: string): string {
  if (!has('pdfinfo')) return '?';
  return /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? '?';
}

/**
 * The exporters as the app runs them: bundled from source the way `npm run build` bundles the
 * main process (Vite, dependencies left to node_modules), into out/bench/ so that node_modules
 * and assets/fonts are found from there. A child run from source under tsx also carries tsx's
 * loader thread and its transformed sources, tens of MB the app does not have.
 */
async function buildChild(): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = join(root, 'out', 'bench');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: {
          'export-child': join(root, 'bench', 'export-child.ts'),
          // Beside the chunk that starts it, as in out/main (electron.vite.config.ts).
          'render-worker': join(root, 'electron', 'services', 'export', 'render-worker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  return join(outDir, 'export-child.js');
}

function measure(
  format: 'docx' | 'pdf',
  where: 'thread' | 'here',
  out: string,
  built: string,
): Measurement {
  const res = spawnSync(process.execPath, ['--expose-gc', built, format, where, out], {
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`${format} bench failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1) ?? '{}') as Measurement;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bd-bench-export-'));
  const docxFile = join(dir, 'brief.docx');
  const pdfFile = join(dir, 'brief.pdf');
  const built = await buildChild();
  const docx = measure('docx', 'thread', docxFile, built);
  const pdf = measure('pdf', 'thread', pdfFile, built);
  // The same PDF all in the calling thread, as the app exported until December 2026.
  const here = measure('pdf', 'here', join(dir, 'here.pdf'), built);
  const docxWarm = median(docx.warmMs);
  const pdfWarm = median(pdf.warmMs);

  const rows: string[][] = [
    [
      'DOCX (docx)',
      seconds(docx.coldMs),
      seconds(docxWarm),
      `${(docx.bytes / 1024).toFixed(0)} KiB`,
      `${docx.peakMb.toFixed(0)} MB (${docx.baselineMb.toFixed(0)} before)`,
      docxWarm <= 250 ? 'PASS' : 'MISS',
    ],
    [
      'PDF (pdfmake)',
      seconds(pdf.coldMs),
      seconds(pdfWarm),
      `${pages(pdfFile)} pages`,
      `${pdf.peakMb.toFixed(0)} MB (${pdf.baselineMb.toFixed(0)} before)`,
      pdfWarm <= 1000 ? 'PASS' : 'MISS',
    ],
  ];

  let docxPages = 'not measured (no LibreOffice)';
  if (has('soffice')) {
    const t = performance.now();
    sofficeToPdf([docxFile], { profile: join(dir, 'lo-profile'), outDir: join(dir, 'lo') });
    docxPages = pages(join(dir, 'lo', 'brief.pdf'));
    rows.push([
      'LibreOffice DOCX→PDF',
      seconds(performance.now() - t),
      '–',
      `${docxPages} pages`,
      '(separate process)',
      '',
    ]);
  } else {
    rows.push(['LibreOffice DOCX→PDF', 'not installed', '–', '–', '–', '']);
  }
  if (has('pandoc')) {
    const md = join(dir, 'brief.md');
    writeFileSync(md, markdown(longBrief(context())));
    const t = performance.now();
    execFileSync('pandoc', [md, '-o', join(dir, 'pandoc.docx')]);
    rows.push([
      'pandoc Markdown→DOCX',
      seconds(performance.now() - t),
      '–',
      '',
      '(separate process)',
      '',
    ]);
  } else {
    rows.push(['pandoc Markdown→DOCX', 'not installed: skipped', '–', '–', '–', '']);
  }

  const header = ['', 'cold', 'warm (median)', 'output', 'peak RSS', 'time target'];
  const widths = header.map((_, c) =>
    Math.max(...[header, ...rows].map((r) => (r[c] ?? '').length)),
  );
  const fmt = (r: string[]) => r.map((x, c) => x.padEnd(widths[c]!)).join('  ');
  console.log(
    `Brief: ${SECTIONS} sections, ${FIGURES} figures with footnotes, a ${TABLE_ROWS}-row table; node ${process.version}`,
  );
  console.log(fmt(header));
  for (const r of rows) console.log(fmt(r));
  console.log('Targets: DOCX ≤ 0.25 s warm, PDF ≤ 1.0 s warm, ≤ 300 MB peak.');
  const pdfPages = pages(pdfFile);
  console.log(
    `Pages: PDF (pdfmake) ${pdfPages}, DOCX (as LibreOffice lays it out) ${docxPages}${pdfPages === docxPages ? ' — the same' : ' — DIFFERENT'}`,
  );
  for (const [name, m] of [
    ['DOCX', docx],
    ['PDF', pdf],
  ] as const) {
    console.log(
      `Memory ${name}: peak ${m.peakMb.toFixed(0)} MB ≤ 300 MB ${m.peakMb <= 300 ? 'PASS' : 'MISS'}` +
        ` (after the cold export ${m.coldPeakMb.toFixed(0)} MB). Baseline ${m.baselineMb.toFixed(0)} MB:` +
        ' this child with node and the built modules loaded and the brief built, nothing' +
        ' exported, the export thread not started. Warm CPU time (both threads)' +
        ` ${m.warmCpuMs.map((x) => seconds(x)).join(', ')}.`,
    );
  }
  console.log(
    `PDF in the calling thread (before the export thread): cold ${seconds(here.coldMs)},` +
      ` warm ${seconds(median(here.warmMs))} (CPU ${seconds(median(here.warmCpuMs))}),` +
      ` peak ${here.peakMb.toFixed(0)} MB, baseline ${here.baselineMb.toFixed(0)} MB; V8's young` +
      ` generation took ${(here.youngPeakMb - here.youngBaseMb).toFixed(0)} MB of the growth` +
      ` (${here.youngMaxMb.toFixed(0)} MB its most).`,
  );
  rmSync(dir, { recursive: true, force: true });
}

await main();
