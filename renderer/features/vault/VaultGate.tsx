// Decides what the window shows before the records: create, unlock, the one-time recovery
// key, or (unlocked) the app itself.
import type { ReactNode } from 'react';
import { useVaultStore, selectScreen } from '../../stores/vaultStore';
import { useSettingsStore, selectRecentVaults } from '../../stores/settingsStore';
import { CreateVaultForm } from './components/CreateVaultForm';
import { UnlockForm } from './components/UnlockForm';
import { HostLinkNotice } from './HostLinkNotice';
import { RecoveryKeyPanel } from './components/RecoveryKeyPanel';
import { downloadText, printRecoveryKey, recoveryKeyFileText } from '../../lib/files';
import { formatShortDate, todayIso } from '../../../shared/format/date';
import { useT } from '../../i18n';
import { useSettingsPanel } from '../settings/settingsPanelStore';

export function VaultGate({ children, topRight }: { children: ReactNode; topRight: ReactNode }) {
  const t = useT();
  const vault = useVaultStore();
  const recent = useSettingsStore(selectRecentVaults);
  const defaultFolder = useSettingsStore((s) => s.settings?.defaultVaultFolder ?? '');
  // The create form is prefilled from the settings, so wait for them (or for their failure).
  const settingsReady = useSettingsStore((s) => s.settings !== null || s.error !== null);
  const screen = settingsReady ? selectScreen(vault, recent.length > 0) : 'loading';
  const status = vault.status;
  const canChoose = status?.host === 'electron';

  if (screen === 'app')
    return (
      <>
        <HostLinkNotice />
        {children}
      </>
    );

  let body: ReactNode;
  if (screen === 'loading') body = <p className="loading">{t('common.loading')}</p>;
  else if (screen === 'recovery-key' && vault.recoveryKey) {
    const key = vault.recoveryKey;
    body = (
      <RecoveryKeyPanel
        recoveryKey={key}
        vaultPath={status?.path ?? null}
        onPrint={printRecoveryKey}
        onSaveFile={() =>
          downloadText(
            'briefing-desk-khoa-khoi-phuc.txt',
            recoveryKeyFileText(
              key,
              status?.path ?? null,
              status?.organisation ?? null,
              formatShortDate(todayIso()),
            ),
          )
        }
        onContinue={vault.acknowledgeRecoveryKey}
      />
    );
  } else if (screen === 'create') {
    body = (
      <CreateVaultForm
        defaultFolder={defaultFolder}
        canChooseFile={canChoose}
        onChooseFile={() => vault.chooseFile('create-vault')}
        busy={vault.busy}
        error={vault.error}
        onSubmit={(input) => void vault.createVault(input)}
        onOpenExisting={() => vault.showEntry('unlock')}
      />
    );
  } else {
    const keychainPath = status?.hasKeychainSlot && status.keychainAvailable ? status.path : null;
    body = (
      <UnlockForm
        key={status?.path ?? 'none'}
        recent={recent}
        initialPath={status?.path ?? null}
        canChooseFile={canChoose}
        onChooseFile={() => vault.chooseFile('open-vault')}
        keychainPath={keychainPath}
        busy={vault.busy}
        error={vault.error}
        retryAt={vault.retryAt}
        onUnlock={(path, secret) =>
          void vault.unlockVault(path, secret).then((opened) => {
            // Opened with the recovery key: offer a new passphrase at once (issue 9 item 7).
            if (opened && 'recoveryKey' in secret) useSettingsPanel.getState().show(true);
          })
        }
        onCreateNew={() => vault.showEntry('create')}
      />
    );
  }

  return (
    <div className="vault-screen">
      <header className="vault-screen__top">
        <span className="brand">Briefing Desk</span>
        {topRight}
      </header>
      <HostLinkNotice />
      <main className="vault-screen__body">{body}</main>
    </div>
  );
}
