// Issue 11, "show only what was verified", on real encrypted vaults: each attack the security
// review reproduced, made with a verified contact's real keys, is refused and leaves the
// vault as it was — or, for the replay, no longer lets a co-recipient block a genuine package.
import { describe, expect, it } from 'vitest';
import {
  encodeCardFile,
  issueCard,
  cardFingerprint,
} from '../../../electron/services/exchange/card';
import { generateOrgSecrets } from '../../../electron/services/exchange/keys';
import { sealPackage } from '../../../electron/services/exchange/package';
import { MEETING_IDS } from '../../../shared/sample';
import { acquaint, failureOf, introduce, ministry, vaultDump, acquaintedPair } from './helpers';
import { reforge, secretsOf } from './forge';

const MEETING = MEETING_IDS.committee20250826;
const ageOf = (m: { vault: { exchange: { myCard(): { card: { ageRecipient: string } } } } }) =>
  m.vault.exchange.myCard().card.ageRecipient;

describe('a package shows only what was verified', () => {
  it('refuses a verified contact signing under another ministry’s name, with nothing imported', async () => {
    const { a, b, bAtA } = await acquaintedPair('Bộ Công Thương', 'Văn phòng Chính phủ');
    const genuine = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });
    const spoofed = reforge(a, genuine.bytes, [ageOf(a), ageOf(b)], (m) => ({
      ...m,
      sender: { ...m.sender, name: 'Bộ Ngoại giao', unit: 'Vụ Tổng hợp kinh tế' },
    }));
    const before = vaultDump(b);
    expect(failureOf(() => b.vault.exchange.preview(spoofed))).toBe('package-sender-mismatch');
    expect(failureOf(() => b.vault.exchange.import(spoofed, {}))).toBe('package-sender-mismatch');
    expect(vaultDump(b)).toBe(before);
    // The genuine one opens, under the pinned name.
    expect(b.vault.exchange.preview(genuine.bytes).sender.name).toBe('Bộ Công Thương');
  });

  it('names preview rows from the records, not from the manifest', async () => {
    const { a, b, bAtA } = await acquaintedPair('Bộ Công Thương', 'Văn phòng Chính phủ');
    const meeting = a.vault.meetings.get(MEETING);
    const genuine = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });
    const relabelled = reforge(a, genuine.bytes, [ageOf(a), ageOf(b)], (m) => ({
      ...m,
      items: m.items.map((i) => ({ ...i, name: 'Tên cũ vô hại' })),
    }));
    const rows = b.vault.exchange.preview(relabelled).items;
    expect(rows.find((i) => i.kind === 'meeting')!.name).toBe(meeting.title);
    expect(rows.map((i) => i.name)).not.toContain('Tên cũ vô hại');
  });

  it('a co-recipient’s package under the same id does not make the genuine one a replay', async () => {
    const a = await ministry('Bộ Công Thương', true);
    const b = await ministry('Văn phòng Chính phủ');
    const c = await ministry('Bộ Tài chính');
    const { bAtA } = acquaint(a.vault, b.vault);
    const cAtA = introduce(c.vault, a.vault);
    introduce(a.vault, c.vault);
    introduce(c.vault, b.vault);
    const genuine = a.vault.exchange.seal({ to: [bAtA, cAtA], meetingIds: [MEETING] });
    // C read the id in the genuine package (it is a recipient) and sends B its own first.
    const cCard = c.vault.exchange.myCard().card;
    const preempt = sealPackage({
      sender: { card: cCard, secrets: secretsOf(c) },
      recipients: [b.vault.exchange.myCard().card],
      items: [
        {
          item: { name: 'Ghi chú.pdf', kind: 'rendering', recordId: null },
          bytes: Buffer.from('%PDF'),
        },
      ],
      packageId: genuine.manifest.packageId,
      now: new Date(),
    });
    b.vault.exchange.import(preempt.bytes, {});
    const summary = b.vault.exchange.import(genuine.bytes, {});
    expect(summary.added).toBeGreaterThan(0);
    // Each sender's package is still refused the second time.
    expect(failureOf(() => b.vault.exchange.import(genuine.bytes, {}))).toBe('package-replay');
    expect(failureOf(() => b.vault.exchange.import(preempt.bytes, {}))).toBe('package-replay');
  });

  it('refuses attachments that are not clean .pdf/.docx names, when sealing and when opening', async () => {
    const a = await ministry('Bộ Công Thương');
    const b = await ministry('Văn phòng Chính phủ');
    acquaint(a.vault, b.vault);
    const me = { card: a.vault.exchange.myCard().card, secrets: secretsOf(a) };
    const to = [b.vault.exchange.myCard().card];
    const ok = sealPackage({
      sender: me,
      recipients: to,
      items: [
        {
          item: { name: 'Báo cáo.pdf', kind: 'rendering', recordId: null },
          bytes: Buffer.from('%PDF'),
        },
      ],
      now: new Date(),
    });
    for (const bad of ['Báo cáo.pdf.exe', 'run.hta', 'Báo cáo.exe.pdf', 'CON.pdf', 'x.pdf.']) {
      expect(
        failureOf(() =>
          sealPackage({
            sender: me,
            recipients: to,
            items: [
              { item: { name: bad, kind: 'rendering', recordId: null }, bytes: Buffer.from('x') },
            ],
            now: new Date(),
          }),
        ),
      ).toBe('invalid-input');
      const forged = reforge(a, ok.bytes, [ageOf(a), ageOf(b)], (m) => ({
        ...m,
        items: m.items.map((i) => ({ ...i, name: bad })),
      }));
      expect(failureOf(() => b.vault.exchange.preview(forged))).toBe('package-unsafe-attachment');
    }
    // A right-to-left override ("Báo cáo\u202Efdp.exe" shows as "Báo cáoexe.pdf") is not even
    // a well-formed manifest any more: the text policy refuses it.
    const rtl = reforge(a, ok.bytes, [ageOf(a), ageOf(b)], (m) => ({
      ...m,
      items: m.items.map((i) => ({ ...i, name: 'Báo cáo\u202Efdp.exe' })),
    }));
    expect(failureOf(() => b.vault.exchange.preview(rtl))).toBe('package-corrupt');
    expect(b.vault.exchange.preview(ok.bytes).items[0]!.name).toBe('Báo cáo.pdf');
  });

  it('a brief’s originOrg from a package goes through the same text policy', async () => {
    const { a, b, bAtA } = await acquaintedPair('Bộ Công Thương', 'Văn phòng Chính phủ');
    const brief = await a.desk.ok('briefs.create', {
      template: 'conclusion-notice',
      meetingId: MEETING,
    });
    const genuine = a.vault.exchange.seal({ to: [bAtA], briefIds: [brief.id], withMeeting: false });
    const briefIndex = genuine.manifest.items.findIndex((i) => i.kind === 'brief');
    const forged = reforge(
      a,
      genuine.bytes,
      [ageOf(a), ageOf(b)],
      (m) => m,
      (items) =>
        items.map((bytes, i) => {
          if (i !== briefIndex) return bytes;
          const v = JSON.parse(Buffer.from(bytes).toString('utf8')) as { originOrg: string };
          return Buffer.from(JSON.stringify({ ...v, originOrg: 'Bộ Ngoại giao\u0085\u200B' }));
        }),
    );
    const before = vaultDump(b);
    expect(failureOf(() => b.vault.exchange.import(forged, {}))).toBe('package-corrupt');
    expect(vaultDump(b)).toBe(before);
  });
});

