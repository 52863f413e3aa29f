// Migration 0007 (exchange trust, issue 11): a vault whose exchange log and opened packages
// were written before the chain opens upgraded — its log entries chained in their order (and
// verified whole), its replay memory kept but keyed by sender and package id.
import { describe, expect, it } from 'vitest';
import { ORG } from '../helpers';
import { primaryKey, reopen, vaultAtSchema, inspectUpgraded } from './old-vault';

describe('migration 0007-exchange-trust', () => {
  it('chains an older log in its order and keys opened packages by sender and id', async () => {
    const { file, dek, db } = await vaultAtSchema(3, (vault) => vault.exchange.identity());
    // What a schema-3 vault holds: log lines without hashes, one package remembered by id.
    const line = db.prepare(
      'INSERT INTO exchange_log (at, actor, action, package_id, fingerprints, summary) VALUES (?, ?, ?, ?, ?, ?)',
    );
    line.run('2025-09-01T08:00:00.000Z', ORG, 'contact-add', null, '[]', 'Bộ Công Thương');
    line.run('2025-09-02T08:00:00.000Z', ORG, 'import', 'p-1', '[]', '+1 ~0 =0 mine:0 both:0');
    const fp = '1'.repeat(60);
    db.prepare(
      'INSERT INTO packages_opened (package_id, sender_fingerprint, opened_at) VALUES (?, ?, ?)',
    ).run('9b2f3c1e-0000-4000-8000-000000000001', fp, '2025-09-02T08:00:00.000Z');
    db.close();

    const reopened = await reopen(file);
    const actions = reopened.exchange.log().map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['import', 'contact-add', 'identity-issue']);
    expect(reopened.exchange.verifyLog().firstBreak).toBeNull();
    reopened.close();

    inspectUpgraded(file, dek, (raw) => {
      expect(primaryKey(raw, 'packages_opened')).toEqual(['sender_fingerprint', 'package_id']);
      expect(raw.prepare('SELECT sender_fingerprint FROM packages_opened').all()).toEqual([
        { sender_fingerprint: fp },
      ]);
      const hashes = raw.prepare('SELECT prev_hash, hash FROM exchange_log ORDER BY id').all() as {
        prev_hash: string;
        hash: string;
      }[];
      expect(hashes[0]!.prev_hash).toBe('0'.repeat(64));
      for (let i = 1; i < hashes.length; i++) {
        expect(hashes[i]!.prev_hash).toBe(hashes[i - 1]!.hash);
      }
    });
  });
});
