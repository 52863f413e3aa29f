// Exchange with other ministries: this vault's card, the contacts, sealing a package and
// opening one. Opening is two steps — a preview (verified, nothing written) and the import
// with one choice per conflict — so the user sees what will change before it does.
import { create } from 'zustand';
import type { CallOutput } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import { getApi } from '../api/client';
import { getPackageFiles } from '../api/package-files';
import { reloadRegisters } from './reload-registers';
import { failed } from './failed';

type Card = CallOutput<'identity.card'>;
type Contact = CallOutput<'contacts.list'>[number];
type Preview = CallOutput<'packages.preview'>;
type ImportSummary = CallOutput<'packages.import'>;
type LogEntry = CallOutput<'exchange.log'>[number];
export type Resolution = 'mine' | 'theirs' | 'both';

export interface Opened {
  fileName: string;
  /** The 'open-package' handle: preview and import read the same file, by it. */
  file: string;
  preview: Preview;
  resolutions: Record<string, Resolution>;
}

interface ExchangeState {
  card: Card | null;
  contacts: Contact[];
  log: LogEntry[];
  error: AppError | null;
  busy: boolean;
  opened: Opened | null;
  imported: ImportSummary | null;
  /** Hands a rendering the import saved to the user (a download); null when main saved it. */
  saveAttachment: ((savedAs: string) => void) | null;
  sealed: {
    fileName: string;
    packageId: string;
    items: number;
    /** Records a chosen meeting would have brought, left out for their secrecy mark. */
    leftOut: CallOutput<'packages.seal'>['leftOut'];
  } | null;

  load(): Promise<void>;
  addContact(cardText: string, fingerprint: string): Promise<boolean>;
  revokeContact(fingerprint: string): Promise<void>;
  renameContact(fingerprint: string, name: string): Promise<boolean>;
  seal(request: {
    to: string[];
    briefIds: string[];
    meetingIds: string[];
    /** Single directives (e.g. one whose progress goes back to the ministry that assigned it). */
    directiveIds?: string[];
    /** Each chosen brief's rendered file(s), from its latest revision. */
    renderings?: ('docx' | 'pdf')[];
    note: string;
    /** ISO time after which recipients refuse the package; null for none. */
    expiresAt: string | null;
  }): Promise<boolean>;
  /** Browser host: the File the user chose or dropped, uploaded, then previewed. */
  openFile(file: File): Promise<void>;
  /** Electron: the native open dialog, then the preview. */
  choosePackage(): Promise<void>;
  openPackage(fileName: string, file: string): Promise<void>;
  /** A package the OS asked the app to open (Electron file association). */
  openPending(): Promise<void>;
  resolve(key: string, choice: Resolution): void;
  importOpened(): Promise<void>;
  closeOpened(): void;
  reset(): void;
}

const initial = {
  card: null,
  contacts: [] as Contact[],
  log: [] as LogEntry[],
  error: null,
  busy: false,
  opened: null,
  imported: null,
  saveAttachment: null,
  sealed: null,
};

/** Every conflict has a choice: only then may the import run. */
export const readyToImport = (o: Opened | null): boolean =>
  o !== null &&
  o.preview.items.every((i) => i.action !== 'conflict' || o.resolutions[i.key] !== undefined);