describe('contacts: validity, the text policy and look-alikes', () => {
  const outside = (
    name: string,
    unit = '',
    validFrom = '2025-01-01',
    validUntil: string | null = null,
  ) => {
    const card = issueCard({
      name,
      unit,
      secrets: generateOrgSecrets(),
      validFrom,
      validUntil,
      now: new Date(),
    });
    return { file: Buffer.from(encodeCardFile(card), 'utf8'), fp: cardFingerprint(card) };
  };

  it('refuses a card out of its validity dates, even with the right fingerprint', async () => {
    const b = await ministry('Văn phòng Chính phủ');
    const expired = outside('Bộ Tư pháp', '', '2020-01-01', '2021-12-31');
    expect(failureOf(() => b.vault.exchange.addContact(expired.file, expired.fp))).toBe(
      'card-invalid',
    );
    const future = outside('Bộ Tư pháp', '', '2999-01-01');
    expect(failureOf(() => b.vault.exchange.addContact(future.file, future.fp))).toBe(
      'card-invalid',
    );
    expect(b.vault.exchange.contacts()).toEqual([]);
  });

  it('refuses names with invisible, bidi or C1 characters and names that look like a contact’s', async () => {
    const b = await ministry('Văn phòng Chính phủ');
    const genuine = outside('Bộ Ngoại giao');
    b.vault.exchange.addContact(genuine.file, genuine.fp);
    // Invisible variants cannot even be issued as cards now.
    for (const name of [
      'Bộ Ngoại giao\u200B',
      'Bộ Ngoại giao\u0085',
      'Bộ Ngoại\u2060 giao',
      '\u202EBộ Ngoại giao',
    ])
      expect(failureOf(() => outside(name))).toBe('invalid-input');
    // Look-alikes: a Cyrillic о, a Greek ο, capitals, a dotless ı, doubled spaces.
    for (const name of [
      'Bộ Ngоại giao',
      'Bộ Ngοại giao',
      'BỘ NGOẠI GIAO',
      'Bộ Ngoạı gıao',
      'Bộ  Ngoại giao',
    ]) {
      const lookalike = outside(name);
      expect(failureOf(() => b.vault.exchange.addContact(lookalike.file, lookalike.fp))).toBe(
        'card-invalid',
      );
    }
    // Another unit of the same ministry, and another ministry, are not look-alikes.
    const unit = outside('Bộ Ngoại giao', 'Vụ Hợp tác kinh tế đa phương');
    b.vault.exchange.addContact(unit.file, unit.fp);
    const other = outside('Bộ Công Thương');
    b.vault.exchange.addContact(other.file, other.fp);
    expect(
      b.vault.exchange
        .contacts()
        .map((c) => c.name)
        .sort(),
    ).toEqual(
      ['Bộ Công Thương', 'Bộ Ngoại giao', 'Bộ Ngoại giao — Vụ Hợp tác kinh tế đa phương'].sort(),
    );
    // Renaming a contact into a look-alike of another is refused too.
    expect(failureOf(() => b.vault.exchange.renameContact(other.fp, 'Bộ Ngоại giao'))).toBe(
      'conflict',
    );
    expect(failureOf(() => b.vault.exchange.renameContact(other.fp, 'Bộ\u200B Công Thương'))).toBe(
      'invalid-input',
    );
  });

  it('a meeting title with a right-to-left override or C1 control is refused where it is written', async () => {
    const b = await ministry('Văn phòng Chính phủ', true);
    const { createdAt: _c, updatedAt: _u, originOrg: _o, ...m } = b.vault.meetings.get(MEETING);
    for (const title of ['Phiên họp \u202Etxt.exe', 'Phiên họp\u009b', 'Phiên\u200Dhọp'])
      expect((await b.desk.failure('meetings.save', { ...m, title })).code).toBe('invalid-input');
    expect(b.vault.meetings.get(MEETING).title).toBe(m.title);
    // The same save with a clean title goes through: it is the characters that were refused.
    const saved = await b.desk.ok('meetings.save', { ...m, title: `${m.title} (sửa)` });
    expect(saved.title).toBe(`${m.title} (sửa)`);
  });
});
