// Entry of the renderer. The UI font is bundled (Be Vietnam Pro, its Vietnamese, Latin Extended
// and Latin letters in one face per weight: styles/fonts.css) so diacritics render the same on
// every office machine.
import './styles/fonts.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/editors.css';
import './styles/registers.css';
import './styles/search.css';
import './styles/vault.css';
import './styles/print.css';
import './styles/print-brief.css';
import './styles/print-register.css';
import './styles/history.css';
import './styles/reports.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// The window draws charts from its first screen (the brief preview lays them out as it renders):
// the chart engine comes with the `shared/charts` entry, loaded here before anything renders.
import '../shared/charts';
import { getApi } from './api/client';
import { startSession } from './stores/session';
import { startRestartCarry } from './features/drafts/carry';
import { useSettingsStore } from './stores/settingsStore';
import { useVaultStore } from './stores/vaultStore';

// Take the token out of the address bar before anything else runs.
getApi();
startSession();
// After the session: its lock wiring hears a lock first, the carry then decides what to keep.
startRestartCarry();
void useSettingsStore.getState().loadSettings();
void useVaultStore.getState().loadStatus();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
