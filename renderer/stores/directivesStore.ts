// The directives register: the host filters (status, people, units, overdue, incomplete "6 rõ",
// meeting) and orders it, and hands it over a page at a time (`directives.page`, issue 13 §6)
// so the register stays fast on a large vault: the first page and the count come first, the
// next pages as the list scrolls to them. Inline updates go through `directives.updateProgress`
// with the revision the row was loaded at.
import { create } from 'zustand';
import { PAGE_LIMIT, type DirectiveFilter, type DirectiveSort } from '../../shared/contract';
import {
  blankDirective,
  directiveFields,
  type Directive,
  type DirectiveInput,
  type DirectiveStatus,
  type ProgressNote,
} from '../../shared/domain';
import type { AppError } from '../../shared/result';
import { todayIso } from '../../shared/format/date';
import { getApi } from '../api/client';
import type { DirectiveFilterValue } from '../lib/directive-filter';
import { openEditor, storedAsDraft, type DraftEdit, type EditorState } from './editor';
import { recordEditorActions } from './record-editor';
import { failed } from './failed';

export type DirectiveDraft = DirectiveInput;
export type DirectiveEditor = EditorState<DirectiveDraft, Directive>;

/** The register's filter bar, as the user left it (text fields as typed). */
export interface DirectiveFilterUi extends DirectiveFilterValue {
  /** The register's order; '' = by deadline, soonest first. */
  sort: DirectiveSort | '';
}

export const emptyDirectiveFilter: DirectiveFilterUi = {
  kind: '',
  status: '',
  assignee: '',
  leadUnit: '',
  overdue: false,
  incomplete: false,
  meetingId: '',
  sort: '',
};

/** The contract's filter from the bar: blanks left out, text NFC and trimmed, today's date for "overdue". */
export function buildDirectiveFilter(ui: DirectiveFilterUi, today: string): DirectiveFilter {
  const f: DirectiveFilter = { today };
  if (ui.kind) f.kind = ui.kind;
  if (ui.status) f.status = ui.status;
  const assignee = ui.assignee.normalize('NFC').trim();
  if (assignee) f.assignee = assignee;
  const leadUnit = ui.leadUnit.normalize('NFC').trim();
  if (leadUnit) f.leadUnit = leadUnit;
  if (ui.overdue) f.overdue = true;
  if (ui.incomplete) f.incomplete = true;
  if (ui.meetingId) f.meetingId = ui.meetingId;
  if (ui.sort) f.sort = ui.sort;
  return f;
}

export function emptyDirective(prefill: Partial<DirectiveDraft> = {}): DirectiveDraft {
  return { ...blankDirective(), ...prefill };
}

export const toDirectiveDraft = (d: Directive): DirectiveDraft => storedAsDraft(d, directiveFields);

/** Finishing a task records today as its completion date; reopening it clears the date. */
export function completionFor(
  status: DirectiveStatus,
  previous: Directive,
  today: string,
): string | null {
  if (status !== 'done') return null;
  return previous.status === 'done' && previous.completedOn ? previous.completedOn : today;
}

/** Rows fetched at a time as the register scrolls: a few screens' worth. */
export const PAGE_SIZE = 100;

interface DirectivesState {
  /** The register's rows loaded so far, from the first on, in its order. */
  items: Directive[];
  /** How many the filter leaves in all ("N nhiệm vụ"); rows past `items` load on scroll. */
  total: number;
  /** Directive id → the organisation whose package last updated it. */
  sources: Record<string, { sourceOrg: string; packageId: string; at: string }>;
  filter: DirectiveFilterUi;
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  /** The row whose inline update failed, with why. */
  rowError: { id: string; error: AppError } | null;
  editor: DirectiveEditor | null;

  /** The first page again (filter, order, a save or a delete changed the register). */
  loadDirectives(): Promise<void>;
  /** Loads the rows up to index `upTo` (exclusive) if they are not loaded yet. */
  ensureRows(upTo: number): Promise<void>;
  /** Every row the filter leaves, for printing the register (not only those loaded). */
  allDirectives(): Promise<Directive[] | null>;
  setFilter(patch: Partial<DirectiveFilterUi>): Promise<void>;
  /** `completedOn`: the date the user gave when marking it done (else today / the one kept). */
  updateStatus(id: string, status: DirectiveStatus, completedOn?: string): Promise<boolean>;
  addProgressNote(id: string, note: ProgressNote): Promise<boolean>;
  openDirective(id: string): Promise<void>;
  startNewDirective(prefill?: Partial<DirectiveDraft>): void;
  editDirective(edit: DraftEdit<DirectiveDraft>): void;
  saveDirective(): Promise<boolean>;
  deleteDirective(): Promise<boolean>;
  reloadDirective(): Promise<void>;
  closeDirective(): void;
  reset(): void;
}

let listSeq = 0;
/** The rows being fetched past the loaded ones, so a scroll does not ask twice. */
let moreInFlight: Promise<void> | null = null;
/** Injectable clock: tests fix "today" so overdue and completion dates are predictable. */
export const clock = { today: (): string => todayIso() };

