// Two ministries' vaults on real encrypted files: cards exchanged with a compared fingerprint,
// the conclusion notice sent with its meeting and directives, imported by each recipient and
// by no one else, a directive's progress sent back and shown at the sender with its source,
// a conflict resolved by the user, secrecy-marked records refused — and the audit log.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeCardFile } from '../../../electron/services/exchange/card';
import { MEETING_IDS } from '../../../shared/sample';
import { failureOf as code, introduce, ministry, reportProgress, vaultDump } from './helpers';

const MEETING = MEETING_IDS.committee20250826;

describe('packages between two vaults', () => {
  it('sends the conclusion notice with its meeting and directives, and brings a directive’s progress back', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const b = await ministry('Bộ Công Thương');
    const c = await ministry('Bộ Tài chính');
    const d = await ministry('Bộ Xây dựng');
    const bAtA = introduce(b.vault, a.vault);
    introduce(c.vault, a.vault);
    const aAtB = introduce(a.vault, b.vault);
    introduce(a.vault, c.vault);
    introduce(a.vault, d.vault);

    const brief = await a.desk.ok('briefs.create', {
      template: 'conclusion-notice',
      meetingId: MEETING,
    });
    const cAtA = a.vault.exchange.contacts().find((x) => x.organisation === 'Bộ Tài chính')!.name;
    const sealed = a.vault.exchange.seal({
      to: [bAtA, cAtA],
      briefIds: [brief.id],
      note: 'Gửi để triển khai',
    });
    const directivesAtA = a.vault.directives.list({ meetingId: MEETING, today: '2025-09-15' });
    expect(sealed.manifest.items.map((i) => i.kind).sort()).toEqual(
      [
        'brief',
        'meeting',
        ...directivesAtA.map(() => 'directive'),
        ...sealed.manifest.items
          .filter((i) => i.kind === 'indicator' || i.kind === 'observation')
          .map((i) => i.kind),
      ].sort(),
    );

    // B previews (nothing written), then imports: same ids, origin A.
    const before = vaultDump(b);
    const preview = b.vault.exchange.preview(sealed.bytes);
    expect(preview.sender.name).toBe('Văn phòng Chính phủ');
    expect(preview.items.every((i) => i.action === 'add')).toBe(true);
    expect(vaultDump(b)).toBe(before);
    const summary = b.vault.exchange.import(sealed.bytes, {});
    expect(summary.added).toBe(sealed.manifest.items.length);
    expect(b.vault.meetings.get(MEETING).originOrg).toBe('Văn phòng Chính phủ');
    expect(b.vault.briefs.get(brief.id).brief).toEqual(a.vault.briefs.get(brief.id).brief);
    expect(c.vault.exchange.import(sealed.bytes, {}).added).toBe(summary.added);

    // Not a recipient; a replay.
    expect(code(() => d.vault.exchange.preview(sealed.bytes))).toBe('package-not-for-me');
    const beforeReplay = vaultDump(b);
    expect(code(() => b.vault.exchange.import(sealed.bytes, {}))).toBe('package-replay');
    expect(vaultDump(b)).toBe(beforeReplay);

    // B reports progress on one directive and sends it back.
    const target = b.vault.directives.list({ meetingId: MEETING, today: '2025-09-15' })[0]!;
    reportProgress(b.vault, target.id, '2025-09-10', 'Đã xây dựng dự thảo kế hoạch');
    const back = b.vault.exchange.seal({ to: [aAtB], directiveIds: [target.id] });
    const backPreview = a.vault.exchange.preview(back.bytes);
    expect(backPreview.items).toEqual([
      expect.objectContaining({ kind: 'directive', recordId: target.id, action: 'update' }),
    ]);
    a.vault.exchange.import(back.bytes, {});
    const atA = a.vault.directives.get(target.id);
    expect(atA.status).toBe('in-progress');
    expect(atA.progressNotes.at(-1)?.text).toBe('Đã xây dựng dự thảo kế hoạch');
    const viaCall = await a.desk.ok('exchange.sources', {
      kind: 'directive',
      ids: directivesAtA.map((x) => x.id),
    });
    expect(Object.keys(viaCall)).toEqual([target.id]); // only the directive B sent back has an outside source
    expect(viaCall[target.id]?.sourceOrg).toBe('Bộ Công Thương');
    expect(a.vault.exchange.source('directive', target.id)).toMatchObject({
      sourceOrg: 'Bộ Công Thương',
      packageId: back.manifest.packageId,
    });

    // Both sides edit the meeting: a conflict the user resolves; without a choice nothing is written.
    const mA = a.vault.meetings.get(MEETING);
    a.vault.meetings.save({ ...mA, summary: `${mA.summary} (A sửa)` });
    const mB = b.vault.meetings.get(MEETING);
    b.vault.meetings.save({ ...mB, summary: `${mB.summary} (B sửa)` });
    const clash = b.vault.exchange.seal({ to: [aAtB], meetingIds: [MEETING] });
    const clashPreview = a.vault.exchange.preview(clash.bytes);
    const meetingItem = clashPreview.items.find((i) => i.kind === 'meeting')!;
    expect(meetingItem.action).toBe('conflict');
    const beforeClash = vaultDump(a);
    expect(code(() => a.vault.exchange.import(clash.bytes, {}))).toBe('conflict');
    expect(vaultDump(a)).toBe(beforeClash);
    const resolved = a.vault.exchange.import(clash.bytes, { [meetingItem.key]: 'both' });
    expect(resolved.copies).toBe(1);
    expect(a.vault.meetings.get(MEETING).summary).toMatch(/\(A sửa\)$/);
    const copies = a.vault.meetings
      .list({ sort: 'date-desc' })
      .filter((m) => m.id !== MEETING && m.title === `${mA.title} (bản của Bộ Công Thương)`);
    expect(copies).toHaveLength(1);
    expect(a.vault.meetings.get(copies[0]!.id).summary).toMatch(/\(B sửa\)$/);

    // The audit log at A: seal, opens and imports, with package ids and fingerprints.
    const log = a.vault.exchange.log();
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['contact-add', 'seal', 'open', 'import']),
    );
    expect(log.find((e) => e.action === 'seal')?.packageId).toBe(sealed.manifest.packageId);
    expect(fs.existsSync(a.file)).toBe(true);
  });

  it('refuses a contact whose fingerprint differs from the one compared, and a secrecy-marked meeting', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const b = await ministry('Bộ Công Thương');
    const { card, fingerprint } = a.vault.exchange.myCard();
    const wrong = `${fingerprint.slice(0, 59)}${(Number(fingerprint[59]) + 1) % 10}`;
    expect(code(() => b.vault.exchange.addContact(Buffer.from(encodeCardFile(card)), wrong))).toBe(
      'card-invalid',
    );
    expect(b.vault.exchange.contacts()).toEqual([]);
    const bAtA = introduce(b.vault, a.vault);
    const m = a.vault.meetings.get(MEETING);
    a.vault.meetings.save({ ...m, secrecy: 'mat' });
    expect(code(() => a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] }))).toBe(
      'forbidden',
    );
  });
});
