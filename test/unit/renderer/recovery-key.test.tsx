// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  RecoveryKeyPanel,
  groupRecoveryKey,
} from '../../../renderer/features/vault/components/RecoveryKeyPanel';
import { App } from '../../../renderer/App';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { useSettingsStore } from '../../../renderer/stores/settingsStore';
import fs from 'node:fs';
import path from 'node:path';
import { realApp } from './setup';
import { giveElementsASize } from './layout-shim';

afterEach(cleanup);

describe('recovery key screen', () => {
  it('shows the key in groups and will not continue until the user confirms it is stored', async () => {
    const user = userEvent.setup();
    const onContinue = vi.fn();
    const onPrint = vi.fn();
    const onSaveFile = vi.fn();
    render(
      <RecoveryKeyPanel
        recoveryKey="ABCD-EFGH-JKLM-NPQR"
        vaultPath="/k.bdvault"
        onPrint={onPrint}
        onSaveFile={onSaveFile}
        onContinue={onContinue}
      />,
    );

    const groups = screen.getByTestId('recovery-key').querySelectorAll('.recovery__group');
    expect([...groups].map((g) => g.textContent)).toEqual(['ABCD', 'EFGH', 'JKLM', 'NPQR']);

    const next = screen.getByTestId('recovery-continue') as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    await user.click(next);
    expect(onContinue).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('recovery-print'));
    await user.click(screen.getByTestId('recovery-save'));
    expect(onPrint).toHaveBeenCalledOnce();
    expect(onSaveFile).toHaveBeenCalledOnce();
    expect(next.disabled).toBe(true);

    await user.click(screen.getByTestId('recovery-confirm'));
    expect(next.disabled).toBe(false);
    await user.click(next);
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it('groups an undivided key in fours', () => {
    expect(groupRecoveryKey('ABCDEFGHJK')).toEqual(['ABCD', 'EFGH', 'JK']);
  });
});

describe('creating a vault from the window', () => {
  beforeEach(() => giveElementsASize());

  it('create form → recovery key (saved to a file) → confirm → the app, with the sample-data offer', async () => {
    const desk = await realApp();
    const user = userEvent.setup();
    await act(async () => {
      await useSettingsStore.getState().loadSettings();
      await useVaultStore.getState().loadStatus();
    });
    render(<App />);

    await user.type(screen.getByTestId('vault-organisation'), 'Bộ Ngoại giao');
    await user.type(screen.getByTestId('create-passphrase'), 'mùa thu Hà Nội có hoa sữa');
    await user.type(screen.getByTestId('create-passphrase-confirm'), 'mùa thu Hà Nội có hoa sữa');
    await user.click(screen.getByTestId('create-vault-submit'));

    const key = useVaultStore.getState().recoveryKey!;
    expect((await screen.findByTestId('recovery-key')).textContent).toBe(key.replaceAll('-', ''));
    // The typed path went to the host's picker; the call carries only the handle it gave, and
    // the vault file is where the default name put it.
    expect(desk.calls.find((c) => c.name === 'vault.create')?.input).toEqual({
      file: expect.stringMatching(/^fh_/),
      passphrase: 'mùa thu Hà Nội có hoa sữa',
      organisation: 'Bộ Ngoại giao',
    });
    expect(fs.existsSync(path.join(desk.dir, 'kho-briefing-desk.bdvault'))).toBe(true);

    // "Lưu thành tệp" hands the browser a text file holding the key.
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'blob:key');
    URL.revokeObjectURL = () => {};
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByTestId('recovery-save'));
    expect(clicked).toHaveBeenCalledOnce();
    expect(await blobs[0]!.text()).toContain(key);

    await user.click(screen.getByTestId('recovery-confirm'));
    await user.click(screen.getByTestId('recovery-continue'));
    expect(await screen.findByTestId('sample-data-button')).toBeTruthy();
    expect(screen.getByTestId('lock-button')).toBeTruthy();
    expect(useVaultStore.getState().recoveryKey).toBeNull();
  });
});
