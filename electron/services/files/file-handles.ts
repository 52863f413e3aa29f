// Opaque handles for files the user chose (issue 11, "main owns file paths"). The renderer
// never names a path to a handler: a native dialog (Electron) or the browser host's own picker
// endpoint turns the user's choice into a random handle bound to one purpose, and handlers
// accept only handles. A handle minted to open a vault cannot be used to write a backup, and a
// renderer that forges or replays a handle gets "cannot find this choice", never a path.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppFailure } from '../../../shared/result';
import type { Clock } from '../clock';

export type FilePurpose =
  | 'open-vault'
  | 'create-vault'
  | 'save-backup'
  | 'restore-source'
  | 'restore-target'
  // Packages (issue: no package bytes over IPC): where a sealed package is written, the package
  // file to preview and import, and the folder where the renderings it brings are saved.
  | 'save-package'
  | 'open-package'
  | 'attachments-folder';

/** Purposes whose writer may replace the exact existing file the user chose to replace. */
const MAY_REPLACE: ReadonlySet<FilePurpose> = new Set(['save-backup', 'save-package']);

export interface ChosenFile {
  purpose: FilePurpose;
  /** Absolute path, as the dialog or picker resolved it. */
  path: string;
  /**
   * True only when the user chose this exact existing file in a save dialog (the OS asked
   * "replace?") or confirmed replacing it in the host's picker: the one case a writer may
   * replace a file.
   */
  mayReplace: boolean;
}

interface Entry extends ChosenFile {
  expiresAt: number;
}

/** A choice is good for half an hour: long enough to type a passphrase, not for a day. */
const LIFETIME_MS = 30 * 60_000;
/** Bounded against a page that asks for handles in a loop; the oldest choice goes first. */
const MAX_HANDLES = 64;
const HANDLE = /^fh_[A-Za-z0-9_-]{32}$/;

export const unknownHandleFailure = () =>
  AppFailure.of(
    'invalid-input',
    'Lựa chọn tệp không còn hiệu lực. Hãy chọn lại tệp.',
    'That file choice is no longer valid. Choose the file again.',
  );

export class FileHandles {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock) {}

  mint(purpose: FilePurpose, filePath: string, mayReplace = false): string {
    this.prune();
    if (this.entries.size >= MAX_HANDLES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const handle = `fh_${randomBytes(24).toString('base64url')}`;
    this.entries.set(handle, {
      purpose,
      path: path.resolve(filePath),
      mayReplace: mayReplace && MAY_REPLACE.has(purpose),
      expiresAt: this.clock.now() + LIFETIME_MS,
    });
    return handle;
  }

  /**
   * The live handle for a path the app itself offers (the known vault, recent vaults): the
   * same handle on every status read instead of a new one each time, its lifetime renewed.
   */
  offer(purpose: FilePurpose, filePath: string): string {
    const resolved = path.resolve(filePath);
    const now = this.clock.now();
    for (const [k, v] of this.entries) {
      if (v.purpose === purpose && v.path === resolved && v.expiresAt > now) {
        v.expiresAt = now + LIFETIME_MS;
        return k;
      }
    }
    return this.mint(purpose, resolved);
  }

  /** The choice behind a handle, if it was made for this purpose and has not expired. */
  resolve(handle: string, purpose: FilePurpose): ChosenFile {
    const entry = HANDLE.test(handle) ? this.entries.get(handle) : undefined;
    if (!entry || entry.purpose !== purpose || entry.expiresAt <= this.clock.now()) {
      throw unknownHandleFailure();
    }
    return { purpose: entry.purpose, path: entry.path, mayReplace: entry.mayReplace };
  }

  /** Writes use their choice once: a second backup through the same handle is refused. */
  consume(handle: string, purpose: FilePurpose): ChosenFile {
    const chosen = this.resolve(handle, purpose);
    this.entries.delete(handle);
    return chosen;
  }

  private prune(): void {
    const now = this.clock.now();
    for (const [k, v] of this.entries) if (v.expiresAt <= now) this.entries.delete(k);
  }
}
