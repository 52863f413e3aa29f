// The browser host's file picker (issue 11). The browser host has no native dialog, so the
// user types a file name in the app; that text goes to this endpoint of the HOST (not to a
// handler), which resolves it (`~/x`, a bare name in the default vault folder), applies the
// purpose's rule and answers with an opaque handle. Handlers only ever see the handle.
//   open-vault, restore-source: a handle whatever the name (no answer here says whether a file
//     exists: unlock gives its one 'cannot-open' answer);
//   save-backup: an existing file is refused unless the user confirmed replacing THAT file
//     (`replace: true` after the page asked);
//   create-vault, restore-target: a handle; creating refuses an existing file itself.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { filePurpose } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import type { FileHandles } from '../services/files/file-handles';
import { resolveUserPath } from '../services/handlers/context';
import type { Platform } from '../services/platform';

const pickRequest = z
  .object({
    // Packages come and go through /api/package/… (the browser's own file chooser and
    // downloads), never by a typed path: the host hands out no package handle here.
    purpose: filePurpose.exclude(['save-package', 'open-package', 'attachments-folder']),
    path: z
      .string()
      .min(1)
      .max(4096)
      .transform((s) => s.normalize('NFC').trim()),
    replace: z.boolean().optional(),
  })
  .strict();

export interface PickedFile {
  file: string;
  name: string;
}

export function pickFile(files: FileHandles, platform: Platform, raw: unknown): Result<PickedFile> {
  const parsed = pickRequest.safeParse(raw);
  if (!parsed.success || parsed.data.path === '') {
    return fail('invalid-input', 'Hãy nhập tên hoặc đường dẫn tệp.', 'Type a file name or path.');
  }
  const { purpose, replace } = parsed.data;
  const file = resolveUserPath(platform, parsed.data.path);
  const exists = fs.existsSync(file) || fs.existsSync(`${file}.keys`);
  if (purpose === 'save-backup' && exists && replace !== true) {
    return fail(
      'file-exists',
      `Đã có tệp ${path.basename(file)}. Chỉ thay tệp này nếu bạn chắc chắn; nếu không, hãy chọn tên khác.`,
      `${path.basename(file)} already exists. Replace it only if you are sure; otherwise choose another name.`,
    );
  }
  const mayReplace = purpose === 'save-backup' && exists && replace === true;
  return ok({ file: files.mint(purpose, file, mayReplace), name: path.basename(file) });
}
