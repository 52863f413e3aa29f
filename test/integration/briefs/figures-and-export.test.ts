// Live figures against the vault (an observation edited after the brief was drafted makes its
// figure stale until refreshed) and the export: pre-export check, DOCX and PDF bytes, the
// record of which revision each file came from, and refusals before anything is rendered.
import { describe, expect, it } from 'vitest';
import { SECRECY_WARNING } from '../../../shared/domain/marks';
import { INDICATOR_IDS, OBSERVATION_IDS } from '../../../shared/sample';
import type { TestDesk } from '../handlers/helpers';
import { bodyText, deskWithSample, withBody, fromSampleMeeting } from './helpers';

const GDP = OBSERVATION_IDS.gdpGrowthH1;

async function editGdp(desk: TestDesk, value: number) {
  const indicators = await desk.ok('indicators.list', {});
  const o = indicators
    .find((i) => i.id === INDICATOR_IDS.gdpGrowth)
    ?.observations.find((x) => x.id === GDP);
  if (!o) throw new Error('no GDP observation in the sample');
  const { createdAt: _c, updatedAt: _u, originOrg: _o, ...input } = o;
  return desk.ok('observations.save', { ...input, value });
}

const exportsOf = (desk: TestDesk, id: string) => desk.session.require().briefs.exports(id);

describe('briefs: live figures', () => {
  it('marks the GDP figure stale after the observation changes, and refreshes it to 7,6%', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'report');
    expect(bodyText(v1.brief.body.content)).toContain(
      'Tốc độ tăng trưởng GDP: 7,52% (6 tháng đầu năm 2025)',
    );
    expect(v1.staleFigures).toEqual([]);
    expect((await desk.ok('briefs.check', { id: v1.id })).map((p) => p.code)).not.toContain(
      'stale-figure',
    );

    await editGdp(desk, 7.6);
    const stale = await desk.ok('briefs.get', { id: v1.id });
    expect(stale.staleFigures).toEqual([GDP]);
    expect(stale.revision).toBe(1);
    const problems = await desk.ok('briefs.check', { id: v1.id });
    const staleProblem = problems.find((p) => p.code === 'stale-figure');
    // It blocks issuing (an issued document cannot be corrected); a draft still exports.
    expect(staleProblem).toMatchObject({ severity: 'blocking', field: 'body' });
    expect(staleProblem?.message.vi).toContain('Tốc độ tăng trưởng GDP');

    // A refresh from an out-of-date revision is refused like any stale save.
    expect((await desk.failure('briefs.refreshFigures', { id: v1.id, revision: 7 })).code).toBe(
      'conflict',
    );
    const fresh = await desk.ok('briefs.refreshFigures', { id: v1.id, revision: 1 });
    expect(fresh.revision).toBe(2);
    expect(fresh.staleFigures).toEqual([]);
    const text = bodyText(fresh.brief.body.content);
    expect(text).toContain('Tốc độ tăng trưởng GDP: 7,6% (6 tháng đầu năm 2025)');
    expect(text).not.toContain('Tốc độ tăng trưởng GDP: 7,52%');
    expect((await desk.ok('briefs.check', { id: v1.id })).map((p) => p.code)).not.toContain(
      'stale-figure',
    );
    // Nothing left to refresh: no new revision.
    expect((await desk.ok('briefs.refreshFigures', { id: v1.id, revision: 2 })).revision).toBe(2);
  });

  it('lists a figure whose observation was deleted as missing; its saved value still prints', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'talking-points');
    const o = await editGdp(desk, 7.6); // changed in the vault: the brief's figure is stale
    expect((await desk.ok('briefs.get', { id: v1.id })).staleFigures).toEqual([GDP]);
    await desk.ok('observations.delete', { id: GDP, revision: o.revision });
    const now = await desk.ok('briefs.get', { id: v1.id });
    expect(now.staleFigures).toEqual([GDP]);
    expect((await desk.ok('briefs.check', { id: v1.id })).map((p) => p.code)).toContain(
      'missing-figure',
    );
    const refreshed = await desk.ok('briefs.refreshFigures', { id: v1.id, revision: 1 });
    expect(refreshed.revision).toBe(1);
    expect(bodyText(refreshed.brief.body.content)).toContain(
      'Tốc độ tăng trưởng GDP: 7,52% (6 tháng đầu năm 2025)',
    );
  });
});

