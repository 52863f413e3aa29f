// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useVaultStore, selectScreen } from '../../../renderer/stores/vaultStore';
import { useMeetingsStore } from '../../../renderer/stores/meetingsStore';
import { startSession } from '../../../renderer/stores/session';
import { freshApp } from './setup';
import type { FakeDesk } from './fake-desk';

const screen = () => selectScreen(useVaultStore.getState(), false);
const PASS = 'mùa thu Hà Nội có hoa sữa';

describe('vault store', () => {
  let desk: FakeDesk;
  let stop: () => void = () => {};
  beforeEach(() => {
    desk = freshApp();
  });
  afterEach(() => stop());

  it('walks create → recovery key → app, and only then forgets the key', async () => {
    await useVaultStore.getState().loadStatus();
    expect(screen()).toBe('create');

    const created = await useVaultStore.getState().createVault({
      path: '/home/u/kho.bdvault',
      passphrase: PASS,
      organisation: 'Bộ Ngoại giao',
    });
    expect(created).toBe(true);
    expect(screen()).toBe('recovery-key');
    expect(useVaultStore.getState().recoveryKey).toContain('ABCD');

    useVaultStore.getState().acknowledgeRecoveryKey();
    expect(screen()).toBe('app');
    expect(useVaultStore.getState().recoveryKey).toBeNull();
  });

  it('keeps the recovery key on screen even if the vault locks before the user stored it', async () => {
    await useVaultStore
      .getState()
      .createVault({ path: '/k.bdvault', passphrase: PASS, organisation: 'UBND tỉnh Cà Mau' });
    await useVaultStore.getState().lockVault();
    expect(useVaultStore.getState().status?.state).toBe('locked');
    expect(screen()).toBe('recovery-key');
  });

  it('lock → unlock: a wrong passphrase shows the host error, the right one opens', async () => {
    await useVaultStore
      .getState()
      .createVault({ path: '/k.bdvault', passphrase: PASS, organisation: 'Bộ Công Thương' });
    useVaultStore.getState().acknowledgeRecoveryKey();
    await useVaultStore.getState().lockVault();
    expect(screen()).toBe('unlock');

    expect(
      await useVaultStore
        .getState()
        .unlockVault('/k.bdvault', { passphrase: 'sai mật khẩu rồi nhé' }),
    ).toBe(false);
    expect(useVaultStore.getState().error?.code).toBe('wrong-passphrase');
    expect(screen()).toBe('unlock');

    expect(await useVaultStore.getState().unlockVault('/k.bdvault', { passphrase: PASS })).toBe(
      true,
    );
    expect(useVaultStore.getState().error).toBeNull();
    expect(screen()).toBe('app');
  });

  it('after the host throttles, no attempt is sent until the wait is over', async () => {
    await useVaultStore
      .getState()
      .createVault({ path: '/k.bdvault', passphrase: PASS, organisation: 'Bộ Ngoại giao' });
    useVaultStore.getState().acknowledgeRecoveryKey();
    await useVaultStore.getState().lockVault();
    for (let i = 0; i < 3; i++)
      await useVaultStore.getState().unlockVault('/k.bdvault', { passphrase: `sai lần thứ ${i}` });
    const s = useVaultStore.getState();
    expect(s.error?.code).toBe('unlock-throttled');
    expect(s.retryAt).not.toBeNull();
    expect(s.retryAt! - Date.now()).toBeGreaterThan(20_000);

    const sent = desk.calls.filter((c) => c.name === 'vault.unlock').length;
    expect(await useVaultStore.getState().unlockVault('/k.bdvault', { passphrase: PASS })).toBe(
      false,
    );
    expect(desk.calls.filter((c) => c.name === 'vault.unlock').length).toBe(sent);
  });

  it('a `locked` answer from any call brings the unlock screen back and drops the records held', async () => {
    desk = freshApp({ unlocked: true });
    stop = startSession({ pollMs: 1e9, idleCheckMs: 1e9 });
    await useVaultStore.getState().loadStatus();
    await useVaultStore.getState().createSampleData();
    await useMeetingsStore.getState().loadMeetings();
    expect(useMeetingsStore.getState().summaries.length).toBe(2);
    expect(screen()).toBe('app');

    desk.lockFromHost();
    await useMeetingsStore.getState().loadMeetings();
    // markLocked flips at once, then refreshes the status from the host.
    await useVaultStore.getState().loadStatus();
    expect(screen()).toBe('unlock');
    expect(useMeetingsStore.getState().summaries).toEqual([]);
  });
});
