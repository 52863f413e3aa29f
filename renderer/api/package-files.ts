// How the renderer gets package files to and from the host (no package bytes over the calls).
// The calls take handles only; this module is where a handle comes from, so the exchange store
// and screens never learn which host they run in, and never see a path:
//   Electron       native dialogs behind `vault.chooseFile` ('open-package', 'save-package',
//                  'attachments-folder'); main writes and reads the files itself;
//   browser host   the File the user chose is the body of POST /api/package/upload (the browser
//                  streams it from disk); a sealed package and received renderings come back as
//                  plain links to GET /api/package/download?id=…, which the browser streams to
//                  disk, so a 200 MB package is never held in the tab's memory.
import type { FilePurpose } from '../../shared/contract';
import {
  PACKAGE_ATTACHMENTS_PATH,
  PACKAGE_DOWNLOAD_PATH,
  PACKAGE_TARGET_PATH,
  PACKAGE_UPLOAD_PATH,
  TOKEN_HEADER,
} from '../../shared/host-protocol';
import { fail, ok, type Result } from '../../shared/result';
import { getApi, takeToken } from './client';

/** Where a sealed package goes; deliver() hands it to the user once it is written. */
export interface SealTarget {
  file: string;
  deliver(fileName: string): void;
}

/** Where the renderings of an import go; save(name) hands one saved file to the user. */
export interface AttachmentsTarget {
  file: string;
  /** Null where main already saved them in a folder the user chose (Electron). */
  save: ((savedAs: string) => void) | null;
}

export interface PackageFiles {
  /** 'dialog': the package is chosen with a native dialog; 'upload': the page's File. */
  readonly mode: 'dialog' | 'upload';
  /** Electron: the native open dialog. Null value: the user closed it. */
  choose(): Promise<Result<{ file: string; name: string } | null>>;
  /** Browser host: the chosen or dropped File, streamed to the host. */
  upload(file: File): Promise<Result<{ file: string; name: string }>>;
  sealTarget(): Promise<Result<SealTarget | null>>;
  attachmentsTarget(): Promise<Result<AttachmentsTarget | null>>;
}

const unreachable = () =>
  fail(
    'host-unreachable',
    'Không kết nối được với ứng dụng nền. Hãy kiểm tra ứng dụng còn chạy rồi thử lại.',
    'Cannot reach the app host. Check that it is still running and try again.',
  );

const notHere = () => fail('internal', 'Không dùng được ở đây.', 'Not available in this window.');

const notSent = () =>
  fail(
    'host-unreachable',
    'Không gửi được gói lên ứng dụng nền: gói quá lớn (tối đa 200 MB), ứng dụng đang xử lý một gói khác, hoặc đã dừng. Hãy thử lại.',
    'The package could not be sent to the app host: it is too large (at most 200 MB), another package is being processed, or the host stopped. Try again.',
  );

async function post<T>(where: string, body?: File): Promise<Result<T>> {
  try {
    const response = await window.fetch(where, {
      method: 'POST',
      headers: {
        [TOKEN_HEADER]: takeToken() ?? '',
        ...(body ? { 'content-type': 'application/octet-stream' } : {}),
      },
      // A File body is read from disk as it is sent: the page never holds the package.
      ...(body ? { body } : {}),
      credentials: 'omit',
      cache: 'no-store',
    });
    const answer = (await response.json()) as Result<T>;
    return typeof answer === 'object' && answer !== null && 'ok' in answer ? answer : unreachable();
  } catch {
    // A refused upload (too large, busy) is answered and the connection closed at once: the
    // browser may see only the closed connection, so the likely reasons are named.
    return body ? notSent() : unreachable();
  }
}

/** A plain link: the browser streams the answer to its downloads folder. */
function openDownload(id: string, name: string): void {
  const a = document.createElement('a');
  a.href = `${PACKAGE_DOWNLOAD_PATH}?id=${encodeURIComponent(id)}&name=${encodeURIComponent(name)}`;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

const hostFiles: PackageFiles = {
  mode: 'upload',
  choose: () => Promise.resolve(ok(null)),
  upload: async (file) => {
    const r = await post<{ file: string }>(PACKAGE_UPLOAD_PATH, file);
    return r.ok ? ok({ file: r.value.file, name: file.name }) : r;
  },
  sealTarget: async () => {
    const r = await post<{ file: string; download: string }>(PACKAGE_TARGET_PATH);
    if (!r.ok) return r;
    const { file, download } = r.value;
    return ok({ file, deliver: (fileName: string) => openDownload(download, fileName) });
  },
  attachmentsTarget: async () => {
    const r = await post<{ file: string; download: string }>(PACKAGE_ATTACHMENTS_PATH);
    if (!r.ok) return r;
    const { file, download } = r.value;
    return ok({ file, save: (savedAs: string) => openDownload(download, savedAs) });
  },
};

async function dialog(
  purpose: FilePurpose,
): Promise<Result<{ file: string; name: string } | null>> {
  const r = await getApi()['vault.chooseFile']({ purpose });
  if (!r.ok) return r;
  return ok(r.value.file === null ? null : { file: r.value.file, name: r.value.name ?? '' });
}

const dialogFiles: PackageFiles = {
  mode: 'dialog',
  choose: () => dialog('open-package'),
  upload: () => Promise.resolve(notHere()),
  sealTarget: async () => {
    const r = await dialog('save-package');
    if (!r.ok || r.value === null) return r.ok ? ok(null) : r;
    // Main wrote it where the user chose: nothing more to hand over.
    return ok({ file: r.value.file, deliver: () => undefined });
  },
  attachmentsTarget: async () => {
    const r = await dialog('attachments-folder');
    if (!r.ok || r.value === null) return r.ok ? ok(null) : r;
    return ok({ file: r.value.file, save: null });
  },
};

let current: PackageFiles | null = null;

export function getPackageFiles(): PackageFiles {
  if (current) return current;
  return window.desk ? dialogFiles : hostFiles;
}

/** Tests put an in-memory one in front of their fake desk. */
export function installPackageFiles(files: PackageFiles | null): void {
  current = files;
}
