// The Electron shell's Platform: electron-store for non-secret preferences (and the window's
// bounds), safeStorage as the OS keychain — refused on Linux's basic_text backend, which is
// plain text on disk —, native dialogs for choosing a vault file or a package file.
import { app, dialog, safeStorage, type BrowserWindow, type Rectangle } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import type { FilePurpose } from '../../shared/contract';
import { todayIso } from '../../shared/format/date';
import {
  DEFAULT_PREFERENCES,
  type KeychainAdapter,
  type Platform,
  type Preferences,
  type SaveKind,
} from '../services/platform';
import { parsePreferences } from '../services/preferences-file';
import { fileDialogFor, PACKAGE_FILTER } from './file-dialogs';

interface StoredState {
  preferences: Preferences;
  window: Partial<Rectangle> | null;
}

const SAVE_FILTERS: Record<SaveKind, { name: string; extensions: string[] }> = {
  docx: { name: 'Word (DOCX)', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  bdpack: PACKAGE_FILTER,
  bdcard: { name: 'Thẻ định danh / Identity card', extensions: ['bdcard'] },
  xlsx: { name: 'Excel (XLSX)', extensions: ['xlsx'] },
};

export function keychainAvailable(
  storage: Pick<typeof safeStorage, 'isEncryptionAvailable'> & {
    getSelectedStorageBackend?: () => string;
  },
): boolean {
  try {
    if (!storage.isEncryptionAvailable()) return false;
    return storage.getSelectedStorageBackend?.() !== 'basic_text';
  } catch {
    return false;
  }
}

/** safeStorage encrypts strings: the 32-byte slot key travels base64-encoded inside it. */
const keychain: KeychainAdapter = {
  available: () => keychainAvailable(safeStorage),
  encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
  decrypt: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
};

export interface ElectronPlatform extends Platform {
  /** Remembers a package file the OS asked to open, for the exchange screen to pick up. */
  offerPackage(file: string): void;
  windowBounds: { read(): Partial<Rectangle> | null; write(bounds: Rectangle): void };
}

export function createElectronPlatform(getWindow: () => BrowserWindow | null): ElectronPlatform {
  const store = new Store<StoredState>({
    name: 'preferences',
    defaults: { preferences: { ...DEFAULT_PREFERENCES, recentVaults: [] }, window: null },
  });

  /** Native dialogs (file-dialogs.ts); the path they return becomes a handle in the handler. */
  async function chooseFile(purpose: FilePurpose): Promise<string | null> {
    const win = getWindow();
    const chosen = fileDialogFor(purpose, app.getPath('documents'));
    if (chosen.kind === 'open') {
      const r = win
        ? await dialog.showOpenDialog(win, chosen.options)
        : await dialog.showOpenDialog(chosen.options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    }
    const r = win
      ? await dialog.showSaveDialog(win, chosen.options)
      : await dialog.showSaveDialog(chosen.options);
    return r.canceled ? null : (r.filePath ?? null);
  }

  async function chooseSavePath(suggestedName: string, kind: SaveKind): Promise<string | null> {
    const win = getWindow();
    const options = {
      title: 'Lưu tệp / Save file',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [SAVE_FILTERS[kind]],
    };
    const r = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    return r.canceled ? null : (r.filePath ?? null);
  }

  let openedPackage: string | null = null;

  return {
    host: 'electron',
    offerPackage: (file) => {
      openedPackage = file;
    },
    takeOpenedPackage: () => {
      const file = openedPackage;
      openedPackage = null;
      return file;
    },
    preferences: {
      read: () => parsePreferences(store.get('preferences')),
      write: (next) => store.set('preferences', parsePreferences(next)),
    },
    defaultVaultFolder: app.getPath('documents'),
    keychain,
    chooseFile,
    chooseSavePath,
    today: () => todayIso(),
    windowBounds: {
      read: () => store.get('window'),
      write: (bounds) => store.set('window', bounds),
    },
  };
}
