// Export of a brief to the two official formats. Both go through the pre-export check first
// (exportable.ts): a blocking problem refuses the export with the list of problems, before any
// file is written. The caller (IPC handler, CLI) writes the returned bytes where the user chose.
import { leafBlocks } from '../../../shared/brief/body';
import { layoutBrief, type LayoutOptions } from '../../../shared/brief/layout';
import type { Brief } from '../../../shared/brief/model';
import { loadChartEngine } from '../../../shared/charts/render';
import { assertExportable, type ExportOptions } from './exportable';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';

export type ExportFormat = 'docx' | 'pdf';

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

export { assertExportable, type ExportOptions } from './exportable';
export { renderDocx } from './docx';
export { renderPdf } from './pdf';
export { fontsDir } from './fonts';
