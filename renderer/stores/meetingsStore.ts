// Meetings: the list (filtered and sorted by the host) and the one meeting being edited.
import { create } from 'zustand';
import { contract, describeIssues, type MeetingFilter } from '../../shared/contract';
import {
  meetingFields,
  type Meeting,
  type MeetingInput,
  type MeetingSummary,
  type Person,
} from '../../shared/domain';
import type { AppError } from '../../shared/result';
import { todayIso } from '../../shared/format/date';
import { parseNumberSymbol } from '../../shared/format/legal-number';
import { getApi } from '../api/client';
import { openEditor, storedAsDraft, type DraftEdit, type EditorState } from './editor';
import { recordEditorActions } from './record-editor';

export type MeetingDraft = MeetingInput;
export type MeetingEditor = EditorState<MeetingDraft, Meeting>;

export const emptyPerson = (): Person => ({
  name: '',
  title: '',
  organisation: '',
  committeeRole: '',
});

export function emptyMeeting(today = todayIso()): MeetingDraft {
  return {
    title: '',
    kind: 'regular',
    date: today,
    partOfDay: null,
    time: null,
    mode: 'in-person',
    location: '',
    connectionPoints: [],
    chair: emptyPerson(),
    attendees: [],
    purpose: '',
    summary: '',
    results: '',
    difficulties: '',
    conclusions: [],
    legalReferences: [],
    sources: [],
    secrecy: 'none',
    urgency: 'none',
  };
}

/** A stored meeting as a save input: only the fields the contract accepts (it is strict). */
export const toMeetingDraft = (m: Meeting): MeetingDraft => storedAsDraft(m, meetingFields);

/**
 * Checked before sending: what the contract cannot check — a legal reference's number-symbol
 * must parse as one of the three families (the schema only bounds its length) — and, so that
 * every problem is listed at once, the contract's own schema. Null when the draft may be sent.
 */
export function checkMeetingDraft(draft: MeetingDraft): AppError | null {
  const schema = contract['meetings.save'].input.safeParse(draft);
  const issues = schema.success ? [] : describeIssues(schema.error);
  draft.legalReferences.forEach((ref, i) => {
    if (!ref.numberSymbol.trim()) return;
    const parsed = parseNumberSymbol(ref.numberSymbol);
    if (!parsed.ok)
      issues.push({
        path: `legalReferences.${i}.numberSymbol`,
        message: `${parsed.message.vi} / ${parsed.message.en}`,
      });
  });
  if (issues.length === 0) return null;
  return {
    code: 'invalid-input',
    message: {
      vi: `Có ${issues.length} ô chưa hợp lệ (đánh dấu đỏ); chưa có gì được lưu.`,
      en: `${issues.length} field(s) are not valid (marked in red); nothing was saved.`,
    },
    issues,
  };
}

interface MeetingsState {
  summaries: MeetingSummary[];
  filter: MeetingFilter;
  /** Years seen in unfiltered lists, so the year filter keeps its choices while filtering. */
  knownYears: number[];
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  editor: MeetingEditor | null;

  loadMeetings(): Promise<void>;
  setFilter(patch: Partial<MeetingFilter>): Promise<void>;
  openMeeting(id: string): Promise<void>;
  startNewMeeting(): void;
  editMeeting(edit: DraftEdit<MeetingDraft>): void;
  saveMeeting(): Promise<boolean>;
  deleteMeeting(): Promise<boolean>;
  /** After a conflict: drop the draft and load what is stored now. */
  reloadMeeting(): Promise<void>;
  closeMeeting(): void;
  reset(): void;
}

let listSeq = 0;

const initial = {
  summaries: [] as MeetingSummary[],
  filter: { sort: 'date-desc' } as MeetingFilter,
  knownYears: [] as number[],
  loading: false,
  loaded: false,
  error: null,
  editor: null,
};

export const useMeetingsStore = create<MeetingsState>()((set, get) => {
  const record = recordEditorActions<MeetingDraft, Meeting>({
    editor: () => get().editor,
    setEditor: (editor) => set({ editor }),
    setError: (error) => set({ error }),
    load: (id) => getApi()['meetings.get']({ id }),
    save: (draft) => getApi()['meetings.save'](draft),
    remove: (ref) => getApi()['meetings.delete'](ref),
    toDraft: toMeetingDraft,
    check: checkMeetingDraft,
    reloadList: () => get().loadMeetings(),
  });

  return {
    ...initial,

    async loadMeetings() {
      const seq = ++listSeq;
      const filter = get().filter;
      set({ loading: true });
      const r = await getApi()['meetings.list'](filter);
      if (seq !== listSeq) return; // a newer filter is already on its way
      if (!r.ok) {
        set({ loading: false, error: r.error });
        return;
      }
      const years = new Set(
        filter.year === undefined && !filter.kind && !filter.mode ? [] : get().knownYears,
      );
      for (const m of r.value) years.add(Number(m.date.slice(0, 4)));
      set({
        summaries: r.value,
        loading: false,
        loaded: true,
        error: null,
        knownYears: [...years].sort((a, b) => b - a),
      });
    },

    async setFilter(patch) {
      const next: Record<string, unknown> = { ...get().filter, ...patch };
      for (const k of Object.keys(next))
        if (next[k] === undefined || next[k] === '') delete next[k];
      set({ filter: next as MeetingFilter });
      await get().loadMeetings();
    },

    openMeeting: record.open,

    startNewMeeting() {
      set({ editor: openEditor<MeetingDraft, Meeting>(emptyMeeting(), null) });
    },

    editMeeting: record.edit,
    saveMeeting: record.save,
    deleteMeeting: record.remove,
    reloadMeeting: record.reload,
    closeMeeting: record.close,

    reset() {
      listSeq++;
      set({ ...initial });
    },
  };
});

export const selectMeetingDirty = (s: MeetingsState) => s.editor?.dirty ?? false;
