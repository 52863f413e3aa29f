// The lifecycle through the app's calls over a real vault (issue 10): issuing takes the next
// number of the organisation's outgoing register for the year and the date, freezes the brief
// (saves, deletes, restores and refreshes refused; the export prints the same content every
// time), refuses while a blocking problem remains; a change is a correcting document; new
// documents without a meeting; the register as CSV.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../follow-up/xlsx-reader';
import { TEMPLATE_NAMES, type Brief } from '../../../shared/brief';
import { deskWithSample, ORGANISATION, paragraph, withBody, fromSampleMeeting } from './helpers';

describe('briefs: issuing and the outgoing register', () => {
  it('gives 01, 02… per calendar year with the date, and lists them in the register', async () => {
    const { desk } = await deskWithSample();
    const a = await fromSampleMeeting(desk, 'conclusion-notice');
    const first = await desk.ok('briefs.issue', { id: a.id, revision: a.revision });
    expect(first.entry).toMatchObject({
      year: 2025,
      number: 1,
      numberSymbol: '01/TB-VPCP',
      issuedOn: '2025-09-15',
    });
    expect(first.brief).toMatchObject({ status: 'issued', revision: 2 });
    expect(first.brief.brief.header).toMatchObject({
      draft: false,
      date: '2025-09-15',
      numberSymbol: { number: 1 },
    });

    const b = await fromSampleMeeting(desk, 'conclusion-notice');
    const second = await desk.ok('briefs.issue', {
      id: b.id,
      revision: b.revision,
      date: '2025-10-01',
    });
    expect(second.entry?.numberSymbol).toBe('02/TB-VPCP');
    // An earlier date than the last entry of the year would put the register out of order.
    const c = await fromSampleMeeting(desk, 'conclusion-notice');
    const early = await desk.failure('briefs.issue', {
      id: c.id,
      revision: c.revision,
      date: '2025-09-20',
    });
    expect(early.code).toBe('invalid-input');
    expect(early.message.vi).toContain('1/10/2025');
    // A new year starts a new sequence.
    const next = await desk.ok('briefs.issue', {
      id: c.id,
      revision: c.revision,
      date: '2026-01-02',
    });
    expect(next.entry).toMatchObject({ year: 2026, number: 1, numberSymbol: '01/TB-VPCP' });

    const register = await desk.ok('register.list', { year: 2025 });
    expect(register.map((e) => e.numberSymbol)).toEqual(['01/TB-VPCP', '02/TB-VPCP']);
    expect(register[0]).toMatchObject({
      typeName: 'Thông báo',
      abstract: a.brief.header.abstract,
      signer: 'KT. Bộ trưởng, Chủ nhiệm / Phó Chủ nhiệm / Nguyễn Văn An',
      recipients: a.brief.header.recipients,
    });
    expect(await desk.ok('register.list', {})).toHaveLength(3);
    const csv = Buffer.from(
      (await desk.ok('register.export', { year: 2025 })).base64,
      'base64',
    ).toString('utf8');
    expect(csv.startsWith('\ufeff"Số, ký hiệu')).toBe(true);
    expect(csv).toContain('"01/TB-VPCP","15/9/2025","Thông báo: Kết luận');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
    // The same register to Excel: the day a real date, the header frozen; and to Word.
    const dir = mkdtempSync(path.join(tmpdir(), 'so-di-'));
    const xlsx = path.join(dir, 'so.xlsx');
    const madeXlsx = await desk.ok('register.export', { year: 2025, format: 'xlsx' });
    expect(madeXlsx.fileName).toBe('so-van-ban-di-2025.xlsx');
    writeFileSync(xlsx, Buffer.from(madeXlsx.base64, 'base64'));
    const sheet = readXlsx(xlsx);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.rows[0]?.[0]).toEqual({ type: 'string', value: 'Số, ký hiệu' });
    expect(sheet.rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      [
        { type: 'string', value: '01/TB-VPCP' },
        { type: 'date', value: '2025-09-15' },
      ],
      [
        { type: 'string', value: '02/TB-VPCP' },
        { type: 'date', value: '2025-10-01' },
      ],
    ]);
    const docx = path.join(dir, 'so.docx');
    writeFileSync(
      docx,
      Buffer.from(
        (await desk.ok('register.export', { year: 2025, format: 'docx' })).base64,
        'base64',
      ),
    );
    const wordXml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    for (const text of ['SỔ VĂN BẢN ĐI NĂM 2025', '01/TB-VPCP', '02/TB-VPCP', '15/9/2025'])
      expect(wordXml).toContain(text);
    rmSync(dir, { recursive: true, force: true });
    const list = await desk.ok('briefs.list', {});
    expect(list.find((s) => s.id === a.id)).toMatchObject({
      status: 'issued',
      numberSymbol: 'Số: 01/TB-VPCP',
    });
  });

  it('an issued brief is read-only, exports the same content each time, and is changed by a correcting document', async () => {
    const { desk } = await deskWithSample();
    const a = await fromSampleMeeting(desk, 'conclusion-notice');
    const { brief: issued, entry } = await desk.ok('briefs.issue', {
      id: a.id,
      revision: a.revision,
    });
    const changed: Brief = withBody(issued.brief, [paragraph('Sửa sau khi ban hành.')]);
    for (const error of [
      await desk.failure('briefs.save', { id: a.id, revision: issued.revision, brief: changed }),
      await desk.failure('briefs.delete', { id: a.id, revision: issued.revision }),
      await desk.failure('briefs.restore', { id: a.id, revision: issued.revision, from: 1 }),
      await desk.failure('briefs.setStatus', {
        id: a.id,
        revision: issued.revision,
        status: 'draft',
      }),
    ]) {
      expect(error.code).toBe('conflict');
      expect(error.message.vi).toContain('đã ban hành');
    }
    expect(
      (await desk.failure('briefs.issue', { id: a.id, revision: issued.revision })).message.vi,
    ).toContain('01/TB-VPCP');
    const one = await desk.ok('briefs.export', { id: a.id, format: 'docx' });
    const two = await desk.ok('briefs.export', { id: a.id, format: 'docx' });
    expect(one.revision).toBe(two.revision);
    expect((await desk.ok('briefs.get', { id: a.id })).revision).toBe(issued.revision);

    const fix = await desk.ok('briefs.correct', { id: a.id });
    expect(fix).toMatchObject({ status: 'draft', correctsId: a.id, revision: 1 });
    expect(fix.brief.header).toMatchObject({
      draft: true,
      date: null,
      numberSymbol: { number: null },
    });
    expect(fix.brief.header.legalBases[0]).toBe(
      `Thông báo số ${entry?.numberSymbol} ngày 15/9/2025 của Văn phòng Chính phủ về ${a.brief.header.abstract}`,
    );
    expect((await desk.failure('briefs.correct', { id: fix.id })).code).toBe('invalid-input');
  });

  it('refuses to issue while a placeholder, a missing signer or the secretary’s name remains', async () => {
    const { desk } = await deskWithSample();
    const minutes = await fromSampleMeeting(desk, 'minutes');
    const refused = await desk.failure('briefs.issue', {
      id: minutes.id,
      revision: minutes.revision,
    });
    expect(refused.message.en).toMatch(/cannot be issued yet/);
    const paths = refused.issues?.map((i) => i.path) ?? [];
    expect(paths).toContain('header.secondSignature.name');
    expect(paths.some((p) => p.startsWith('body.'))).toBe(true);
    const unsigned = await fromSampleMeeting(desk, 'conclusion-notice');
    const noSigner = structuredClone(unsigned.brief);
    noSigner.header.signature.name = '';
    const saved = await desk.ok('briefs.save', { id: unsigned.id, revision: 1, brief: noSigner });
    const error = await desk.failure('briefs.issue', { id: unsigned.id, revision: saved.revision });
    expect(error.issues?.map((i) => i.path)).toEqual(['header.signature.name']);
    expect(await desk.ok('register.list', {})).toEqual([]);
  });

  it('moves a draft to signature and back; the status shows in the list', async () => {
    const { desk } = await deskWithSample();
    const a = await fromSampleMeeting(desk, 'conclusion-notice');
    const signing = await desk.ok('briefs.setStatus', {
      id: a.id,
      revision: a.revision,
      status: 'for-signature',
    });
    expect(signing.status).toBe('for-signature');
    expect((await desk.ok('briefs.list', {}))[0]?.status).toBe('for-signature');
    // Still a draft to edit and to export; issuing from "for signature" works the same.
    const issued = await desk.ok('briefs.issue', { id: a.id, revision: signing.revision });
    expect(issued.entry?.number).toBe(1);
  });
});

