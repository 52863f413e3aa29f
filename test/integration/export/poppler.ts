// Reading a PDF back the way a records clerk's tools would: poppler's pdfinfo, pdffonts,
// pdftotext (with word boxes) and pdftoppm.
import { execFileSync } from 'node:child_process';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Line {
  y: number;
  words: Word[];
  text: string;
}

const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function hasTool(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The size of every page, in points, in order (pdfinfo gives page 1's alone unless asked). */
export function pageSizes(file: string): { width: number; height: number }[] {
  const { pages } = pdfInfo(file);
  const out = run('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Each font of the file with whether it is embedded (pdffonts' "emb" column). */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const m = /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(l);
      return { name: l.split(/\s+/)[0] ?? '', embedded: m?.[1] === 'yes' };
    });
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);

export function pageWords(file: string, page: number): Word[] {
  const xml = run('pdftotext', [
    '-bbox',
    '-enc',
    'UTF-8',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    '-',
  ]);
  const words: Word[] = [];
  for (const m of xml.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    words.push({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decode(m[5] ?? ''),
    });
  }
  return words;
}

/** Words grouped into printed lines: same baseline region (±2 pt), left to right. */
export function pageLines(file: string, page: number): Line[] {
  const lines: Line[] = [];
  for (const w of [...pageWords(file, page)].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs(l.y - w.yMax) <= 2);
    if (line) line.words.push(w);
    else lines.push({ y: w.yMax, words: [w], text: '' });
  }
  for (const l of lines) {
    l.words.sort((a, b) => a.xMin - b.xMin);
    l.text = l.words.map((w) => w.text).join(' ');
  }
  return lines;
}

/** The whole text in reading order, whitespace collapsed (line ends become spaces). */
export function pdfText(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']);
}

export function renderPage(file: string, page: number, outStem: string): void {
  run('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    outStem,
  ]);
}
