// @vitest-environment jsdom
// Issue 9 item 7: right after an unlock with the recovery key the settings screen offers a new
// passphrase, proven by that recovery key; the strength rule of shared/ gates the button.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { useSettingsStore } from '../../../renderer/stores/settingsStore';
import { useSettingsPanel } from '../../../renderer/features/settings/settingsPanelStore';
import { realApp } from './setup';

const PASS = 'mùa thu Hà Nội có hoa sữa';

describe('the settings screen', () => {
  afterEach(() => {
    cleanup();
    useSettingsPanel.getState().hide();
  });

  it('opens after a recovery-key unlock and changes the passphrase with that key', async () => {
    const desk = await realApp();
    await useVaultStore.getState().createVault({
      path: 'kho.bdvault',
      passphrase: PASS,
      organisation: 'Bộ Ngoại giao',
    });
    // The key the real vault made, as the user wrote it down from the screen.
    const RECOVERY = useVaultStore.getState().recoveryKey!;
    useVaultStore.getState().acknowledgeRecoveryKey();
    await useVaultStore.getState().lockVault();
    await useSettingsStore.getState().loadSettings();
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByTestId('unlock-use-recovery'));
    await user.type(screen.getByTestId('unlock-passphrase'), RECOVERY);
    await user.click(screen.getByTestId('unlock-submit'));

    expect(await screen.findByTestId('settings-after-recovery')).toBeTruthy();
    await user.type(screen.getByTestId('settings-current'), RECOVERY);
    await user.type(screen.getByTestId('settings-next'), 'matkhau123');
    await user.type(screen.getByTestId('settings-confirm'), 'matkhau123');
    expect((screen.getByTestId('settings-passphrase-submit') as HTMLButtonElement).disabled).toBe(
      true,
    );

    await user.clear(screen.getByTestId('settings-next'));
    await user.clear(screen.getByTestId('settings-confirm'));
    await user.type(screen.getByTestId('settings-next'), 'một mật khẩu mới sau khôi phục');
    await user.type(screen.getByTestId('settings-confirm'), 'một mật khẩu mới sau khôi phục');
    await user.click(screen.getByTestId('settings-passphrase-submit'));
    expect(await screen.findByTestId('settings-passphrase-done')).toBeTruthy();
    expect(desk.calls.find((c) => c.name === 'vault.changePassphrase')?.input).toEqual({
      recoveryKey: RECOVERY,
      next: 'một mật khẩu mới sau khôi phục',
    });
    // The vault itself now opens with the new passphrase and no longer with the old one.
    desk.lockFromHost();
    const file = desk.desk.session.files.mint('open-vault', `${desk.dir}/kho.bdvault`);
    expect((await desk.desk.dispatch('vault.unlock', { file, passphrase: PASS })).ok).toBe(false);
    desk.clock.advance(1_000);
    await desk.ok('vault.unlock', { file, passphrase: 'một mật khẩu mới sau khôi phục' });
  });
});
