// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UnlockForm } from '../../../renderer/features/vault/components/UnlockForm';
import { App } from '../../../renderer/App';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { useSettingsStore } from '../../../renderer/stores/settingsStore';
import { realApp, waitOut } from './setup';

afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

const base = {
  recent: [{ path: '/home/u/kho.bdvault', openedAt: '2025-08-26T07:00:00.000Z' }],
  initialPath: null,
  canChooseFile: false,
  onChooseFile: async () => null,
  keychainPath: null,
  busy: false,
  error: null,
  onCreateNew: () => {},
};

describe('unlock form', () => {
  it('offers the recent vaults and sends the passphrase, or the recovery key when asked', async () => {
    const user = userEvent.setup();
    const onUnlock = vi.fn();
    render(<UnlockForm {...base} retryAt={null} onUnlock={onUnlock} />);
    expect((screen.getByTestId('unlock-path') as HTMLInputElement).value).toBe(
      '/home/u/kho.bdvault',
    );
    expect(screen.getByRole('button', { name: /kho\.bdvault/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await user.type(screen.getByTestId('unlock-passphrase'), 'mùa thu Hà Nội');
    await user.click(screen.getByTestId('unlock-submit'));
    expect(onUnlock).toHaveBeenLastCalledWith('/home/u/kho.bdvault', {
      passphrase: 'mùa thu Hà Nội',
    });

    await user.click(screen.getByTestId('unlock-use-recovery'));
    expect(screen.getByLabelText(/Khóa khôi phục/)).toBeTruthy();
    await user.type(screen.getByTestId('unlock-passphrase'), ' ABCD-EFGH ');
    await user.click(screen.getByTestId('unlock-submit'));
    expect(onUnlock).toHaveBeenLastCalledWith('/home/u/kho.bdvault', { recoveryKey: 'ABCD-EFGH' });
  });

  it('while the host makes the user wait, counts down with the button disabled, then allows a try', () => {
    vi.useFakeTimers();
    let clock = 1_000_000;
    const onUnlock = vi.fn();
    render(<UnlockForm {...base} retryAt={clock + 30_000} now={() => clock} onUnlock={onUnlock} />);
    fireEvent.change(screen.getByTestId('unlock-passphrase'), { target: { value: 'thử lại' } });

    expect(screen.getByTestId('unlock-countdown').textContent).toContain('30 giây');
    const button = screen.getByTestId('unlock-submit') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.submit(screen.getByTestId('unlock-form'));
    expect(onUnlock).not.toHaveBeenCalled();

    clock += 12_000;
    act(() => void vi.advanceTimersByTime(300));
    expect(screen.getByTestId('unlock-countdown').textContent).toContain('18 giây');

    clock += 18_000;
    act(() => void vi.advanceTimersByTime(300));
    expect(screen.queryByTestId('unlock-countdown')).toBeNull();
    expect(button.disabled).toBe(false);
  });

  it('in the app, a wrong passphrase shows the host message and the right one opens the vault', async () => {
    // A vault of this passphrase, locked: the unlock screen shows it.
    const desk = await realApp({ unlocked: true });
    desk.lockFromHost();
    await act(async () => {
      await useSettingsStore.getState().loadSettings();
      await useVaultStore.getState().loadStatus();
    });
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByTestId('unlock-passphrase'), 'sai rồi');
    await user.click(screen.getByTestId('unlock-submit'));
    const error = await screen.findByTestId('unlock-error');
    expect(error.textContent).toContain('Mật khẩu không đúng.');
    expect(error.textContent).toContain('Wrong passphrase.');

    // The host's wait after a wrong attempt; the form counts it down before it lets a try.
    waitOut(desk, 1_000);
    await waitFor(() => expect(screen.queryByTestId('unlock-countdown')).toBeNull());
    await user.type(screen.getByTestId('unlock-passphrase'), 'mùa thu Hà Nội có hoa sữa');
    await user.click(screen.getByTestId('unlock-submit'));
    expect(await screen.findByTestId('lock-button')).toBeTruthy();
  });
});
