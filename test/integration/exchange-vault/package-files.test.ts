// Packages through the calls as files (issue: no package bytes over IPC): sealing writes to a
// 'save-package' handle, preview and import read an 'open-package' handle, and the renderings
// a package brings are saved into an 'attachments-folder' handle — on real encrypted vaults
// and real files. A handle is good for its purpose only; nothing is written over an existing
// file unless the choice allowed it; a package is never given as bytes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEETING_IDS } from '../../../shared/sample';
import { tempDir } from '../handlers/helpers';
import { acquaintedPair, ministry } from './helpers';

const MEETING = MEETING_IDS.committee20250826;

describe('packages as files through the calls', () => {
  it('seal to a file, preview and import from it, renderings saved into a folder', async () => {
    const { a, b, bAtA } = await acquaintedPair('Văn phòng Chính phủ', 'Bộ Công Thương');
    const dir = tempDir();
    const file = path.join(dir, 'Gói gửi Bộ Công Thương.bdpack');
    const brief = await a.desk.ok('briefs.create', {
      template: 'conclusion-notice',
      meetingId: MEETING,
    });

    const sealed = await a.desk.ok('packages.seal', {
      to: [bAtA],
      briefIds: [brief.id],
      renderings: ['docx'],
      file: a.desk.session.files.mint('save-package', file),
    });
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    expect(fs.readdirSync(dir)).toEqual(['Gói gửi Bộ Công Thương.bdpack']);

    const handle = b.desk.session.files.mint('open-package', file);
    const preview = await b.desk.ok('packages.preview', { file: handle });
    expect(preview.packageId).toBe(sealed.packageId);
    expect(preview.items.some((i) => i.kind === 'rendering')).toBe(true);

    const folder = path.join(dir, 'nhận');
    fs.mkdirSync(folder);
    // A file already there under the rendering's name is kept; the rendering goes beside it.
    const renderingName = preview.items.find((i) => i.kind === 'rendering')!.name;
    fs.writeFileSync(path.join(folder, renderingName), 'của tôi');
    const got = await b.desk.ok('packages.import', {
      file: handle,
      packageId: sealed.packageId,
      attachments: b.desk.session.files.mint('attachments-folder', folder),
    });
    expect(got.added).toBeGreaterThan(0);
    expect(got.attachments).toHaveLength(1);
    const savedAs = got.attachments![0]!.savedAs!;
    expect(savedAs).not.toBe(renderingName);
    expect(fs.readFileSync(path.join(folder, renderingName), 'utf8')).toBe('của tôi');
    expect(fs.readFileSync(path.join(folder, savedAs)).subarray(0, 2).toString('latin1')).toBe(
      'PK',
    );
    expect(b.vault.briefs.get(brief.id).brief).toEqual(a.vault.briefs.get(brief.id).brief);
  }, 60_000);

  it('refuses an existing target unless the choice allowed replacing it, and a handle of another purpose', async () => {
    const { a, b, bAtA } = await acquaintedPair('Văn phòng Chính phủ', 'Bộ Công Thương');
    const file = path.join(tempDir(), 'goi.bdpack');
    fs.writeFileSync(file, 'tệp có sẵn');
    const seal = (handle: string) =>
      a.desk.failure('packages.seal', { to: [bAtA], meetingIds: [MEETING], file: handle });

    expect((await seal(a.desk.session.files.mint('save-package', file))).code).toBe('file-exists');
    expect(fs.readFileSync(file, 'utf8')).toBe('tệp có sẵn');
    expect((await seal(a.desk.session.files.mint('save-backup', file, true))).code).toBe(
      'invalid-input',
    );
    // Nothing was recorded as sent by the refused seals.
    expect(a.vault.exchange.log().filter((l) => l.action === 'seal')).toEqual([]);
    await a.desk.ok('packages.seal', {
      to: [bAtA],
      meetingIds: [MEETING],
      file: a.desk.session.files.mint('save-package', file, true),
    });
    const opened = await b.desk.ok('packages.preview', {
      file: b.desk.session.files.mint('open-package', file),
    });
    expect(opened.sender.name).toBe('Văn phòng Chính phủ');
    expect(
      (
        await b.desk.failure('packages.preview', {
          file: b.desk.session.files.mint('open-vault', file),
        })
      ).code,
    ).toBe('invalid-input');
  }, 60_000);

  it('a package is given as a file handle only, never as bytes', async () => {
    const b = await ministry('Bộ Công Thương');
    const handle = b.desk.session.files.mint('open-package', path.join(tempDir(), 'x.bdpack'));
    expect((await b.desk.failure('packages.preview', {})).code).toBe('invalid-input');
    expect((await b.desk.failure('packages.preview', { base64: 'AAAA' })).code).toBe(
      'invalid-input',
    );
    expect((await b.desk.failure('packages.preview', { base64: 'AAAA', file: handle })).code).toBe(
      'invalid-input',
    );
    expect((await b.desk.failure('packages.import', { file: handle })).code).toBe('not-found');
  }, 60_000);

  it('a save dialog over an existing file lets the seal replace it; a file made after the dialog is kept', async () => {
    const dir = tempDir();
    const chosen = path.join(dir, 'goi.bdpack');
    const later = path.join(dir, 'goi-sau.bdpack');
    let next = chosen;
    const { a, bAtA } = await acquaintedPair('Văn phòng Chính phủ', 'Bộ Công Thương', {
      chooseFile: async () => next,
    });
    const seal = (file: string) =>
      a.desk.ok('packages.seal', { to: [bAtA], meetingIds: [MEETING], file });

    // The OS asked "replace?" for the file that was there: the package takes its place.
    fs.writeFileSync(chosen, 'gói cũ');
    const replacing = await a.desk.ok('vault.chooseFile', { purpose: 'save-package' });
    expect(replacing.name).toBe('goi.bdpack');
    await seal(replacing.file!);
    expect(fs.readFileSync(chosen).subarray(0, 21).toString('latin1')).toBe(
      'age-encryption.org/v1',
    );

    // No file when the dialog answered: one that appears before the seal is not replaced.
    next = later;
    const fresh = await a.desk.ok('vault.chooseFile', { purpose: 'save-package' });
    fs.writeFileSync(later, 'của người khác');
    expect(
      (
        await a.desk.failure('packages.seal', {
          to: [bAtA],
          meetingIds: [MEETING],
          file: fresh.file!,
        })
      ).code,
    ).toBe('file-exists');
    expect(fs.readFileSync(later, 'utf8')).toBe('của người khác');
  }, 60_000);
});