const initial = {
  items: [] as Directive[],
  total: 0,
  sources: {} as Record<string, { sourceOrg: string; packageId: string; at: string }>,
  filter: emptyDirectiveFilter,
  loading: false,
  loaded: false,
  error: null,
  rowError: null,
  editor: null,
};

export const useDirectivesStore = create<DirectivesState>()((set, get) => {
  const replaceRow = (updated: Directive) =>
    set({ items: get().items.map((d) => (d.id === updated.id ? updated : d)), rowError: null });

  /** Which rows came (last) from another ministry's package: shown as their source. */
  async function loadSources(seq: number, rows: Directive[]) {
    if (rows.length === 0) return;
    const src = await getApi()['exchange.sources']({
      kind: 'directive',
      ids: rows.map((d) => d.id),
    });
    if (seq === listSeq && src.ok) set({ sources: { ...get().sources, ...src.value } });
  }

  const record = recordEditorActions<DirectiveDraft, Directive>({
    editor: () => get().editor,
    setEditor: (editor) => set({ editor }),
    setError: (error) => set({ error }),
    load: (id) => getApi()['directives.get']({ id }),
    save: (draft) => getApi()['directives.save'](draft),
    remove: (ref) => getApi()['directives.delete'](ref),
    toDraft: toDirectiveDraft,
    reloadList: () => get().loadDirectives(),
  });

  async function progress(
    id: string,
    status: DirectiveStatus,
    note: ProgressNote | null,
    completedOn?: string,
  ): Promise<boolean> {
    const row = get().items.find((d) => d.id === id);
    if (!row) return false;
    const r = await getApi()['directives.updateProgress']({
      id,
      revision: row.revision,
      status,
      completedOn:
        status === 'done' && completedOn ? completedOn : completionFor(status, row, clock.today()),
      note,
    });
    if (!r.ok) {
      set({ rowError: { id, error: r.error } });
      return false;
    }
    replaceRow(r.value);
    return true;
  }

  return {
    ...initial,

    async loadDirectives() {
      const seq = ++listSeq;
      moreInFlight = null;
      set({ loading: true });
      // After a save or a delete, as many rows as were on screen come back at once, so the
      // list does not shrink under the user and jump.
      const limit = Math.min(PAGE_LIMIT, Math.max(PAGE_SIZE, get().items.length));
      const r = await getApi()['directives.page']({
        ...buildDirectiveFilter(get().filter, clock.today()),
        offset: 0,
        limit,
      });
      if (seq !== listSeq) return; // the user changed the filter again meanwhile
      if (!r.ok) {
        set({ loading: false, error: r.error });
        return;
      }
      set({
        items: r.value.rows,
        total: r.value.total,
        sources: {},
        loading: false,
        loaded: true,
        error: null,
      });
      await loadSources(seq, r.value.rows);
    },

    ensureRows(upTo) {
      if (moreInFlight) return moreInFlight;
      const { items, total, loaded } = get();
      if (!loaded || items.length >= Math.min(upTo, total)) return Promise.resolve();
      const seq = listSeq;
      moreInFlight = (async () => {
        // A jump down the scrollbar may need several pages: at most PAGE_LIMIT rows a call.
        while (seq === listSeq && get().items.length < Math.min(upTo, get().total)) {
          const offset = get().items.length;
          const limit = Math.min(PAGE_LIMIT, Math.max(PAGE_SIZE, upTo - offset + PAGE_SIZE / 2));
          const r = await getApi()['directives.page']({
            ...buildDirectiveFilter(get().filter, clock.today()),
            offset,
            limit,
          });
          if (seq !== listSeq) return;
          if (failed(r, set)) return;
          // The register changed in between (an import, another window): start again.
          if (r.value.total !== get().total) {
            void get().loadDirectives();
            return;
          }
          if (r.value.rows.length === 0) return;
          set({ items: [...get().items, ...r.value.rows] });
          await loadSources(seq, r.value.rows);
        }
      })().finally(() => {
        if (seq === listSeq) moreInFlight = null;
      });
      return moreInFlight;
    },

    async allDirectives() {
      const r = await getApi()['directives.list'](
        buildDirectiveFilter(get().filter, clock.today()),
      );
      if (r.ok) return r.value;
      set({ error: r.error });
      return null;
    },

    async setFilter(patch) {
      set({ filter: { ...get().filter, ...patch } });
      await get().loadDirectives();
    },

    updateStatus: (id, status, completedOn) => progress(id, status, null, completedOn),

    addProgressNote(id, note) {
      const row = get().items.find((d) => d.id === id);
      return row ? progress(id, row.status, note) : Promise.resolve(false);
    },

    openDirective: record.open,

    startNewDirective(prefill) {
      const editor = openEditor<DirectiveDraft, Directive>(emptyDirective(prefill), null);
      // A prefilled task (from a conclusion) is new work the user has not saved yet.
      set({ editor: prefill ? { ...editor, dirty: true } : editor });
    },

    editDirective: record.edit,
    saveDirective: record.save,
    deleteDirective: record.remove,
    reloadDirective: record.reload,
    closeDirective: record.close,

    reset() {
      listSeq++;
      moreInFlight = null;
      set({ ...initial });
    },
  };
});

export const selectDirectiveDirty = (s: DirectivesState) => s.editor?.dirty ?? false;
