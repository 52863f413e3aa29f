// Where the shipped Liberation Serif lives (assets/fonts, SIL OFL, metric-compatible with Times
// New Roman). The same code runs from source (vitest, tsx: this file is electron/services/export/),
// from the bundle (out/main/*.js) and from a packaged app (resources/assets/fonts), so the
// folder is found by walking up from here rather than from a fixed relative path.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppFailure } from '../../../shared/result';

export const FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

const MARKER = FONT_FILES.normal;
const MAX_LEVELS = 8;

function candidates(): string[] {
  const out: string[] = [];
  const override = process.env.BRIEFING_DESK_FONTS_DIR;
  if (override) out.push(resolve(override));
  // Electron sets process.resourcesPath; a packaged app copies assets/ next to app.asar.
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resources) out.push(join(resources, 'assets', 'fonts'));
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < MAX_LEVELS; i++) {
    out.push(join(dir, 'assets', 'fonts'));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  out.push(join(process.cwd(), 'assets', 'fonts'));
  return out;
}

let cached: string | null = null;

/** Absolute path of the fonts folder; throws a bilingual failure if the install lacks it. */
export function fontsDir(): string {
  if (cached && existsSync(join(cached, MARKER))) return cached;
  const found = candidates().find((d) => existsSync(join(d, MARKER)));
  if (!found) {
    throw AppFailure.of(
      'internal',
      'Không tìm thấy phông chữ Liberation Serif (assets/fonts) để xuất PDF; hãy cài đặt lại ứng dụng.',
      'The Liberation Serif fonts (assets/fonts) needed for PDF export are missing; reinstall the application.',
    );
  }
  cached = found;
  return found;
}

export function fontPaths(): Record<keyof typeof FONT_FILES, string> {
  const dir = fontsDir();
  return {
    normal: join(dir, FONT_FILES.normal),
    bold: join(dir, FONT_FILES.bold),
    italics: join(dir, FONT_FILES.italics),
    bolditalics: join(dir, FONT_FILES.bolditalics),
  };
}
