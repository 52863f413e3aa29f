// Migration 0003 (exchange): a vault made before packages opens upgraded, its records intact,
// and gets its organisation's identity on first use — secrets stored only inside the vault.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../../../electron/services/vault/storage/migrations/0001-initial';
import { migration0002 } from '../../../../electron/services/vault/storage/migrations/0002-briefs';
import { migrate } from '../../../../electron/services/vault/storage/migrate';
import { meeting, ORG } from '../helpers';
import { inspectUpgraded, primaryKey, reopen, vaultAtSchema } from './old-vault';

describe('migration 0003-exchange', () => {
  it('upgrades a schema-2 vault, keeps its records, and makes its identity on first use', async () => {
    // The file as a release before packages left it: schema 2.
    const { file, dek, db, made } = await vaultAtSchema(2, (v) => v.meetings.save(meeting()));
    expect(migrate(db, [migration0001, migration0002])).toEqual([]);
    db.close();

    const reopened = await reopen(file);
    expect(reopened.meetings.get(made.id)).toEqual(made);
    const first = reopened.exchange.myCard();
    expect(first.card.name).toBe(ORG);
    expect(first.fingerprint).toMatch(/^\d{60}$/);
    expect(reopened.exchange.myCard()).toEqual(first); // made once, then kept
    reopened.close();

    inspectUpgraded(file, dek, (raw) => {
      const stored = raw.prepare('SELECT secrets FROM org_identity').get() as { secrets: string };
      expect(JSON.parse(stored.secrets)).toMatchObject({
        ageIdentity: expect.stringMatching(/^AGE-SECRET-KEY-1/),
      });
      // What was exchanged is remembered per partner (a contact's lineage survives key changes).
      expect(primaryKey(raw, 'record_sync')).toEqual(['kind', 'id', 'peer']);
      expect(
        (raw.pragma('table_info(contacts)') as { name: string }[]).map((c) => c.name),
      ).toContain('lineage');
    });
    // The secret never reaches a file outside the encrypted database.
    for (const name of fs.readdirSync(path.dirname(file))) {
      const bytes = fs.readFileSync(path.join(path.dirname(file), name));
      expect(bytes.includes(Buffer.from('AGE-SECRET-KEY-1'))).toBe(false);
    }
  });
});
