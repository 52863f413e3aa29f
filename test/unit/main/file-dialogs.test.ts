// The Electron shell's file dialogs, by purpose, without launching Electron: packages are
// opened and saved as *.bdpack, vaults stay *.bdvault, and received attachments go to a folder
// the user picks (or makes) — a folder dialog, not a file one.
import { describe, expect, it } from 'vitest';
import { fileDialogFor } from '../../../electron/main/file-dialogs';
import { filePurpose } from '../../../shared/contract';

const DOCS = '/home/u/Tài liệu';

describe('native file dialogs', () => {
  it('opens and saves packages as .bdpack files, and picks a folder for attachments', () => {
    expect(fileDialogFor('open-package', DOCS)).toEqual({
      kind: 'open',
      options: expect.objectContaining({
        defaultPath: DOCS,
        filters: [expect.objectContaining({ extensions: ['bdpack'] })],
        properties: ['openFile'],
      }),
    });
    expect(fileDialogFor('save-package', DOCS)).toEqual({
      kind: 'save',
      options: expect.objectContaining({
        filters: [expect.objectContaining({ extensions: ['bdpack'] })],
      }),
    });
    const folder = fileDialogFor('attachments-folder', DOCS);
    expect(folder.kind).toBe('open');
    expect(folder.options).not.toHaveProperty('filters');
    expect((folder.options as { properties: string[] }).properties).toEqual([
      'openDirectory',
      'createDirectory',
    ]);
  });

  it('keeps vaults and backups as .bdvault, and gives every purpose a bilingual title', () => {
    for (const purpose of ['open-vault', 'restore-source'] as const)
      expect(fileDialogFor(purpose, DOCS).kind).toBe('open');
    for (const purpose of ['create-vault', 'save-backup', 'restore-target'] as const) {
      const d = fileDialogFor(purpose, DOCS);
      expect(d.kind).toBe('save');
      expect(d.options.filters).toEqual([expect.objectContaining({ extensions: ['bdvault'] })]);
    }
    for (const purpose of filePurpose.options)
      expect(fileDialogFor(purpose, DOCS).options.title).toMatch(/ \/ [A-Z]/);
  });
});
