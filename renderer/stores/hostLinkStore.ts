// The window's link to its host (issue 9). When calls stop reaching the host (it stopped, it
// is restarting) the screen stays as it is and a line says so; the window asks again every
// few seconds. When the host answers as a new run, the unsaved work on screen is carried over
// the unlock (features/drafts/carry.ts) and the unlock screen says so.
import { create } from 'zustand';

interface HostLinkState {
  /** Calls cannot reach the host right now. */
  lost: boolean;
  /** The host restarted while this window held unsaved work, which waits for the unlock. */
  restarted: boolean;
  setLost(lost: boolean): void;
  setRestarted(restarted: boolean): void;
}

export const useHostLinkStore = create<HostLinkState>()((set) => ({
  lost: false,
  restarted: false,
  setLost: (lost) => set({ lost }),
  setRestarted: (restarted) => set({ restarted }),
}));
