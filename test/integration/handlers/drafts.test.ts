// Drafts through the contract, against a real encrypted vault file: an autosave replaces the
// editor's draft, survives lock and unlock, is refused while locked, and disappears when the
// record is saved; the session's idle time is shared by every window; the sample data is
// removed in one step without touching the user's records.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSampleData } from '../../../shared/sample';
import { emptyMeeting } from '../../../renderer/stores/meetingsStore';
import { deskWithVault, ORG, PASS, unlockVault } from './helpers';

const draftOf = (summary: string) =>
  JSON.stringify({ ...emptyMeeting('2025-09-15'), title: 'Họp giao ban', summary });

describe('drafts in the vault', () => {
  it('keeps the newest draft of an editor across a lock, and only inside the encrypted file', async () => {
    const { desk, file } = await deskWithVault();
    await desk.ok('drafts.save', { editor: 'meeting', key: 'new', body: draftOf('bản đầu') });
    desk.clock.advance(1000);
    const marker = 'Nội dung chưa lưu Đắk Lắk ' + 'x'.repeat(50);
    await desk.ok('drafts.save', { editor: 'meeting', key: 'new', body: draftOf(marker) });
    expect(await desk.ok('drafts.list', {})).toHaveLength(1);

    await desk.ok('vault.lock', {});
    expect((await desk.failure('drafts.get', { editor: 'meeting', key: 'new' })).code).toBe(
      'locked',
    );
    expect(
      (await desk.failure('drafts.save', { editor: 'meeting', key: 'new', body: '{}' })).code,
    ).toBe('locked');
    // The text is nowhere in the files on disk in the clear.
    for (const f of fs.readdirSync(file.replace(/[^/]+$/, '')))
      expect(
        fs.readFileSync(file.replace(/[^/]+$/, f)).includes(Buffer.from('Nội dung chưa lưu')),
      ).toBe(false);

    await unlockVault(desk, file, { passphrase: PASS });
    const back = await desk.ok('drafts.get', { editor: 'meeting', key: 'new' });
    expect(back && JSON.parse(back.body).summary).toBe(marker);
    expect(back?.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('deletes the draft when the record is saved, new or existing', async () => {
    const { desk } = await deskWithVault();
    await desk.ok('drafts.save', { editor: 'meeting', key: 'new', body: draftOf('a') });
    const saved = await desk.ok('meetings.save', {
      ...emptyMeeting('2025-09-15'),
      title: 'Họp A',
      summary: 'a',
    });
    expect(await desk.ok('drafts.list', {})).toEqual([]);

    await desk.ok('drafts.save', { editor: 'meeting', key: saved.id, body: draftOf('b') });
    await desk.ok('drafts.save', {
      editor: 'meeting',
      key: 'new',
      body: draftOf('another new one'),
    });
    await desk.ok('meetings.save', {
      ...emptyMeeting('2025-09-15'),
      id: saved.id,
      revision: saved.revision,
      title: 'Họp A',
      summary: 'b',
    });
    // The other editor's draft of a new meeting stays.
    expect((await desk.ok('drafts.list', {})).map((d) => d.key)).toEqual(['new']);
  });

  it('refuses a draft that is not a JSON object or names an unknown editor, and keeps the stored one', async () => {
    const { desk } = await deskWithVault();
    await desk.ok('drafts.save', { editor: 'brief', key: 'new', body: '{"a":1}' });
    for (const refused of [
      { editor: 'brief', key: 'new', body: 'not json' },
      { editor: 'brief', key: 'new', body: '[1]' },
      { editor: 'letter', key: 'new', body: '{}' },
      { editor: 'brief', key: '../x', body: '{}' },
    ])
      expect((await desk.failure('drafts.save', refused)).code, JSON.stringify(refused)).toBe(
        'invalid-input',
      );
    expect((await desk.ok('drafts.get', { editor: 'brief', key: 'new' }))?.body).toBe('{"a":1}');
    expect(await desk.ok('drafts.discard', { editor: 'brief', key: 'new' })).toEqual({
      discarded: true,
    });
    expect(await desk.ok('drafts.get', { editor: 'brief', key: 'new' })).toBeNull();
  });
});

describe('the shared session', () => {
  it('counts a touch from any window as activity, and an idle query does not', async () => {
    const { desk } = await deskWithVault();
    desk.clock.advance(60_000);
    expect((await desk.ok('session.idle', {})).idleMs).toBe(60_000);
    expect((await desk.ok('session.idle', {})).idleMs).toBe(60_000);
    await desk.ok('session.touch', {});
    expect((await desk.ok('session.idle', {})).idleMs).toBe(0);
    // Touches from a second tab keep the vault open past the idle limit of either.
    for (let i = 0; i < 30; i++) {
      desk.clock.advance(60_000);
      await desk.ok('session.touch', {});
    }
    expect((await desk.ok('vault.status', {})).state).toBe('unlocked');
    desk.clock.advance(11 * 60_000);
    expect((await desk.ok('vault.status', {})).state).toBe('locked');
  });
});

describe('sample data removal', () => {
  it('removes exactly the sample records and keeps the user own', async () => {
    const { desk } = await deskWithVault();
    await desk.ok('sample.create', {});
    const mine = await desk.ok('meetings.save', {
      ...emptyMeeting('2025-09-15'),
      title: 'Họp của tôi',
    });
    const sample = buildSampleData(ORG);
    const total =
      sample.meetings.length +
      sample.directives.length +
      sample.indicators.length +
      sample.observations.length;
    expect(await desk.ok('sample.remove', {})).toEqual({ removed: total });
    expect((await desk.ok('meetings.list', {})).map((m) => m.id)).toEqual([mine.id]);
    expect(await desk.ok('directives.list', {})).toEqual([]);
    expect(await desk.ok('indicators.list', {})).toEqual([]);
    // A second removal finds nothing left to remove.
    expect(await desk.ok('sample.remove', {})).toEqual({ removed: 0 });
  });
});
