// This vault's identity and its contacts, on real encrypted vaults: the identity exists from
// creation; a contact is added only with the compared fingerprint; rename, revoke; a partner's
// new card replaces the old only when the old key vouches for it (rotation) or the same key
// re-issued it (a new unit) — a look-alike is refused and changes nothing.
import { describe, expect, it } from 'vitest';
import {
  cardFingerprint,
  encodeCardFile,
  issueCard,
} from '../../../electron/services/exchange/card';
import { generateOrgSecrets, type OrgSecrets } from '../../../electron/services/exchange/keys';
import { sealPackage } from '../../../electron/services/exchange/package';
import { openKeyed } from '../../../electron/services/vault/storage/connection';
import { canonicalJson } from '../../../shared/exchange/canonical';
import type { IdentityCard } from '../../../shared/exchange/card';
import { MEETING_IDS } from '../../../shared/sample';
import { actions, failureMessage, failureOf, introduce, ministry, vaultDump } from './helpers';

const MEETING = MEETING_IDS.committee20250826;
const NOW = new Date('2025-09-01T08:00:00.000Z');

const cardOf = (
  name: string,
  secrets: OrgSecrets,
  previous?: { card: IdentityCard; secrets: OrgSecrets },
) =>
  issueCard({
    name,
    unit: '',
    secrets,
    validFrom: '2025-09-01',
    validUntil: null,
    now: NOW,
    ...(previous ? { previous } : {}),
  });
const fileOf = (card: IdentityCard) => Buffer.from(encodeCardFile(card), 'utf8');
const otherDigit = (fp: string) => `${fp.slice(0, 59)}${(Number(fp[59]) + 1) % 10}`;

