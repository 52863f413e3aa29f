// The vault's state as the window sees it: none chosen, locked, or unlocked. Everything else
// in the app is only reachable while it is unlocked; a `locked` answer from any call, a
// status poll or the idle timer brings the unlock screen back.
import { create } from 'zustand';
import type { CallInput, VaultStatus } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import { getApi } from '../api/client';

export type UnlockSecret = { passphrase: string } | { recoveryKey: string } | { keychain: true };
export type VaultScreen = 'loading' | 'create' | 'unlock' | 'recovery-key' | 'app';

interface VaultState {
  status: VaultStatus | null;
  /** Which form the user asked for while no vault is open. */
  entry: 'unlock' | 'create' | null;
  busy: boolean;
  error: AppError | null;
  /** Epoch ms before which the host refuses another unlock attempt. */
  retryAt: number | null;
  /** Held in memory only, from create until the user confirms it is stored; never persisted. */
  recoveryKey: string | null;

  loadStatus(): Promise<void>;
  createVault(input: CallInput<'vault.create'>): Promise<boolean>;
  unlockVault(path: string, secret: UnlockSecret): Promise<boolean>;
  lockVault(): Promise<void>;
  /** A call answered `locked`: the host closed the vault (idle, screen lock, suspend). */
  markLocked(): void;
  acknowledgeRecoveryKey(): void;
  /** Loads the corpus meetings with their directives and figures into the open vault. */
  createSampleData(): Promise<boolean>;
  /** Deletes exactly the sample records (fixed ids); resolves to how many, or null on failure. */
  removeSampleData(): Promise<number | null>;
  sampleBusy: boolean;
  sampleError: AppError | null;
  chooseFile(purpose: 'open' | 'create' | 'backup'): Promise<string | null>;
  showEntry(entry: 'unlock' | 'create'): void;
  clearError(): void;
}

export const useVaultStore = create<VaultState>()((set, get) => ({
  status: null,
  entry: null,
  busy: false,
  error: null,
  retryAt: null,
  recoveryKey: null,
  sampleBusy: false,
  sampleError: null,

  async loadStatus() {
    const r = await getApi()['vault.status']({});
    if (r.ok) set({ status: r.value });
    else set({ error: r.error });
  },

  async createVault(input) {
    set({ busy: true, error: null });
    const r = await getApi()['vault.create'](input);
    if (!r.ok) {
      set({ busy: false, error: r.error });
      return false;
    }
    set({ busy: false, status: r.value.status, recoveryKey: r.value.recoveryKey, entry: null });
    return true;
  },

  async unlockVault(path, secret) {
    const retryAt = get().retryAt;
    if (retryAt !== null && retryAt > Date.now()) return false;
    set({ busy: true, error: null, retryAt: null });
    const r = await getApi()['vault.unlock']({ path, ...secret });
    if (!r.ok) {
      const wait = r.error.retryAfterMs;
      set({ busy: false, error: r.error, retryAt: wait && wait > 0 ? Date.now() + wait : null });
      return false;
    }
    set({ busy: false, status: r.value, entry: null, error: null });
    return true;
  },

  async lockVault() {
    const r = await getApi()['vault.lock']({});
    if (r.ok) set({ status: r.value, error: null });
    else {
      // Whatever the host said, stop showing records: refresh what the host really holds.
      set({ error: r.error });
      await get().loadStatus();
    }
  },

  markLocked() {
    const status = get().status;
    if (status && status.state === 'unlocked') set({ status: { ...status, state: 'locked' } });
    void get().loadStatus();
  },

  acknowledgeRecoveryKey() {
    set({ recoveryKey: null });
  },

  async createSampleData() {
    if (get().sampleBusy) return false;
    set({ sampleBusy: true, sampleError: null });
    const r = await getApi()['sample.create']({});
    set({ sampleBusy: false, sampleError: r.ok ? null : r.error });
    return r.ok;
  },

  async removeSampleData() {
    if (get().sampleBusy) return null;
    set({ sampleBusy: true, sampleError: null });
    const r = await getApi()['sample.remove']({});
    set({ sampleBusy: false, sampleError: r.ok ? null : r.error });
    return r.ok ? r.value.removed : null;
  },

  async chooseFile(purpose) {
    const r = await getApi()['vault.chooseFile']({ purpose });
    if (r.ok) return r.value.path;
    set({ error: r.error });
    return null;
  },

  showEntry(entry) {
    set({ entry, error: null });
  },

  clearError() {
    set({ error: null });
  },
}));

/** What the window shows; the recovery key screen comes before anything else after create. */
export function selectScreen(
  s: Pick<VaultState, 'status' | 'entry' | 'recoveryKey'>,
  hasRecentVaults: boolean,
): VaultScreen {
  if (!s.status) return 'loading';
  // Even if the vault locks meanwhile, the key stays on screen until the user has stored it.
  if (s.recoveryKey !== null) return 'recovery-key';
  if (s.status.state === 'unlocked') return 'app';
  if (s.status.state === 'locked') return s.entry === 'create' ? 'create' : 'unlock';
  if (s.entry) return s.entry;
  return hasRecentVaults ? 'unlock' : 'create';
}

export const selectIsUnlocked = (s: VaultState) => s.status?.state === 'unlocked';
