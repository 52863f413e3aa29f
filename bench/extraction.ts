// bench:extraction — precision and recall of the extraction engine on the labelled passages
// (test/fixtures/extraction/), and its speed: 100 KB of report text extracted warm (target
// ≤ 50 ms), beside a plain peer in the same run (NFC-normalising and splitting the same text
// into sentences, the least any reader of it must do).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Document, Packer, Paragraph } from 'docx';
import { readSource } from '../electron/services/sources/read-source';
import { extract } from '../shared/extract';
import { splitSentences } from '../shared/extract/sentences';
import { loadPassages, passageText, score } from './lib/extraction-score';

const passages = loadPassages(join(import.meta.dirname, '../test/fixtures/extraction'));
const s = score(passages);
const pct = (n: number): string => n.toFixed(3);
console.log(`Labelled passages: ${passages.length}`);
console.log(
  `Figures (value+unit+period+subject): P ${pct(s.figures.precision)}  R ${pct(s.figures.recall)}  F1 ${pct(s.figures.f1)}  (target P ≥ 0.95, R ≥ 0.90)`,
);
console.log(`Figure kind right when matched: ${s.kind.right}/${s.kind.of}`);
console.log(
  `Directives (lead+coordinating+due): P ${pct(s.directives.precision)}  R ${pct(s.directives.recall)}  F1 ${pct(s.directives.f1)}`,
);
console.log(`Directives lead F1 ${pct(s.lead.f1)}, lead+due F1 ${pct(s.due.f1)}  (target ≥ 0.90)`);
if (s.failures.length) console.log(`\nDifferences:\n  ${s.failures.join('\n  ')}`);

// 100 KB of text: the passages repeated, as one long report.
const oneOfEach = passages.map(passageText).join('\n');
let big = '';
while (big.length < 100 * 1024) big += `${oneOfEach}\n`;
big = big.slice(0, 100 * 1024);

function median(f: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

for (let i = 0; i < 3; i++) extract(big); // warm
const engine = median(() => extract(big), 9);
// CPU time as well: on a shared machine the wall clock also counts time spent waiting for a core.
const cpuTimes: number[] = [];
for (let i = 0; i < 9; i++) {
  const c0 = process.cpuUsage();
  extract(big);
  const c = process.cpuUsage(c0);
  cpuTimes.push((c.user + c.system) / 1000);
}
cpuTimes.sort((a, b) => a - b);
const peer = median(() => splitSentences(big.normalize('NFC')), 9);
const found = extract(big);
console.log(`\n100 KB (${(big.length / 1024).toFixed(0)} K chars), warm, median of 9:`);
console.log(
  `  extract: ${engine.toFixed(1)} ms wall, ${(cpuTimes[4] ?? 0).toFixed(1)} ms CPU (${found.figures.length} figures, ${found.directives.length} directives)  target ≤ 50 ms`,
);
console.log(`  peer — NFC + sentence split only: ${peer.toFixed(1)} ms`);

// A 50-page Word report (about 3,000 characters a page), opened and extracted (target ≤ 1 s),
// beside opening it alone.
const paragraphs = big.split('\n').filter(Boolean);
const pages: string[] = [];
for (let i = 0; pages.join('').length < 50 * 3000; i++)
  pages.push(paragraphs[i % paragraphs.length] ?? '');
const dir = mkdtempSync(join(tmpdir(), 'bd-bench-extract-'));
const file = join(dir, 'report-50-pages.docx');
writeFileSync(
  file,
  await Packer.toBuffer(
    new Document({ sections: [{ children: pages.map((p) => new Paragraph(p)) }] }),
  ),
);
const times: number[] = [];
const openOnly: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const src = await readSource(file);
  const t1 = performance.now();
  extract(src.text);
  const t2 = performance.now();
  times.push(t2 - t0);
  openOnly.push(t1 - t0);
}
times.sort((a, b) => a - b);
openOnly.sort((a, b) => a - b);
console.log(`\n50-page DOCX (${(pages.join('').length / 1024).toFixed(0)} K chars), median of 5:`);
console.log(`  open + extract: ${(times[2] ?? 0).toFixed(0)} ms  target ≤ 1000 ms`);
console.log(`  peer — open (mammoth) only: ${(openOnly[2] ?? 0).toFixed(0)} ms`);
rmSync(dir, { recursive: true, force: true });
