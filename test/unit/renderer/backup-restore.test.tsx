// @vitest-environment jsdom
// Backup and restore in the settings, over the real handlers and real files: a backup is
// written and said where; a second one onto the same file is refused until the user ticks
// "replace"; the backup restores into a new vault file with its passphrase; nothing runs
// until every field is filled.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../renderer/i18n';
import { BackupSection, RestoreSection } from '../../../renderer/features/settings/BackupRestore';
import { PASS } from '../../support/real-desk';
import { realApp } from './setup';

const submit = (name: string) => screen.getByTestId<HTMLButtonElement>(`${name}-submit`);

describe('backup and restore', () => {
  it('backs up, refuses to overwrite until asked, and restores the backup into a new vault', async () => {
    const desk = await realApp({ unlocked: true });
    const user = userEvent.setup();
    render(
      <I18nProvider language="vi">
        <BackupSection />
        <RestoreSection />
      </I18nProvider>,
    );
    const backup = join(desk.dir, 'sao-luu.bdvault');
    expect(submit('backup').disabled).toBe(true);
    await user.type(screen.getByTestId('backup-path'), backup);
    await user.click(submit('backup'));
    expect((await screen.findByTestId('backup-done')).textContent).toContain(backup);
    expect(existsSync(backup)).toBe(true);

    await user.click(submit('backup'));
    expect(await screen.findByTestId('backup-error')).toBeTruthy();
    expect(screen.queryByTestId('backup-done')).toBeNull();
    await user.click(await screen.findByTestId('backup-replace'));
    await user.click(submit('backup'));
    expect(await screen.findByTestId('backup-done')).toBeTruthy();
    expect(screen.queryByTestId('backup-error')).toBeNull();

    const restored = join(desk.dir, 'khoi-phuc.bdvault');
    await user.type(screen.getByTestId('restore-source'), backup);
    await user.type(screen.getByTestId('restore-target'), restored);
    expect(submit('restore').disabled).toBe(true);
    await user.type(screen.getByTestId('restore-passphrase'), PASS);
    await user.click(submit('restore'));
    expect((await screen.findByTestId('restore-done')).textContent).toContain(restored);
    expect(existsSync(restored)).toBe(true);
    expect((screen.getByTestId('restore-passphrase') as HTMLInputElement).value).toBe('');
  });
});
