// A package double-clicked in the file manager (Electron's file association) is handed to the
// exchange screen once, as an 'open-package' handle to preview (never as bytes); a host without
// file associations offers nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, tempDir, testDesk } from '../handlers/helpers';

describe('packages.pending', () => {
  it('hands over the offered file once, then nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Gói từ Bộ Công Thương.bdpack');
    fs.writeFileSync(file, Buffer.from('age-encryption.org/v1\n-> X25519 abc\n'));
    let offered: string | null = file;
    const desk = testDesk({
      takeOpenedPackage: () => {
        const f = offered;
        offered = null;
        return f;
      },
    });
    await createVault(desk, path.join(dir, 'kho.bdvault'), 'Bộ Ngoại giao');
    const first = await desk.ok('packages.pending', {});
    expect(first).toEqual({
      fileName: 'Gói từ Bộ Công Thương.bdpack',
      file: expect.stringMatching(/^fh_/),
    });
    // The handle opens that file: this one is no package, and the preview says so.
    expect((await desk.failure('packages.preview', { file: first!.file })).code).toMatch(
      /^package-/,
    );
    expect(await desk.ok('packages.pending', {})).toBeNull();
  });

  it('offers nothing where the host has no file association', async () => {
    const dir = tempDir();
    const desk = testDesk();
    await createVault(desk, path.join(dir, 'kho.bdvault'), 'Bộ Ngoại giao');
    expect(await desk.ok('packages.pending', {})).toBeNull();
  });
});
