// What one export renders: the brief laid out for its file, then drawn as DOCX or PDF, without
// the pre-export check (a draft goes out whatever its problems; an issued brief was checked when
// it was issued). A draft leaves the day and month blank. Runs on the export thread
// (render-thread.ts), or in the calling thread where that thread cannot be had.
import type { Brief } from '../../../shared/brief/model';
import { layoutForExport, renderDocx, renderPdf, type ExportFormat } from './index';

export interface RenderRequest {
  brief: Brief;
  format: ExportFormat;
  asDraft: boolean;
}

export async function renderBriefHere({ brief, format, asDraft }: RenderRequest): Promise<Buffer> {
  const layout = await layoutForExport(brief, { blankDay: asDraft });
  return format === 'docx' ? renderDocx(layout) : renderPdf(layout);
}
