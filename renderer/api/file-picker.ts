// How the renderer gets a handle for a file the user named (issue 11). It never sends a path
// to a handler: in Electron the native dialog behind `vault.chooseFile` mints the handle in
// main; in the browser host, what the user typed goes to the host's own picker endpoint
// (/api/pick), which answers with a handle bound to the purpose. Handlers accept only handles.
import type { FilePurpose } from '../../shared/contract';
import { PICK_PATH, TOKEN_HEADER } from '../../shared/host-protocol';
import { fail, type Result } from '../../shared/result';
import { takeToken } from './client';

export interface PickedFile {
  file: string;
  name: string;
}

export type FilePicker = (
  purpose: FilePurpose,
  typed: string,
  replace?: boolean,
) => Promise<Result<PickedFile>>;

const unreachable = () =>
  fail(
    'io',
    'Không kết nối được với ứng dụng nền. Hãy kiểm tra ứng dụng còn chạy rồi thử lại.',
    'Cannot reach the app host. Check that it is still running and try again.',
  );

const httpPicker: FilePicker = async (purpose, typed, replace) => {
  try {
    const response = await window.fetch(PICK_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: takeToken() ?? '' },
      body: JSON.stringify({ purpose, path: typed, ...(replace ? { replace: true } : {}) }),
      credentials: 'omit',
      cache: 'no-store',
    });
    const body = (await response.json()) as Result<PickedFile>;
    return typeof body === 'object' && body !== null && 'ok' in body ? body : unreachable();
  } catch {
    return unreachable();
  }
};

let current: FilePicker | null = null;

/** The browser host's picker; Electron has none (window.desk present: dialogs only). */
export function getFilePicker(): FilePicker | null {
  if (current) return current;
  return window.desk ? null : httpPicker;
}

/** Tests put a picker in front of their in-memory desk. */
export function installFilePicker(picker: FilePicker | null): void {
  current = picker;
}
