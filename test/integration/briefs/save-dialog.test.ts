// Export through a host's "Save as" dialog (the Electron shell): the host writes the file where
// the user chose and returns no bytes; a cancelled dialog writes and records nothing; a draft
// with blocking problems still goes out, with them as warnings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskWithVault } from '../handlers/helpers';
import { ORGANISATION, withBody, fromSampleMeeting } from './helpers';

async function deskWithDialog(answer: (name: string) => string | null) {
  const asked: { name: string; kind: string }[] = [];
  const made = await deskWithVault({
    chooseSavePath: async (name, kind) => {
      asked.push({ name, kind });
      return answer(name);
    },
  });
  await made.desk.ok('sample.create', {});
  await made.desk.ok('organisation.set', ORGANISATION);
  return { ...made, asked };
}

describe('briefs: export through the save dialog', () => {
  it('writes the file where the user chose, suggesting the file name, and records the export', async () => {
    let target = '';
    const { desk, dir, asked } = await deskWithDialog(
      (name) => (target = path.join(dir, 'chọn', name)),
    );
    fs.mkdirSync(path.join(dir, 'chọn'));
    const brief = await fromSampleMeeting(desk, 'conclusion-notice');
    const out = await desk.ok('briefs.export', {
      id: brief.id,
      format: 'pdf',
      deliver: 'save-dialog',
    });
    expect(asked).toEqual([{ name: out.fileName, kind: 'pdf' }]);
    expect(out.savedTo).toBe(target);
    expect(out.cancelled).toBe(false);
    expect(out.base64).toBe('');
    expect(fs.readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(desk.session.require().briefs.exports(brief.id)).toHaveLength(1);
  });

  it('a cancelled dialog writes and records nothing', async () => {
    const { desk, dir } = await deskWithDialog(() => null);
    const brief = await fromSampleMeeting(desk, 'report');
    const out = await desk.ok('briefs.export', {
      id: brief.id,
      format: 'docx',
      deliver: 'save-dialog',
    });
    expect(out).toMatchObject({ cancelled: true, savedTo: null, base64: '' });
    expect(fs.readdirSync(dir).filter((f) => !f.startsWith('kho.bdvault'))).toEqual([]);
    expect(desk.session.require().briefs.exports(brief.id)).toEqual([]);
  });

  it('a draft with blocking problems still goes through the dialog, the problems as warnings', async () => {
    let target = '';
    const { desk, dir, asked } = await deskWithDialog((name) => (target = path.join(dir, name)));
    const brief = await fromSampleMeeting(desk, 'report');
    await desk.ok('briefs.save', { id: brief.id, revision: 1, brief: withBody(brief.brief, []) });
    const out = await desk.ok('briefs.export', {
      id: brief.id,
      format: 'docx',
      deliver: 'save-dialog',
    });
    expect(asked).toHaveLength(1);
    expect(out.savedTo).toBe(target);
    expect(out.problems.map((p) => p.code)).toContain('empty-body');
    expect(out.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('without a dialog (browser host) the bytes come back for a download', async () => {
    const { desk } = await deskWithVault();
    await desk.ok('sample.create', {});
    await desk.ok('organisation.set', ORGANISATION);
    const brief = await fromSampleMeeting(desk, 'report');
    const out = await desk.ok('briefs.export', {
      id: brief.id,
      format: 'docx',
      deliver: 'save-dialog',
    });
    expect(out.savedTo).toBeNull();
    expect(Buffer.from(out.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
