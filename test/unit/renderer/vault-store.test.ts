// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useVaultStore, selectScreen } from '../../../renderer/stores/vaultStore';
import { useMeetingsStore } from '../../../renderer/stores/meetingsStore';
import { startSession } from '../../../renderer/stores/session';
import fs from 'node:fs';
import path from 'node:path';
import type { RealDesk } from '../../support/real-desk';
import { realApp, waitOut } from './setup';

const screen = () => selectScreen(useVaultStore.getState(), false);
const PASS = 'mùa thu Hà Nội có hoa sữa';

/** The user made the vault k.bdvault for `organisation`, noted the recovery key and locked it. */
async function createdAndLocked(organisation: string): Promise<void> {
  await useVaultStore.getState().createVault({ path: 'k.bdvault', passphrase: PASS, organisation });
  useVaultStore.getState().acknowledgeRecoveryKey();
  await useVaultStore.getState().lockVault();
}

describe('vault store', () => {
  let desk: RealDesk;
  let stop: () => void = () => {};
  beforeEach(async () => {
    desk = await realApp();
  });
  afterEach(() => stop());

  it('walks create → recovery key → app, and only then forgets the key', async () => {
    await useVaultStore.getState().loadStatus();
    expect(screen()).toBe('create');

    const created = await useVaultStore.getState().createVault({
      path: 'kho.bdvault',
      passphrase: PASS,
      organisation: 'Bộ Ngoại giao',
    });
    expect(created).toBe(true);
    // The typed name was made a file in the host's default folder.
    expect(fs.existsSync(path.join(desk.dir, 'kho.bdvault'))).toBe(true);
    expect(screen()).toBe('recovery-key');
    expect(useVaultStore.getState().recoveryKey).toMatch(/^([A-Z0-9]{4}-){7}[A-Z0-9]{4}$/);

    useVaultStore.getState().acknowledgeRecoveryKey();
    expect(screen()).toBe('app');
    expect(useVaultStore.getState().recoveryKey).toBeNull();
  });

  it('keeps the recovery key on screen even if the vault locks before the user stored it', async () => {
    await useVaultStore
      .getState()
      .createVault({ path: 'k.bdvault', passphrase: PASS, organisation: 'UBND tỉnh Cà Mau' });
    await useVaultStore.getState().lockVault();
    expect(useVaultStore.getState().status?.state).toBe('locked');
    expect(screen()).toBe('recovery-key');
  });

  it('lock → unlock: a wrong passphrase shows the host error, the right one opens', async () => {
    await createdAndLocked('Bộ Công Thương');
    expect(screen()).toBe('unlock');

    expect(
      await useVaultStore
        .getState()
        .unlockVault('k.bdvault', { passphrase: 'sai mật khẩu rồi nhé' }),
    ).toBe(false);
    expect(useVaultStore.getState().error?.code).toBe('wrong-passphrase');
    expect(screen()).toBe('unlock');
    // The host makes the next attempt wait a second after a wrong one.
    waitOut(desk, 1_000);

    expect(await useVaultStore.getState().unlockVault('k.bdvault', { passphrase: PASS })).toBe(
      true,
    );
    expect(useVaultStore.getState().error).toBeNull();
    expect(screen()).toBe('app');
  });

  it('after the host throttles, no attempt is sent until the wait is over', async () => {
    await createdAndLocked('Bộ Ngoại giao');
    // Six wrong attempts, each after the host's wait (1, 2, 4… s): the next wait is 32 s.
    for (let i = 0; i < 6; i++) {
      waitOut(desk, 60_000);
      await useVaultStore.getState().unlockVault('k.bdvault', { passphrase: `sai lần thứ ${i}` });
    }
    // The host's answer to the sixth carries the wait (32 s): the store holds it.
    const s = useVaultStore.getState();
    expect(s.error?.code).toBe('wrong-passphrase');
    expect(s.retryAt).not.toBeNull();
    expect(s.retryAt! - Date.now()).toBeGreaterThan(20_000);

    const sent = desk.calls.filter((c) => c.name === 'vault.unlock').length;
    expect(await useVaultStore.getState().unlockVault('k.bdvault', { passphrase: PASS })).toBe(
      false,
    );
    expect(desk.calls.filter((c) => c.name === 'vault.unlock').length).toBe(sent);
    // Once the wait is over, the right passphrase opens the vault.
    waitOut(desk, 32_000);
    expect(await useVaultStore.getState().unlockVault('k.bdvault', { passphrase: PASS })).toBe(
      true,
    );
  });

  it('a `locked` answer from any call brings the unlock screen back and drops the records held', async () => {
    desk = await realApp({ unlocked: true });
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
