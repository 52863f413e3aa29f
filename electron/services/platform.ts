// What a host gives the services: the Electron shell, the browser host and the CLI each
// provide one. Services never import 'electron'; the shell adapts safeStorage, dialogs and
// electron-store to this shape.
import type { FilePurpose, Language } from '../../shared/contract';

export interface Preferences {
  language: Language;
  idleLockMinutes: number;
  recentVaults: { path: string; openedAt: string }[];
  /** Remind of directives falling due (issue 13 §1): a system notification, a banner. */
  dueReminders: boolean;
  /** The directives already reminded of on `day`: at most one reminder a day each. */
  reminded: { day: string; ids: string[] };
}

export interface PreferenceStore {
  read(): Preferences;
  write(next: Preferences): void;
}

export interface KeychainAdapter {
  /** False on Linux's basic_text backend, which stores in plain text (security.md). */
  available(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(wrapped: Buffer): Buffer;
}

export type SaveKind = 'docx' | 'pdf' | 'bdpack' | 'bdcard' | 'xlsx';

export interface Platform {
  host: 'electron' | 'browser' | 'cli';
  preferences: PreferenceStore;
  defaultVaultFolder: string;
  keychain: KeychainAdapter | null;
  /**
   * A native file dialog; null where the host has none (the browser host's picker endpoint
   * mints handles itself). The path goes into a handle in main, never to the renderer.
   */
  chooseFile: ((purpose: FilePurpose) => Promise<string | null>) | null;
  /**
   * A native "Save as" dialog for a file the user exports (a brief, a package, a card), opened
   * on `suggestedName` in the user's documents. Absent where the host has none: the browser
   * host hands the bytes to the page, which downloads them; the CLI writes to --out.
   */
  chooseSavePath?: (suggestedName: string, kind: SaveKind) => Promise<string | null>;
  /**
   * A `.bdpack` the operating system asked the app to open (file association, double click),
   * handed over once. Absent where the host has no file association (browser host, CLI).
   */
  takeOpenedPackage?: () => string | null;
  /** Local calendar date, YYYY-MM-DD; injectable so tests can fix "today". */
  today(): string;
}

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'vi',
  idleLockMinutes: 10,
  recentVaults: [],
  dueReminders: true,
  reminded: { day: '', ids: [] },
};
