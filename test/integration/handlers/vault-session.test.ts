// The life of a vault through the contract, as the app drives it: create, sample data, the
// registers, search without diacritics, a progress update, lock, a wrong passphrase, the
// growing delay, and the right passphrase — against a real encrypted vault file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTask } from '../../../shared/domain/directive';
import { buildSampleData } from '../../../shared/sample';
import { foldForSearch } from '../../../shared/text';
import {
  deskWithVault,
  ORG,
  PASS,
  snapshot,
  testDesk,
  unlockRefused,
  unlockVault,
  createVault,
} from './helpers';

describe('a vault through the handlers', () => {
  it('creates, loads the sample, lists, searches, updates, locks and unlocks with a growing delay', async () => {
    const { desk, dir, file, recoveryKey } = await deskWithVault();
    expect(recoveryKey).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){7}$/);

    const status = await desk.ok('vault.status', {});
    expect(status).toMatchObject({
      state: 'unlocked',
      path: file,
      organisation: ORG,
      host: 'browser',
      keychainAvailable: false,
    });

    const sample = buildSampleData(ORG);
    const added = await desk.ok('sample.create', {});
    expect(added).toEqual({
      meetings: sample.meetings.length,
      directives: sample.directives.filter(isTask).length,
      recommendations: sample.directives.filter((d) => !isTask(d)).length,
      indicators: sample.indicators.length,
      observations: sample.observations.length,
    });
    // A second run adds nothing: the sample's fixed ids are already there.
    expect(await desk.ok('sample.create', {})).toEqual({
      meetings: 0,
      directives: 0,
      recommendations: 0,
      indicators: 0,
      observations: 0,
    });

    const meetings = await desk.ok('meetings.list', {});
    expect(meetings).toHaveLength(sample.meetings.length);
    const directives = await desk.ok('directives.list', {});
    expect(directives).toHaveLength(sample.directives.length);
    const indicators = await desk.ok('indicators.list', {});
    expect(indicators).toHaveLength(sample.indicators.length);
    expect(indicators.flatMap((i) => i.observations)).toHaveLength(sample.observations.length);

    const found = await desk.ok('search.query', { q: 'dau tu' });
    const hits = [...found.meetings, ...found.directives, ...found.indicators];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => foldForSearch(`${h.title} ${h.snippet}`).includes('dau tu'))).toBe(
      true,
    );
    expect((await desk.ok('search.query', { q: 'hoi nhap' })).meetings.length).toBeGreaterThan(0);

    const target = directives.find((d) => d.status !== 'done');
    if (!target) throw new Error('the sample has an unfinished directive');
    const updated = await desk.ok('directives.updateProgress', {
      id: target.id,
      revision: target.revision,
      status: 'done',
      completedOn: '2025-09-10',
      note: { date: '2025-09-10', text: 'Đã hoàn thành và báo cáo Thủ tướng.' },
    });
    expect(updated).toMatchObject({ status: 'done', revision: target.revision + 1 });

    expect((await desk.ok('vault.lock', {})).state).toBe('locked');
    expect((await desk.failure('meetings.list', {})).code).toBe('locked');
    const status2 = await desk.ok('vault.status', {});
    expect(status2).toMatchObject({ state: 'locked', path: file, organisation: null });

    const opensBefore = desk.factory.opens;
    const wrong = await unlockRefused(desk, file, { passphrase: 'không phải mật khẩu' });
    expect(wrong.code).toBe('wrong-passphrase');
    expect(wrong.retryAfterMs).toBe(1000);
    expect(desk.factory.opens).toBe(opensBefore + 1);

    // Inside the delay even the right passphrase is refused, and the vault is not even read.
    const files = snapshot(dir);
    const throttled = await unlockRefused(desk, file, { passphrase: PASS });
    expect(throttled.code).toBe('unlock-throttled');
    expect(throttled.retryAfterMs).toBeGreaterThan(0);
    expect(throttled.message.vi).toMatch(/giây/);
    expect(desk.factory.opens).toBe(opensBefore + 1);
    expect(snapshot(dir)).toEqual(files);
    expect((await desk.ok('vault.status', {})).state).toBe('locked');

    desk.clock.advance(throttled.retryAfterMs ?? 0);
    const unlocked = await unlockVault(desk, file, { passphrase: PASS });
    expect(unlocked).toMatchObject({ state: 'unlocked', organisation: ORG });
    expect((await desk.ok('directives.get', { id: target.id })).status).toBe('done');
    expect(await desk.ok('meetings.list', {})).toHaveLength(sample.meetings.length);

    const settings = await desk.ok('settings.get', {});
    expect(settings.recentVaults[0]?.path).toBe(file);
  });

  it('doubles the delay after each wrong passphrase up to a minute, and a success clears it', async () => {
    const { desk, file } = await deskWithVault();
    await desk.ok('vault.lock', {});
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const e = await unlockRefused(desk, file, { passphrase: `sai ${i}` });
      expect(e.code).toBe('wrong-passphrase');
      delays.push(e.retryAfterMs ?? -1);
      desk.clock.advance(e.retryAfterMs ?? 0);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);

    await unlockVault(desk, file, { passphrase: PASS });
    await desk.ok('vault.lock', {});
    expect((await unlockRefused(desk, file, { passphrase: 'sai lần nữa' })).retryAfterMs).toBe(
      1000,
    );
  });

  it('throttles each vault on its own', async () => {
    const { desk, dir, file } = await deskWithVault();
    const other = path.join(dir, 'khac.bdvault');
    await createVault(desk, other);
    await desk.ok('vault.lock', {});
    expect((await unlockRefused(desk, file, { passphrase: 'sai' })).code).toBe('wrong-passphrase');
    expect((await unlockRefused(desk, file, { passphrase: PASS })).code).toBe('unlock-throttled');
    expect((await unlockVault(desk, other, { passphrase: PASS })).path).toBe(other);
  });

  it('refuses a second guess while one is still being checked', async () => {
    const { desk, file } = await deskWithVault();
    await desk.ok('vault.lock', {});
    const [a, b] = await Promise.all([
      desk.call('vault.unlock', {
        file: desk.session.files.mint('open-vault', file),
        passphrase: 'sai một',
      }),
      desk.call('vault.unlock', {
        file: desk.session.files.mint('open-vault', file),
        passphrase: 'sai hai',
      }),
    ]);
    const codes = [a, b].map((r) => (r.ok ? 'ok' : r.error.code)).sort();
    expect(codes).toEqual(['unlock-throttled', 'wrong-passphrase']);
    expect(desk.factory.opens).toBe(1);
  });

  it('says no-vault before any vault was opened, locked after', async () => {
    const desk = testDesk();
    expect(await desk.ok('vault.status', {})).toMatchObject({ state: 'none', path: null });
    expect((await desk.failure('meetings.list', {})).code).toBe('no-vault');
    expect((await desk.failure('sample.create', {})).code).toBe('no-vault');
  });

  it('changes the passphrase: the old one then fails, the new one opens', async () => {
    const { desk, file } = await deskWithVault();
    expect(
      (
        await desk.failure('vault.changePassphrase', {
          current: 'sai',
          next: 'mật khẩu mới hoàn toàn',
        })
      ).code,
    ).toBe('wrong-passphrase');
    desk.clock.advance(1000);
    expect(
      await desk.ok('vault.changePassphrase', { current: PASS, next: 'mật khẩu mới hoàn toàn' }),
    ).toEqual({ changed: true });
    await desk.ok('vault.lock', {});
    expect((await unlockRefused(desk, file, { passphrase: PASS })).code).toBe('wrong-passphrase');
    desk.clock.advance(60_000);
    expect((await unlockVault(desk, file, { passphrase: 'mật khẩu mới hoàn toàn' })).state).toBe(
      'unlocked',
    );
  });

  it('opens with the recovery key shown at creation', async () => {
    const { desk, file, recoveryKey } = await deskWithVault();
    await desk.ok('vault.lock', {});
    expect(
      (
        await desk.ok('vault.unlock', {
          file: desk.session.files.mint('open-vault', file),
          recoveryKey: recoveryKey.toLowerCase(),
        })
      ).state,
    ).toBe('unlocked');
  });

  it('never overwrites an existing vault', async () => {
    const { desk, file } = await deskWithVault();
    const e = await desk.failure('vault.create', {
      file: desk.session.files.mint('create-vault', file),
      passphrase: PASS,
      organisation: 'Khác',
    });
    expect(e.code).toBe('vault-exists');
    // The vault already open stays open.
    expect((await desk.ok('vault.status', {})).state).toBe('unlocked');
  });
});

