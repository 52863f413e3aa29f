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

interface StoredState {
  preferences: Preferences;
  window: Partial<Rectangle> | null;
}

const VAULT_FILTER = { name: 'Briefing Desk vault', extensions: ['bdvault'] };

const SAVE_FILTERS: Record<SaveKind, { name: string; extensions: string[] }> = {
  docx: { name: 'Word (DOCX)', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  bdpack: { name: 'Gói Briefing Desk / Briefing Desk package', extensions: ['bdpack'] },
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

  /** Native dialogs; the path they return becomes a handle in the handler, never leaves main. */
  async function chooseFile(purpose: FilePurpose): Promise<string | null> {
    const win = getWindow();
    const documents = app.getPath('documents');
    if (purpose === 'open-vault' || purpose === 'restore-source') {
      const options = {
        title:
          purpose === 'open-vault' ? 'Mở kho / Open vault' : 'Chọn bản sao lưu / Choose a backup',
        defaultPath: documents,
        filters: [VAULT_FILTER],
        properties: ['openFile' as const],
      };
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    }
    if (purpose === 'open-package' || purpose === 'attachments-folder') {
      const opening = purpose === 'open-package';
      const options = opening
        ? {
            title: 'Mở gói / Open a package',
            defaultPath: documents,
            filters: [SAVE_FILTERS.bdpack],
            properties: ['openFile' as const],
          }
        : {
            title: 'Lưu tệp kèm vào thư mục / Save the attachments in a folder',
            defaultPath: documents,
            properties: ['openDirectory' as const, 'createDirectory' as const],
          };
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    }
    const titles: Record<typeof purpose, string> = {
      'create-vault': 'Tạo kho mới / New vault',
      'save-backup': 'Sao lưu kho / Back up vault',
      'restore-target': 'Khôi phục thành kho mới / Restore as a new vault',
      'save-package': 'Lưu gói / Save the package',
    };
    const filter = purpose === 'save-package' ? SAVE_FILTERS.bdpack : VAULT_FILTER;
    const options = { title: titles[purpose], defaultPath: documents, filters: [filter] };
    const r = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
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
