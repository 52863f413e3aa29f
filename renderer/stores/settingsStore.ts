// Preferences the host keeps (language, idle lock, recent vaults, the default folder for new
// vaults). The language lives here so the whole interface switches at once.
import { create } from 'zustand';
import type { Language, Settings } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import { getApi } from '../api/client';
import { failed } from './failed';

interface SettingsState {
  settings: Settings | null;
  /** Vietnamese until the host says otherwise. */
  language: Language;
  error: AppError | null;
  loadSettings(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  setIdleLockMinutes(minutes: number): Promise<void>;
  setDueReminders(on: boolean): Promise<void>;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: null,
  language: 'vi',
  error: null,

  async loadSettings() {
    const r = await getApi()['settings.get']({});
    if (!failed(r, set)) set({ settings: r.value, language: r.value.language, error: null });
  },

  async setLanguage(language) {
    const before = get().language;
    // Switch at once; the host only remembers the choice for next time.
    set({ language });
    const r = await getApi()['settings.set']({ language });
    if (r.ok) set({ settings: r.value, language: r.value.language, error: null });
    else set({ language: before, error: r.error });
  },

  async setIdleLockMinutes(minutes) {
    const r = await getApi()['settings.set']({ idleLockMinutes: minutes });
    if (!failed(r, set)) set({ settings: r.value, error: null });
  },

  async setDueReminders(on) {
    const r = await getApi()['settings.set']({ dueReminders: on });
    if (!failed(r, set)) set({ settings: r.value, error: null });
  },
}));

const NO_VAULTS: Settings['recentVaults'] = [];
export const selectRecentVaults = (s: SettingsState) => s.settings?.recentVaults ?? NO_VAULTS;
export const selectIdleLockMinutes = (s: SettingsState) => s.settings?.idleLockMinutes ?? 10;