describe('identity and contacts', () => {
  it('makes the identity with the vault, keeps its secrets inside, and shows it', async () => {
    const a = await ministry('Bộ Ngoại giao');
    const db = openKeyed(a.file, a.dek, { readonly: true });
    const rows = db.prepare('SELECT card FROM org_identity').all() as { card: string }[];
    db.close();
    expect(rows).toHaveLength(1);
    const info = await a.desk.ok('identity.get', {});
    expect(info).toMatchObject({ name: 'Bộ Ngoại giao', unit: '', previousFingerprint: null });
    expect(info.fingerprint).toBe(cardFingerprint(JSON.parse(rows[0]!.card) as IdentityCard));
    const card = await a.desk.ok('identity.card', {});
    expect(card.fingerprint).toBe(info.fingerprint);
    expect(card.fileText).not.toMatch(/AGE-SECRET-KEY|PRIVATE|signingPrivateKey/);
    expect(card.fileText).toContain(info.fingerprint.match(/\d{5}/g)!.join(' '));
  });

  it('adds with the compared fingerprint only, renames, revokes — each in the audit log', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const b = await ministry('Bộ Công Thương');
    const { card, fingerprint } = b.vault.exchange.myCard();

    const before = vaultDump(a);
    const mismatch = () => a.vault.exchange.addContact(fileOf(card), otherDigit(fingerprint));
    expect(failureOf(mismatch)).toBe('card-invalid');
    expect(failureMessage(mismatch).vi).toMatch(/Dấu vân tay không khớp/);
    expect(failureOf(() => a.vault.exchange.addContact(fileOf(card), 'chưa đối chiếu'))).toBe(
      'card-invalid',
    );
    const mine = a.vault.exchange.myCard();
    expect(failureOf(() => a.vault.exchange.addContact(fileOf(mine.card), mine.fingerprint))).toBe(
      'invalid-input',
    );
    expect(vaultDump(a)).toBe(before);

    // Grouped with dashes, as read over the phone; adding the same card again is harmless.
    const typed = fingerprint.match(/\d{5}/g)!.join('-');
    const cardText = encodeCardFile(card);
    expect(await a.desk.ok('contacts.add', { cardText, fingerprint: typed })).toMatchObject({
      name: 'Bộ Công Thương',
      organisation: 'Bộ Công Thương',
      fingerprint,
      revokedAt: null,
    });
    await a.desk.ok('contacts.add', { cardText, fingerprint });
    expect(await a.desk.ok('contacts.list', {})).toHaveLength(1);

    // Renamed (a grouped fingerprint is accepted too); names stay unique; --to takes the new one.
    expect((await a.desk.ok('contacts.rename', { fingerprint: typed, name: 'BCT' })).name).toBe(
      'BCT',
    );
    const c = await ministry('Bộ Tài chính');
    introduce(c.vault, a.vault);
    expect(
      (await a.desk.failure('contacts.rename', { fingerprint, name: 'Bộ Tài chính' })).code,
    ).toBe('conflict');
    const sealed = a.vault.exchange.seal({ to: ['BCT'], meetingIds: [MEETING] });
    expect(sealed.manifest.recipients).toContain(fingerprint);

    // B knows A; then A revokes B: nothing more goes to B, nothing from B is accepted.
    const aAtB = introduce(a.vault, b.vault);
    b.vault.exchange.import(sealed.bytes, {});
    const fromB = b.vault.exchange.seal({ to: [aAtB], meetingIds: [MEETING] });
    const revoked = await a.desk.ok('contacts.revoke', { fingerprint });
    expect(revoked.revokedAt).not.toBeNull();
    expect(failureOf(() => a.vault.exchange.seal({ to: ['BCT'], meetingIds: [MEETING] }))).toBe(
      'forbidden',
    );
    const beforeOpen = vaultDump(a);
    expect(failureOf(() => a.vault.exchange.preview(fromB.bytes))).toBe('package-revoked-sender');
    expect(failureOf(() => a.vault.exchange.import(fromB.bytes, {}))).toBe(
      'package-revoked-sender',
    );
    expect(failureOf(() => a.vault.exchange.addContact(fileOf(card), fingerprint))).toBe(
      'forbidden',
    );
    expect(vaultDump(a)).toBe(beforeOpen);

    const log = await a.desk.ok('exchange.log', {});
    expect(actions(a.vault)).toEqual([
      'identity-issue',
      'contact-add',
      'contact-rename',
      'contact-add',
      'seal',
      'contact-revoke',
      'open-refused',
      'open-refused',
    ]);
    expect(log.every((e) => e.actor === 'Văn phòng Chính phủ')).toBe(true);
    expect(log.find((e) => e.action === 'contact-rename')).toMatchObject({
      fingerprints: [fingerprint],
      summary: 'Bộ Công Thương → BCT',
    });
    expect(log[0]).toMatchObject({ action: 'open-refused', summary: 'package-revoked-sender' });
    expect(log.find((e) => e.action === 'seal')).toMatchObject({
      packageId: sealed.manifest.packageId,
      fingerprints: sealed.manifest.recipients,
    });
  }, 20_000);

  it('accepts a rotated card only when the old key signed it, and keeps what was exchanged', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const s1 = generateOrgSecrets();
    const s2 = generateOrgSecrets();
    const s3 = generateOrgSecrets();
    const card1 = cardOf('Bộ Công Thương', s1);
    const card2 = cardOf('Bộ Công Thương', s2, { card: card1, secrets: s1 });
    const lookalike = cardOf('Bộ Công Thương', s3);
    const forged = cardOf('Bộ Công Thương', s3, { card: card1, secrets: s3 });
    a.vault.exchange.addContact(fileOf(card1), cardFingerprint(card1));
    const sent = a.vault.exchange.seal({ to: ['Bộ Công Thương'], meetingIds: [MEETING] });

    const before = vaultDump(a);
    const refusedLookalike = () =>
      a.vault.exchange.addContact(fileOf(lookalike), cardFingerprint(lookalike));
    expect(failureOf(refusedLookalike)).toBe('card-invalid');
    expect(failureMessage(refusedLookalike).vi).toMatch(/khóa khác/);
    const refusedForged = () =>
      a.vault.exchange.addContact(fileOf(forged), cardFingerprint(forged));
    expect(failureOf(refusedForged)).toBe('card-invalid');
    expect(failureMessage(refusedForged).vi).toMatch(/không được khóa của thẻ cũ ký/);
    expect(vaultDump(a)).toBe(before);

    const rotated = a.vault.exchange.addContact(fileOf(card2), cardFingerprint(card2));
    expect(rotated.name).toBe('Bộ Công Thương'); // what --to takes does not change
    const contacts = a.vault.exchange.contacts();
    expect(contacts).toHaveLength(2);
    const old = contacts.find((x) => x.fingerprint === cardFingerprint(card1))!;
    expect(old.revokedAt).not.toBeNull();
    expect(old.name).toMatch(/thẻ cũ/);
    expect(
      a.vault.exchange.seal({ to: ['Bộ Công Thương'], meetingIds: [MEETING] }).manifest.recipients,
    ).toContain(cardFingerprint(card2));

    // A reply sealed under the new key merges against what was sent to the old card.
    const meeting = a.vault.meetings.get(MEETING);
    const theirs = { ...meeting, summary: `${meeting.summary} Ý kiến Bộ Công Thương.` };
    const reply = sealPackage({
      sender: { card: card2, secrets: s2 },
      recipients: [a.vault.exchange.myCard().card],
      items: [
        {
          item: { name: meeting.title.slice(0, 300), kind: 'meeting', recordId: MEETING },
          bytes: Buffer.from(canonicalJson(theirs), 'utf8'),
        },
      ],
      now: new Date(),
    });
    expect(a.vault.exchange.preview(reply.bytes).items[0]!.action).toBe('update');
    // The old card no longer opens anything.
    const fromOld = sealPackage({
      sender: { card: card1, secrets: s1 },
      recipients: [a.vault.exchange.myCard().card],
      items: [
        { item: { name: 'x.pdf', kind: 'rendering', recordId: null }, bytes: Buffer.from('x') },
      ],
      now: new Date(),
    });
    expect(failureOf(() => a.vault.exchange.preview(fromOld.bytes))).toBe('package-revoked-sender');
    expect(sent.manifest.recipients).toContain(cardFingerprint(card1));
  });

  it('re-issues my card for a new unit; partners accept it as a rotation of the card they know', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const b = await ministry('Bộ Công Thương');
    const aAtB = introduce(a.vault, b.vault);
    const bAtA = introduce(b.vault, a.vault);
    const old = await a.desk.ok('identity.get', {});
    const updated = await a.desk.ok('identity.setUnit', { unit: 'Vụ Quan hệ quốc tế' });
    expect(updated).toMatchObject({
      unit: 'Vụ Quan hệ quốc tế',
      previousFingerprint: old.fingerprint,
    });
    expect(updated.fingerprint).not.toBe(old.fingerprint);
    expect(actions(a.vault).at(-1)).toBe('identity-update');
    // Same unit again: nothing re-issued.
    expect(
      (await a.desk.ok('identity.setUnit', { unit: ' Vụ Quan hệ quốc tế ' })).fingerprint,
    ).toBe(updated.fingerprint);

    const pkg = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });
    const before = vaultDump(b);
    expect(failureOf(() => b.vault.exchange.preview(pkg.bytes))).toBe('package-unknown-sender');
    expect(vaultDump(b)).toBe(before);

    const card = await a.desk.ok('identity.card', {});
    const replaced = b.vault.exchange.addContact(Buffer.from(card.fileText), card.fingerprint);
    expect(replaced).toMatchObject({ name: aAtB, unit: 'Vụ Quan hệ quốc tế' });
    const preview = b.vault.exchange.preview(pkg.bytes);
    expect(preview.sender).toMatchObject({ unit: 'Vụ Quan hệ quốc tế', contactName: aAtB });
  });
});
