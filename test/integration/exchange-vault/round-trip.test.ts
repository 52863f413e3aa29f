// Two ministries' vaults on real encrypted files: cards exchanged with a compared fingerprint,
// the conclusion notice sent with its meeting and directives, imported by each recipient and
// by no one else, a directive's progress sent back and shown at the sender with its source,
// a conflict resolved by the user, secrecy-marked records refused — and the audit log.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCardFile } from '../../../electron/services/exchange/card';
import type { OpenVault } from '../../../electron/services/vault/types';
import { MEETING_IDS } from '../../../shared/sample';
import { tempDir, testDesk } from '../handlers/helpers';
import { ORGANISATION } from '../briefs/helpers';

const PASS = 'mật khẩu thử nghiệm đủ dài';
const MEETING = MEETING_IDS.committee20250826;

async function ministry(org: string, sample = false) {
  const desk = testDesk();
  const file = path.join(tempDir(), 'kho.bdvault');
  await desk.ok('vault.create', { path: file, passphrase: PASS, organisation: org });
  if (sample) {
    await desk.ok('sample.create', {});
    await desk.ok('organisation.set', { ...ORGANISATION, name: org });
  }
  return { desk, vault: desk.session.require() as OpenVault, file };
}

/** B adds A's card after comparing A's fingerprint; returns the name B knows A by. */
function introduce(from: OpenVault, to: OpenVault): string {
  const { card, fingerprint } = from.exchange.myCard();
  return to.exchange.addContact(
    Buffer.from(encodeCardFile(card), 'utf8'),
    fingerprint.replace(/(\d{5})/g, '$1 '),
  ).name;
}

const code = (f: () => unknown) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return (e as { error?: { code?: string } }).error?.code ?? String(e);
  }
};

/** Everything a user could see in a vault, to prove a refused import changed nothing. */
const dump = (v: OpenVault) =>
  JSON.stringify({
    meetings: v.meetings.list({ sort: 'date-desc' }).map((m) => v.meetings.get(m.id)),
    directives: v.directives.list({ today: '2025-09-15' }),
    indicators: v.indicators.list(),
    briefs: v.briefs.list(),
  });

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
    const before = dump(b.vault);
    const preview = b.vault.exchange.preview(sealed.bytes);
    expect(preview.sender.name).toBe('Văn phòng Chính phủ');
    expect(preview.items.every((i) => i.action === 'add')).toBe(true);
    expect(dump(b.vault)).toBe(before);
    const summary = b.vault.exchange.import(sealed.bytes, {});
    expect(summary.added).toBe(sealed.manifest.items.length);
    expect(b.vault.meetings.get(MEETING).originOrg).toBe('Văn phòng Chính phủ');
    expect(b.vault.briefs.get(brief.id).brief).toEqual(a.vault.briefs.get(brief.id).brief);
    expect(c.vault.exchange.import(sealed.bytes, {}).added).toBe(summary.added);

    // Not a recipient; a replay.
    expect(code(() => d.vault.exchange.preview(sealed.bytes))).toBe('package-not-for-me');
    const beforeReplay = dump(b.vault);
    expect(code(() => b.vault.exchange.import(sealed.bytes, {}))).toBe('package-replay');
    expect(dump(b.vault)).toBe(beforeReplay);

    // B reports progress on one directive and sends it back.
    const target = b.vault.directives.list({ meetingId: MEETING, today: '2025-09-15' })[0]!;
    b.vault.directives.updateProgress({
      id: target.id,
      revision: target.revision,
      status: 'in-progress',
      completedOn: null,
      note: { date: '2025-09-10', text: 'Đã xây dựng dự thảo kế hoạch' },
    });
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
    const beforeClash = dump(a.vault);
    expect(code(() => a.vault.exchange.import(clash.bytes, {}))).toBe('conflict');
    expect(dump(a.vault)).toBe(beforeClash);
    const resolved = a.vault.exchange.import(clash.bytes, { [meetingItem.key]: 'both' });
    expect(resolved.copies).toBe(1);
    expect(a.vault.meetings.get(MEETING).summary).toMatch(/\(A sửa\)$/);
    const copies = a.vault.meetings
      .list({ sort: 'date-desc' })
      .filter((m) => m.id !== MEETING && m.title === mA.title);
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

  it('judges a reply against what was sent to that partner: a later version sent to another is not overwritten', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const b = await ministry('Bộ Công Thương');
    const c = await ministry('Bộ Tài chính');
    const bAtA = introduce(b.vault, a.vault);
    const cAtA = introduce(c.vault, a.vault);
    const aAtB = introduce(a.vault, b.vault);
    introduce(a.vault, c.vault);

    // v1 to B; A then edits and sends v2 to C.
    b.vault.exchange.import(a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] }).bytes, {});
    const m = a.vault.meetings.get(MEETING);
    a.vault.meetings.save({ ...m, summary: `${m.summary} (bản 2 của VPCP)` });
    c.vault.exchange.import(a.vault.exchange.seal({ to: [cAtA], meetingIds: [MEETING] }).bytes, {});

    // B edits its v1 and replies: both sides changed since what A and B last shared.
    const mb = b.vault.meetings.get(MEETING);
    b.vault.meetings.save({ ...mb, summary: `${mb.summary} (BCT góp ý)` });
    const reply = b.vault.exchange.seal({ to: [aAtB], meetingIds: [MEETING] });
    const item = a.vault.exchange.preview(reply.bytes).items.find((i) => i.kind === 'meeting')!;
    expect(item.action).toBe('conflict');
    expect(code(() => a.vault.exchange.import(reply.bytes, {}))).toBe('conflict');
    expect(a.vault.meetings.get(MEETING).summary).toMatch(/\(bản 2 của VPCP\)$/);
  });
});
