// Export of a brief to the two official formats. Both go through the pre-export check first:
// a blocking problem (an empty required field, a malformed number-symbol, an empty body)
// refuses the export with the list of problems, before any file is written. The caller (IPC
// handler, CLI) writes the returned bytes where the user chose.
import {
  blockingProblems,
  ISSUE_ONLY_CODES,
  preExportCheck,
  type CheckOptions,
  type ExportProblem,
} from '../../../shared/brief/check';
import { leafBlocks } from '../../../shared/brief/body';
import { layoutBrief, type LayoutOptions } from '../../../shared/brief/layout';
import type { Brief } from '../../../shared/brief/model';
import { loadChartEngine } from '../../../shared/charts/render';
import { AppFailure } from '../../../shared/result';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';

export type ExportFormat = 'docx' | 'pdf';

export interface ExportOptions extends CheckOptions {
  /** Warnings the user has seen and accepted; blocking problems are never skipped. */
  onWarnings?: (warnings: ExportProblem[]) => void;
}

/** Throws AppFailure('invalid-input') listing the blocking problems, if there are any. */
export function assertExportable(brief: Brief, options: ExportOptions = {}): void {
  const problems = preExportCheck(brief, options);
  // What only stops issuing (placeholders, stale figures) goes out as a warning here.
  const blocking = blockingProblems(problems).filter((p) => !ISSUE_ONLY_CODES.has(p.code));
  if (blocking.length > 0) {
    throw AppFailure.of(
      'invalid-input',
      `Chưa thể xuất văn bản: ${blocking.map((p) => p.message.vi).join(' ')}`,
      `The document cannot be exported yet: ${blocking.map((p) => p.message.en).join(' ')}`,
      {
        issues: blocking.map((p) => ({
          path: p.field,
          message: `${p.message.vi} / ${p.message.en}`,
        })),
      },
    );
  }
  const warnings = problems
    .filter((p) => !blocking.includes(p))
    .map((p) => ({ ...p, severity: 'warning' as const }));
  if (warnings.length > 0) options.onWarnings?.(warnings);
}

/**
 * The brief laid out for a file. The chart engine is loaded here, the first time a brief with a
 * chart is laid out in this process: a main process that never exports a chart never holds it.
 */
export async function layoutForExport(brief: Brief, options?: LayoutOptions) {
  for (const block of leafBlocks(brief.body.content))
    if (block.type === 'chart') {
      await loadChartEngine();
      break;
    }
  return layoutBrief(brief, options);
}

export async function exportDocx(brief: Brief, options: ExportOptions = {}): Promise<Buffer> {
  assertExportable(brief, options);
  return renderDocx(await layoutForExport(brief));
}

export async function exportPdf(brief: Brief, options: ExportOptions = {}): Promise<Buffer> {
  assertExportable(brief, options);
  return renderPdf(await layoutForExport(brief));
}

export async function exportBrief(
  brief: Brief,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Buffer> {
  return format === 'docx' ? exportDocx(brief, options) : exportPdf(brief, options);
}

export { renderDocx } from './docx';
export { renderPdf } from './pdf';
export { fontsDir } from './fonts';