export const useExchangeStore = create<ExchangeState>()((set, get) => ({
  ...initial,

  async load() {
    const api = getApi();
    const [card, contacts, log] = await Promise.all([
      api['identity.card']({}),
      api['contacts.list']({}),
      api['exchange.log']({}),
    ]);
    // A failed load reports its error; a successful one leaves the last action's message.
    const failed = !card.ok ? card.error : !contacts.ok ? contacts.error : null;
    set({
      card: card.ok ? card.value : null,
      contacts: contacts.ok ? contacts.value : [],
      log: log.ok ? log.value : [],
      ...(failed ? { error: failed } : {}),
    });
  },

  async addContact(cardText, fingerprint) {
    const r = await getApi()['contacts.add']({ cardText, fingerprint });
    if (failed(r, set)) return false;
    set({ error: null });
    await get().load();
    return true;
  },

  async revokeContact(fingerprint) {
    const r = await getApi()['contacts.revoke']({ fingerprint });
    if (!r.ok) set({ error: r.error });
    await get().load();
  },

  async renameContact(fingerprint, name) {
    const r = await getApi()['contacts.rename']({ fingerprint, name });
    if (failed(r, set)) return false;
    await get().load();
    return true;
  },

  async seal(request) {
    set({ busy: true, sealed: null });
    // Where it goes first (a save dialog, or the host's download slot): the package is written
    // there by main, streaming, and never comes back through the call.
    const target = await getPackageFiles().sealTarget();
    if (!target.ok || target.value === null) {
      set({ busy: false, ...(target.ok ? {} : { error: target.error }) });
      return false;
    }
    const r = await getApi()['packages.seal']({
      ...request,
      directiveIds: request.directiveIds ?? [],
      renderings: request.renderings ?? [],
      file: target.value.file,
    });
    set({ busy: false });
    if (failed(r, set)) return false;
    target.value.deliver(r.value.fileName);
    set({
      error: null,
      sealed: {
        fileName: r.value.fileName,
        packageId: r.value.packageId,
        items: r.value.items,
        leftOut: r.value.leftOut,
      },
    });
    void get().load();
    return true;
  },

  async openFile(chosen) {
    set({ busy: true, opened: null, imported: null });
    const up = await getPackageFiles().upload(chosen);
    if (!up.ok) {
      set({ busy: false, error: up.error });
      return;
    }
    await get().openPackage(up.value.name, up.value.file);
  },

  async choosePackage() {
    const chosen = await getPackageFiles().choose();
    if (!chosen.ok) set({ error: chosen.error });
    else if (chosen.value) await get().openPackage(chosen.value.name, chosen.value.file);
  },

  async openPackage(fileName, file) {
    set({ busy: true, opened: null, imported: null });
    const r = await getApi()['packages.preview']({ file });
    set({ busy: false });
    if (!r.ok) {
      set({ error: r.error });
      void get().load();
      return;
    }
    set({ error: null, opened: { fileName, file, preview: r.value, resolutions: {} } });
    void get().load();
  },

  async openPending() {
    const r = await getApi()['packages.pending']({});
    if (r.ok && r.value) await get().openPackage(r.value.fileName, r.value.file);
  },

  resolve(key, choice) {
    const o = get().opened;
    if (o) set({ opened: { ...o, resolutions: { ...o.resolutions, [key]: choice } } });
  },

  async importOpened() {
    const o = get().opened;
    if (!o || !readyToImport(o)) return;
    set({ busy: true });
    // Rendered files that come with briefs are saved as files, never returned as bytes: a
    // folder the user chooses (Electron), or the host's private folder, each then offered as a
    // download (browser host). A closed dialog imports nothing: the user asked to stop.
    let where: { file: string; save: ((savedAs: string) => void) | null } | null = null;
    if (o.preview.items.some((i) => i.action === 'attachment')) {
      const target = await getPackageFiles().attachmentsTarget();
      if (!target.ok || target.value === null) {
        set({ busy: false, ...(target.ok ? {} : { error: target.error }) });
        return;
      }
      where = target.value;
    }
    // The previewed package's id: the host refuses if this file turns out to be another one.
    const r = await getApi()['packages.import']({
      file: o.file,
      packageId: o.preview.packageId,
      resolutions: o.resolutions,
      ...(where ? { attachments: where.file } : {}),
    });
    set({ busy: false, saveAttachment: where?.save ?? null });
    if (failed(r, set)) return;
    set({ error: null, imported: r.value, opened: null });
    void get().load();
    // The registers now hold what came in: every list is read again.
    void reloadRegisters();
  },

  closeOpened() {
    set({ opened: null, imported: null, saveAttachment: null });
  },

  reset() {
    set(initial);
  },
}));
