// The one place that delivers an exported file to the user. The host is asked for a "Save as"
// dialog: the Electron shell shows its native one and writes the file itself; the browser host
// has none and returns the bytes, which become a download here.
import type { ExportFormat } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { getApi } from '../api/client';
import { downloadBlob } from './download';

export interface DeliveredExport {
  fileName: string;
  /** Where the host saved it (Electron), or null for a download. */
  savedTo: string | null;
  /** The user closed the dialog: nothing was written. */
  cancelled: boolean;
  revision: number;
}

export function downloadBase64(fileName: string, mime: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type: mime }));
}

export async function exportBriefFile(
  id: string,
  format: ExportFormat,
): Promise<Result<DeliveredExport>> {
  const r = await getApi()['briefs.export']({ id, format, deliver: 'save-dialog' });
  if (!r.ok) return r;
  const { fileName, mime, base64, savedTo, cancelled, revision } = r.value;
  if (savedTo === null && !cancelled) downloadBase64(fileName, mime, base64);
  return { ok: true, value: { fileName, savedTo, cancelled, revision } };
}
