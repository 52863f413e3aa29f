// The vault's state as the window sees it: none chosen, locked, or unlocked. Everything else
// in the app is only reachable while it is unlocked; a `locked` answer from any call, a
// status poll or the idle timer brings the unlock screen back.
import { create } from 'zustand';
import type { FilePurpose, VaultStatus } from '../../shared/contract';
import { fail, type AppError, type Result } from '../../shared/result';
import { getApi } from '../api/client';
import { getFilePicker } from '../api/file-picker';
import { useSettingsStore } from './settingsStore';
import { failed } from './failed';

/** What the create form gives: the file as the user named or chose it, never sent as a path. */
export interface CreateVaultRequest {
  path: string;
  passphrase: string;
  organisation: string;
}

/**
 * Files chosen in a native dialog (Electron), by the label the form shows: the handle main
 * minted stays here and is what goes to the handler.
 */
const dialogChoices = new Map<string, { purpose: FilePurpose; file: string }>();

const chooseWithButton = () =>
  fail(
    'invalid-input',
    'Hãy chọn tệp bằng nút "Chọn…" (ứng dụng không nhận đường dẫn gõ tay).',
    'Choose the file with the "Choose…" button (the app does not take typed paths).',
  );

/**
 * The handle for a file the user named: a dialog's choice, the known vault, a recent vault,
 * or (browser host) what the host's picker answers for the typed name.
 */
export async function handleFor(
  purpose: FilePurpose,
  label: string,
  replace = false,
): Promise<Result<string>> {
  const chosen = dialogChoices.get(label);
  if (chosen && chosen.purpose === purpose) return { ok: true, value: chosen.file };
  if (purpose === 'open-vault') {
    const status = useVaultStore.getState().status;
    if (status?.path === label && status.file) return { ok: true, value: status.file };
    const recent = useSettingsStore.getState().settings?.recentVaults.find((r) => r.path === label);
    if (recent?.file) return { ok: true, value: recent.file };
  }
  const picker = getFilePicker();
  if (!picker) return chooseWithButton();
  const picked = await picker(purpose, label, replace);
  return picked.ok ? { ok: true, value: picked.value.file } : picked;
}

export type UnlockSecret = { passphrase: string } | { recoveryKey: string } | { keychain: true };
export type VaultScreen = 'loading' | 'create' | 'unlock' | 'recovery-key' | 'app';

interface VaultState {
  status: VaultStatus | null;
  /**
   * The status is this window's assumption, not the host's answer: a `locked` answer flips
   * the screen at once, before the host has said whether it locked or restarted.
   */
  assumed: boolean;
  /** Which form the user asked for while no vault is open. */
  entry: 'unlock' | 'create' | null;
  busy: boolean;
  error: AppError | null;
  /** Epoch ms before which the host refuses another unlock attempt. */
  retryAt: number | null;
  /** Held in memory only, from create until the user confirms it is stored; never persisted. */
  recoveryKey: string | null;

  loadStatus(): Promise<void>;
  createVault(input: CreateVaultRequest): Promise<boolean>;
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
  /** A native dialog (Electron); the label it returns stands for the handle main minted. */
  chooseFile(purpose: FilePurpose): Promise<string | null>;
  showEntry(entry: 'unlock' | 'create'): void;
  clearError(): void;
}

export const useVaultStore = create<VaultState>()((set, get) => ({
  status: null,
  assumed: false,
  entry: null,
  busy: false,
  error: null,
  retryAt: null,
  recoveryKey: null,
  sampleBusy: false,
  sampleError: null,

  async loadStatus() {
    const r = await getApi()['vault.status']({});
    if (!failed(r, set)) set({ status: r.value, assumed: false });
  },

  async createVault({ path, passphrase, organisation }) {
    set({ busy: true, error: null });
    const file = await handleFor('create-vault', path.trim());
    if (!file.ok) {
      set({ busy: false, error: file.error });
      return false;
    }
    const r = await getApi()['vault.create']({ file: file.value, passphrase, organisation });
    if (!r.ok) {
      set({ busy: false, error: r.error });
      return false;
    }
    set({
      busy: false,
      status: r.value.status,
      assumed: false,
      recoveryKey: r.value.recoveryKey,
      entry: null,
    });
    return true;
  },

  async unlockVault(path, secret) {
    const retryAt = get().retryAt;
    if (retryAt !== null && retryAt > Date.now()) return false;
    set({ busy: true, error: null, retryAt: null });
    const file = await handleFor('open-vault', path);
    if (!file.ok) {
      set({ busy: false, error: file.error });
      return false;
    }
    const r = await getApi()['vault.unlock']({ file: file.value, ...secret });
    if (!r.ok) {
      const wait = r.error.retryAfterMs;
      set({ busy: false, error: r.error, retryAt: wait && wait > 0 ? Date.now() + wait : null });
      return false;
    }
    set({ busy: false, status: r.value, assumed: false, entry: null, error: null });
    return true;
  },

  async lockVault() {
    const r = await getApi()['vault.lock']({});
    if (r.ok) set({ status: r.value, assumed: false, error: null });
    else {
      // Whatever the host said, stop showing records: refresh what the host really holds.
      set({ error: r.error });
      await get().loadStatus();
    }
  },

  markLocked() {
    const status = get().status;
    if (status && status.state === 'unlocked')
      set({ status: { ...status, state: 'locked' }, assumed: true });
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
    if (failed(r, set)) return null;
    const { file, name } = r.value;
    if (file === null || name === null) return null;
    dialogChoices.set(name, { purpose, file });
    return name;
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