describe('idle lock', () => {
  it('closes the vault after the idle time without a call; status polls do not count as activity', async () => {
    const { desk } = await deskWithVault();
    await desk.ok('settings.set', { idleLockMinutes: 1 });
    const vault = desk.session.openVault;
    if (!vault) throw new Error('unlocked');

    desk.clock.advance(50_000);
    await desk.ok('meetings.list', {}); // a user's call: the minute starts again
    desk.clock.advance(50_000);
    expect((await desk.ok('vault.status', {})).state).toBe('unlocked');
    desk.clock.advance(9_000);
    expect((await desk.ok('vault.status', {})).state).toBe('unlocked');
    desk.clock.advance(1_000); // 60 s after the last real call

    expect((await desk.ok('vault.status', {})).state).toBe('locked');
    expect((await desk.failure('meetings.list', {})).code).toBe('locked');
    // Closed for real: the vault object itself refuses (its key is zeroed).
    expect(() => vault.meetings.list({})).toThrow(/locked/i);
  });

  it('applies a shorter idle time to the running countdown at once', async () => {
    const { desk } = await deskWithVault();
    desk.clock.advance(3 * 60_000);
    // Changing the setting is itself a user's call; from it, 2 minutes and not the old 10.
    await desk.ok('settings.set', { idleLockMinutes: 2 });
    desk.clock.advance(2 * 60_000 - 1);
    expect((await desk.ok('vault.status', {})).state).toBe('unlocked');
    desk.clock.advance(1);
    expect((await desk.ok('vault.status', {})).state).toBe('locked');
  });

  it('uses the default of 10 minutes and leaves no timer behind once locked', async () => {
    const { desk } = await deskWithVault();
    desk.clock.advance(9 * 60_000 + 59_000);
    expect((await desk.ok('vault.status', {})).state).toBe('unlocked');
    desk.clock.advance(1_000);
    expect((await desk.ok('vault.status', {})).state).toBe('locked');
    expect(desk.clock.pending()).toBe(0);
  });
});
