// How an observation read from a source document names it, so that a brief citing the figure
// footnotes the source ("Nguồn: Báo cáo tình hình kinh tế - xã hội quý III/2025 (Cục Thống kê,
// 06/10/2025), tệp bao-cao.docx").
import { formatShortDate } from '../format/date';

export interface CitedSource {
  title?: string;
  publisher?: string;
  publishedOn?: string | null;
  fileName: string;
}

export function sourceCitation(s: CitedSource): string {
  const title = s.title?.trim();
  const details = [s.publisher?.trim(), s.publishedOn ? formatShortDate(s.publishedOn) : '']
    .filter(Boolean)
    .join(', ');
  const head = title ? `${title}${details ? ` (${details})` : ''}` : details;
  const file = `tệp ${s.fileName}`;
  return (head ? `${head}, ${file}` : file).slice(0, 1000);
}
