// A reader's tools as the brief, export and follow-up tests (and bench/export) call them:
// LibreOffice opening our DOCX (it must render what Word would), and poppler's list of the
// images a PDF carries. One copy, so every caller starts LibreOffice the same safe way.
import { execFileSync } from 'node:child_process';

/**
 * Converts `files` to PDF with LibreOffice into `outDir` (same base names), with a profile of
 * its own in `profile` so parallel runs do not share one.
 */
export function sofficeToPdf(
  files: string[],
  { profile, outDir, timeout = 150_000 }: { profile: string; outDir: string; timeout?: number },
): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'ignore', timeout },
  );
}

/** The images a PDF carries (pdfimages -list), by their size in pixels. */
export function pdfImages(pdf: string): { width: number; height: number }[] {
  return execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/))
    .filter((c) => c[2] === 'image')
    .map((c) => ({ width: Number(c[3]), height: Number(c[4]) }));
}
