// The app: language, the vault gate, and, once unlocked, the shell with its three registers,
// global search, the keyboard commands, the help panel and the unsaved-changes question.
import { useEffect, useMemo, useState } from 'react';
import { I18nProvider, useT, translate } from './i18n';
import { createCommands, describeShortcut, dispatchShortcut, runCommand } from './commands';
import { onMenuCommand } from './api/lock-events';
import { useSettingsStore } from './stores/settingsStore';
import { useVaultStore } from './stores/vaultStore';
import { useNavigationStore } from './stores/navigationStore';
import { lockNow } from './stores/session';
import { DraftNotices, DraftSaved } from './features/drafts/DraftNotices';
import { VaultGate } from './features/vault/VaultGate';
import { MeetingsPage } from './features/meetings/MeetingsPage';
import { HomePage } from './features/home/HomePage';
import { DirectivesPage } from './features/directives/DirectivesPage';
import { IndicatorsPage } from './features/indicators/IndicatorsPage';
import { BriefsPage } from './features/briefs/BriefsPage';
import { ExchangePage } from './features/exchange/ExchangePage';
import { StatsPage } from './features/follow-up/StatsPage';
import { TrashPage } from './features/history/TrashPage';
import { ReportsPage } from './features/reports/ReportsPage';
import { GlobalSearch } from './features/search/GlobalSearch';
import { RemoveSampleDialog, useHasSample, useVaultEmpty } from './features/sample';
import { ConfirmDialog } from './ui/ConfirmDialog';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { HelpPanel } from './ui/HelpPanel';
import { SettingsPanel } from './features/settings/SettingsPanel';
import { useSettingsPanel } from './features/settings/settingsPanelStore';
import { LanguageSwitch, Shell } from './ui/Shell';

function Workspace() {
  const t = useT();
  const language = useSettingsStore((s) => s.language);
  const setLanguage = useSettingsStore((s) => s.setLanguage);
  const status = useVaultStore((s) => s.status);
  const nav = useNavigationStore();
  const vaultEmpty = useVaultEmpty();
  const hasSample = useHasSample();
  const [removingSample, setRemovingSample] = useState(false);
  const commands = useMemo(() => createCommands(), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      dispatchShortcut(commands, e);
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = onMenuCommand((id) => runCommand(commands, id));
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [commands]);

  const help = commands.map((c) => ({
    id: c.id,
    label: t(c.label),
    shortcuts: c.shortcuts.map(describeShortcut),
  }));
  // Unsaved work is written as drafts first (issue 9), so locking needs no question.
  const lock = () => void lockNow();

  return (
    <Shell
      view={nav.view}
      onNavigate={nav.navigate}
      organisation={status?.organisation ?? null}
      vaultPath={status?.path ?? null}
      search={<GlobalSearch />}
      language={language}
      onLanguage={(l) => void setLanguage(l)}
      onLock={lock}
      status={<DraftSaved />}
      notices={<DraftNotices />}
      menu={[
        // Sample data is offered only in an empty vault (on the meetings page, which asks
        // first) and, once loaded, can be removed in one step.
        ...(hasSample && !vaultEmpty
          ? [
              {
                id: 'sample-remove',
                label: t('sample.remove'),
                onSelect: () => setRemovingSample(true),
                testId: 'menu-sample-remove',
              },
            ]
          : []),
        {
          id: 'settings',
          label: t('cmd.goSettings'),
          onSelect: () => useSettingsPanel.getState().show(),
          testId: 'menu-settings',
        },
        {
          id: 'help',
          label: t('cmd.help'),
          onSelect: () => nav.setHelpOpen(true),
          testId: 'menu-help',
        },
      ]}
    >
      <RemoveSampleDialog open={removingSample} onClose={() => setRemovingSample(false)} />
      {nav.view === 'home' && <HomePage />}
      {nav.view === 'meetings' && <MeetingsPage />}
      {nav.view === 'directives' && <DirectivesPage />}
      {nav.view === 'indicators' && <IndicatorsPage />}
      {nav.view === 'briefs' && <BriefsPage />}
      {nav.view === 'exchange' && <ExchangePage />}
      <SettingsPanel />
      {nav.view === 'stats' && <StatsPage />}
      {nav.view === 'trash' && <TrashPage />}
      {nav.view === 'reports' && <ReportsPage />}
      <HelpPanel open={nav.helpOpen} entries={help} onClose={() => nav.setHelpOpen(false)} />
      <ConfirmDialog
        open={nav.pendingLeave !== null}
        title={t('guard.title')}
        message={t('guard.message')}
        confirmLabel={t('guard.discard')}
        cancelLabel={t('guard.stay')}
        danger
        onConfirm={nav.confirmLeave}
        onCancel={nav.cancelLeave}
        testId="unsaved-guard"
      />
    </Shell>
  );
}

function LanguageCorner() {
  const language = useSettingsStore((s) => s.language);
  const setLanguage = useSettingsStore((s) => s.setLanguage);
  return <LanguageSwitch language={language} onLanguage={(l) => void setLanguage(l)} />;
}

export function App() {
  const language = useSettingsStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'app.title');
  }, [language]);
  return (
    <I18nProvider language={language}>
      <ErrorBoundary>
        <VaultGate topRight={<LanguageCorner />}>
          <Workspace />
        </VaultGate>
      </ErrorBoundary>
    </I18nProvider>
  );
}
