// The CLI names saved attachments beside, never over, existing files. It used to probe the file
// system name after name (3,000 attachments with one name: 8.9 s, quadratic); now the folder
// is listed once and each name remembers its last number.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachmentNamer } from '../../../electron/cli/exchange-commands';

afterEach(() => vi.restoreAllMocks());

describe('attachment names in a folder', () => {
  it('gives 3,000 attachments with one name 3,000 distinct names, listing the folder once', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-names-'));
    fs.writeFileSync(path.join(dir, 'Báo cáo.pdf'), 'mine');
    fs.writeFileSync(path.join(dir, 'báo cáo (3).PDF'), 'mine too');
    const readdir = vi.spyOn(fs, 'readdirSync');
    const exists = vi.spyOn(fs, 'existsSync');
    const namer = new AttachmentNamer(dir);
    const names = Array.from({ length: 3000 }, () => path.basename(namer.name('Báo cáo.pdf')));
    expect(new Set(names).size).toBe(3000);
    expect(names.slice(0, 3)).toEqual(['Báo cáo (2).pdf', 'Báo cáo (4).pdf', 'Báo cáo (5).pdf']);
    expect(readdir).toHaveBeenCalledTimes(1);
    expect(exists).not.toHaveBeenCalled();
  });

  it('makes a hostile name safe: no path, no invisible characters, only .pdf/.docx kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-names-'));
    const namer = new AttachmentNamer(dir);
    expect(namer.name('../../etc/passwd')).toBe(path.join(dir, 'etc passwd'));
    expect(path.basename(namer.name('Báo cáo\u202Efdp.exe'))).toBe('Báo cáofdp');
    expect(path.basename(namer.name('Kết luận.docx'))).toBe('Kết luận.docx');
    expect(path.basename(namer.name('Kết luận.docx'))).toBe('Kết luận (2).docx');
  });
});
