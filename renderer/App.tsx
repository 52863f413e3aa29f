// The app: language, the vault gate, and, once unlocked, the shell with its three registers,
// global search, the keyboard commands, the help panel and the unsaved-changes question.
import { useEffect, useMemo } from 'react';
import { I18nProvider, useT, translate } from './i18n';
import { createCommands, describeShortcut, dispatchShortcut } from './commands';
import { useSettingsStore } from './stores/settingsStore';
import { useVaultStore } from './stores/vaultStore';
import { useNavigationStore } from './stores/navigationStore';
import { VaultGate } from './features/vault/VaultGate';
import { MeetingsPage } from './features/meetings/MeetingsPage';
import { DirectivesPage } from './features/directives/DirectivesPage';
import { IndicatorsPage } from './features/indicators/IndicatorsPage';
import { BriefsPage } from './features/briefs/BriefsPage';
import { ExchangePage } from './features/exchange/ExchangePage';
import { TrashPage } from './features/history/TrashPage';
import { GlobalSearch } from './features/search/GlobalSearch';
import { createSampleData } from './features/sample';
import { ConfirmDialog } from './ui/ConfirmDialog';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { HelpPanel } from './ui/HelpPanel';
import { LanguageSwitch, Shell } from './ui/Shell';

function Workspace() {
  const t = useT();
  const language = useSettingsStore((s) => s.language);
  const setLanguage = useSettingsStore((s) => s.setLanguage);
  const status = useVaultStore((s) => s.status);
  const nav = useNavigationStore();
  const commands = useMemo(() => createCommands(), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      dispatchShortcut(commands, e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);

  const help = commands.map((c) => ({
    id: c.id,
    label: t(c.label),
    shortcuts: c.shortcuts.map(describeShortcut),
  }));
  const lock = () => nav.guard(() => void useVaultStore.getState().lockVault());

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
      menu={[
        {
          id: 'sample',
          label: t('sample.create'),
          onSelect: () => void createSampleData(),
          testId: 'menu-sample-data',
        },
        {
          id: 'help',
          label: t('cmd.help'),
          onSelect: () => nav.setHelpOpen(true),
          testId: 'menu-help',
        },
      ]}
    >
      {nav.view === 'meetings' && <MeetingsPage />}
      {nav.view === 'directives' && <DirectivesPage />}
      {nav.view === 'indicators' && <IndicatorsPage />}
      {nav.view === 'briefs' && <BriefsPage />}
      {nav.view === 'exchange' && <ExchangePage />}
      {nav.view === 'trash' && <TrashPage />}
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
