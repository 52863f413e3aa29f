// The renderer tests' stand-in for renderer/api/package-files.ts: the "files" behind package
// handles live in a map (base64 of the fake package, as fake-exchange.ts writes and reads
// them), a chosen or dropped File is read into it as the host's upload would store it, and
// what the user would get as a download is recorded for the test to look at.
import type { PackageFiles } from '../../../renderer/api/package-files';

export interface FakePackageDisk {
  /** Handle → the file's bytes as base64. */
  files: Map<string, string>;
  /** Sealed packages handed to the user: the name and the bytes the download would carry. */
  delivered: { fileName: string; base64: string }[];
  /** Renderings the user asked to save, by the name the import saved them under. */
  saved: string[];
  /** Uploads that reached the "host". */
  uploads: number;
}

export const fakeDisk: FakePackageDisk = { files: new Map(), delivered: [], saved: [], uploads: 0 };

let next = 0;
const handle = (what: string) => `fh_${what}${String(++next).padStart(28, '0')}`;

export function fakePackageFiles(): PackageFiles {
  fakeDisk.files.clear();
  fakeDisk.delivered = [];
  fakeDisk.saved = [];
  fakeDisk.uploads = 0;
  return {
    mode: 'upload',
    choose: () => Promise.resolve({ ok: true, value: null }),
    upload: async (file) => {
      const h = handle('up');
      fakeDisk.uploads++;
      fakeDisk.files.set(h, Buffer.from(await file.arrayBuffer()).toString('base64'));
      return { ok: true, value: { file: h, name: file.name } };
    },
    sealTarget: () => {
      const h = handle('to');
      return Promise.resolve({
        ok: true,
        value: {
          file: h,
          deliver: (fileName: string) =>
            fakeDisk.delivered.push({ fileName, base64: fakeDisk.files.get(h) ?? '' }),
        },
      });
    },
    attachmentsTarget: () =>
      Promise.resolve({
        ok: true,
        value: { file: handle('in'), save: (savedAs: string) => void fakeDisk.saved.push(savedAs) },
      }),
  };
}
