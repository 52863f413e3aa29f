// Migration 0008 (source documents and provenance): a vault from before opens upgraded with its
// records intact; a received report is kept whole (text and original bytes, inside the
// encrypted file), attached to a meeting; provenance ties a directive to the span it came from
// and refuses a quote the source does not contain.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migration0008 } from '../../../../electron/services/vault/storage/migrations/0008-sources';
import { migrate } from '../../../../electron/services/vault/storage/migrate';
import { meeting, ORG, PASS, tempDir, weakFactory } from '../helpers';
import { expectListedAfter, migrationsUpTo, reopen, vaultAtSchema } from './old-vault';

const REPORT =
  'Giao Bộ Tài chính chủ trì hoàn thiện Đề án, trình Thủ tướng Chính phủ trước ngày 15/12/2025.';

describe('migration 0008-sources', () => {
  it('is in the list and upgrades a vault made before it, records intact', async () => {
    expectListedAfter(migration0008, 3);
    const { file, dek, db, made: m } = await vaultAtSchema(3, (v) => v.meetings.save(meeting()));
    expect(migrate(db, migrationsUpTo(3))).toEqual([]);
    db.close();
    dek.fill(0);
    const reopened = await reopen(file);
    expect(reopened.meetings.get(m.id)).toEqual(m);
    expect(reopened.sources.list()).toEqual([]);
    reopened.close();
  });

  it('keeps a source whole, encrypted, with a meeting; provenance points at its words', async () => {
    const file = path.join(tempDir(), 'kho.bdvault');
    const { vault } = await weakFactory.create(file, PASS, ORG);
    const m = vault.meetings.save(meeting());
    const original = new TextEncoder().encode(`MARKER-ORIGINAL-FILE ${REPORT}`);
    const s = vault.sources.add({
      meetingId: m.id,
      title: 'Thông báo kết luận',
      publisher: 'Văn phòng Chính phủ',
      publishedOn: '2025-10-20',
      address: '',
      fileName: 'thong-bao.txt',
      kind: 'txt',
      original,
      text: REPORT.normalize('NFD'),
    });
    expect(s).toMatchObject({ meetingId: m.id, bytes: original.length, kind: 'txt' });
    expect(vault.sources.list(m.id).map((x) => x.id)).toEqual([s.id]);
    expect(vault.sources.text(s.id)).toBe(REPORT);
    expect(vault.sources.original(s.id)).toEqual(original);
    const start = REPORT.indexOf('trước ngày');
    vault.sources.setProvenance('directive', 'd-1', {
      sourceId: s.id,
      start,
      end: start + 21,
      quote: REPORT,
      rule: 'directive:giao',
    });
    expect(vault.sources.provenance('directive', 'd-1')).toMatchObject({
      start,
      quote: REPORT,
      source: { title: 'Thông báo kết luận' },
    });
    expect(() =>
      vault.sources.setProvenance('directive', 'd-2', {
        sourceId: s.id,
        start: 0,
        end: 5,
        quote: 'khác hẳn',
        rule: 'x',
      }),
    ).toThrow(/quote/);
    expect(() =>
      vault.sources.add({
        meetingId: 'no-such-meeting',
        title: '',
        publisher: '',
        publishedOn: null,
        address: '',
        fileName: 'a.txt',
        kind: 'txt',
        original,
        text: REPORT,
      }),
    ).toThrow();
    vault.close();
    // The original is inside the encrypted file, not readable on disk.
    expect(fs.readFileSync(file).includes(Buffer.from('MARKER-ORIGINAL-FILE'))).toBe(false);
  });
});
