// Whether the settings screen is open. It is a panel over the workspace, opened from the menu,
// the command list (Ctrl+,) or right after unlocking with the recovery key.
import { create } from 'zustand';

interface SettingsPanelState {
  open: boolean;
  /** Opened after a recovery-key unlock: the panel leads with "choose a new passphrase". */
  afterRecovery: boolean;
  show(afterRecovery?: boolean): void;
  hide(): void;
}

export const useSettingsPanel = create<SettingsPanelState>()((set) => ({
  open: false,
  afterRecovery: false,
  show: (afterRecovery = false) => set({ open: true, afterRecovery }),
  hide: () => set({ open: false, afterRecovery: false }),
}));
