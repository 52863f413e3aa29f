// Issue 11: the exchange log is a hash chain. On a real vault: every kind of event is chained,
// the chain verifies whole, and an entry edited or removed behind the app's back (through a
// second connection to the encrypted file, as someone holding the key could) is reported as
// the first broken link — by the call, and by `briefing-desk audit verify`'s logic.
import { describe, expect, it } from 'vitest';
import { openKeyed } from '../../../electron/services/vault/storage/connection';
import { MEETING_IDS } from '../../../shared/sample';
import { actions, failureOf, acquaintedPair, type ministry } from './helpers';

const MEETING = MEETING_IDS.committee20250826;

async function busyVault() {
  const { a, b, bAtA, aAtB } = await acquaintedPair('Bộ Công Thương', 'Văn phòng Chính phủ');
  const pkg = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });
  b.vault.exchange.preview(pkg.bytes);
  b.vault.exchange.import(pkg.bytes, {});
  failureOf(() => b.vault.exchange.import(pkg.bytes, {})); // refused: a replay
  b.vault.exchange.renameContact(b.vault.exchange.contacts()[0]!.fingerprint, 'Bộ CT');
  void aAtB;
  return b;
}

const tamper = (m: Awaited<ReturnType<typeof ministry>>, sql: string) => {
  const db = openKeyed(m.file, m.dek);
  try {
    db.prepare(sql).run();
  } finally {
    db.close();
  }
};

describe('the exchange log as a hash chain', () => {
  it('chains card issue, contact, open, import and refusal entries, and verifies whole', async () => {
    const b = await busyVault();
    expect(actions(b.vault)).toEqual([
      'identity-issue',
      'contact-add',
      'open',
      'import',
      'open-refused',
      'contact-rename',
    ]);
    expect(await b.desk.ok('audit.verify', {})).toEqual({ entries: 6, firstBreak: null });
  });

  it('names the first entry whose content was changed after it was written', async () => {
    const b = await busyVault();
    tamper(b, "UPDATE exchange_log SET summary = '+0 ~0 =0' WHERE action = 'import'");
    const r = await b.desk.ok('audit.verify', {});
    expect(r.firstBreak).toMatchObject({ id: 4, action: 'import', reason: 'content' });
  });

  it('names the entry after one that was removed', async () => {
    const b = await busyVault();
    tamper(b, "DELETE FROM exchange_log WHERE action = 'open-refused'");
    expect((await b.desk.ok('audit.verify', {})).firstBreak).toMatchObject({
      id: 6,
      action: 'contact-rename',
      reason: 'prev',
    });
  });

  it('keeps chaining after a verification, and shows details in words, not codes', async () => {
    const b = await busyVault();
    const log = await b.desk.ok('exchange.log', {});
    expect(log.find((e) => e.action === 'open-refused')!.detail).toEqual({
      kind: 'refused',
      code: 'package-replay',
    });
    expect(log.find((e) => e.action === 'import')!.detail).toMatchObject({ kind: 'imported' });
    b.vault.exchange.revokeContact(b.vault.exchange.contacts()[0]!.fingerprint);
    expect(await b.desk.ok('audit.verify', {})).toEqual({ entries: 7, firstBreak: null });
  });
});