describe('briefs: export', () => {
  it('exports DOCX and PDF of the current revision and records each export', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'conclusion-notice');
    const docx = await desk.ok('briefs.export', { id: v1.id, format: 'docx' });
    const bytes = Buffer.from(docx.base64, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.mime).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.fileName).toMatch(/^TB-VPCP Kết luận của .+\.docx$/);
    expect(docx.revision).toBe(1);
    expect(docx.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(docx.problems.map((p) => p.code)).toContain('no-number');

    const edited = structuredClone(v1.brief);
    edited.header.numberSymbol.number = 12;
    await desk.ok('briefs.save', { id: v1.id, revision: 1, brief: edited });
    const pdf = await desk.ok('briefs.export', { id: v1.id, format: 'pdf' });
    const pdfBytes = Buffer.from(pdf.base64, 'base64');
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.mime).toBe('application/pdf');
    expect(pdf.fileName).toMatch(/^12-TB-VPCP Kết luận .+\.pdf$/);
    expect(pdf.revision).toBe(2);

    const { createHash } = await import('node:crypto');
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(exportsOf(desk, v1.id)).toEqual([
      {
        briefId: v1.id,
        revision: 1,
        format: 'docx',
        sha256: sha(bytes),
        exportedAt: expect.any(String),
      },
      {
        briefId: v1.id,
        revision: 2,
        format: 'pdf',
        sha256: sha(pdfBytes),
        exportedAt: expect.any(String),
      },
    ]);
  });

  it('exports a stale figure with a warning, as the saved value', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'report');
    await editGdp(desk, 7.6);
    const out = await desk.ok('briefs.export', { id: v1.id, format: 'docx' });
    expect(out.problems.map((p) => p.code)).toContain('stale-figure');
    expect(exportsOf(desk, v1.id)).toHaveLength(1);
  });

  it('exports an empty draft with the fields to fill as warnings; refuses to issue it, changing nothing', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'conclusion-notice');
    const empty = withBody(v1.brief, []);
    empty.header.issuingBody = '';
    const v2 = await desk.ok('briefs.save', { id: v1.id, revision: 1, brief: empty });
    const checked = await desk.ok('briefs.check', { id: v1.id });
    expect(
      checked
        .filter((p) => p.severity === 'blocking')
        .map((p) => p.field)
        .sort(),
    ).toEqual(['body', 'header.issuingBody']);
    for (const format of ['docx', 'pdf'] as const) {
      const out = await desk.ok('briefs.export', { id: v1.id, format });
      expect(
        out.problems
          .filter((p) => p.code === 'empty-field' || p.code === 'empty-body')
          .map((p) => `${p.severity}:${p.field}`)
          .sort(),
      ).toEqual(['warning:body', 'warning:header.issuingBody']);
    }
    const error = await desk.failure('briefs.issue', { id: v1.id, revision: v2.revision });
    expect(error.code).toBe('invalid-input');
    expect(error.message.vi).toMatch(/Chưa thể ban hành/);
    expect(error.message.en).toMatch(/cannot be issued/);
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['body', 'header.issuingBody']);
    expect(exportsOf(desk, v1.id)).toHaveLength(2);
    const after = await desk.ok('briefs.get', { id: v1.id });
    expect(after.revision).toBe(v2.revision);
    expect(after.status).toBe('draft');
    expect(await desk.ok('register.list', {})).toEqual([]);
  });

  it('exports a secrecy-marked brief with the mark, warning with the legal notice', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'report');
    const secret = structuredClone(v1.brief);
    secret.header.secrecy = 'mat';
    await desk.ok('briefs.save', { id: v1.id, revision: 1, brief: secret });
    const warning = (await desk.ok('briefs.check', { id: v1.id })).find(
      (p) => p.code === 'secrecy-mark',
    );
    expect(warning?.severity).toBe('warning');
    expect(warning?.message.vi).toContain(SECRECY_WARNING.vi);
    expect(warning?.message.en).toContain(SECRECY_WARNING.en);
    const out = await desk.ok('briefs.export', { id: v1.id, format: 'docx' });
    expect(out.problems.map((p) => p.code)).toContain('secrecy-mark');
    const { inflateRawSync } = await import('node:zlib');
    expect(documentXml(Buffer.from(out.base64, 'base64'), inflateRawSync)).toContain('MẬT');
  });

  it('is locked out with the vault', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'report');
    await desk.ok('vault.lock', {});
    expect((await desk.failure('briefs.export', { id: v1.id, format: 'pdf' })).code).toBe('locked');
    expect((await desk.failure('organisation.get', {})).code).toBe('locked');
  });
});

/** word/document.xml of a DOCX (a zip), read from its central directory. */
function documentXml(zip: Buffer, inflate: (b: Buffer) => Buffer): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const entries = zip.readUInt16LE(end + 10);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === 'word/document.xml') {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflate(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error('no word/document.xml');
}