describe('documents not born from a meeting', () => {
  it('"Văn bản mới" drafts each of the seven types from the organisation, with the chosen signer', async () => {
    const { desk } = await deskWithSample();
    await desk.ok('organisation.set', {
      ...ORGANISATION,
      otherSigners: [
        { authority: 'none', authorityOf: '', title: 'Chủ nhiệm', name: 'Trần Văn Bình' },
      ],
    });
    for (const template of TEMPLATE_NAMES) {
      const made = await desk.ok('briefs.createBlank', { template });
      expect(made).toMatchObject({ meetingId: null, status: 'draft', template });
      expect(made.brief.header).toMatchObject({
        issuingBody: 'Văn phòng Chính phủ',
        date: '2025-09-15',
        drafter: { initials: 'NVA' },
      });
      const problems = await desk.ok('briefs.check', { id: made.id });
      expect(
        problems.some((p) => p.code === 'placeholder' && p.severity === 'blocking'),
        template,
      ).toBe(true);
    }
    const letter = await desk.ok('briefs.createBlank', { template: 'official-letter', signer: 1 });
    expect(letter.brief.header.signature).toMatchObject({
      title: 'Chủ nhiệm',
      name: 'Trần Văn Bình',
    });
    expect(letter.brief.header.numberSymbol).toMatchObject({
      issuerAbbrev: 'VPCP',
      unitAbbrev: 'QHQT',
      typeAbbrev: '',
    });
    expect((await desk.failure('briefs.createBlank', { template: 'report', signer: 5 })).code).toBe(
      'invalid-input',
    );
  });
});
