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
import {
  applyEdit,
  failedWith,
  openEditor,
  savedAs,
  savedWhileEditing,
  startSaving,
  type DraftEdit,
  type EditorState,
} from './editor';

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
export function toMeetingDraft(m: Meeting): MeetingDraft {
  const draft: Record<string, unknown> = { id: m.id, revision: m.revision };
  for (const key of Object.keys(meetingFields.shape)) draft[key] = m[key as keyof Meeting];
  return draft as MeetingDraft;
}

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

export const useMeetingsStore = create<MeetingsState>()((set, get) => ({
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
    for (const k of Object.keys(next)) if (next[k] === undefined || next[k] === '') delete next[k];
    set({ filter: next as MeetingFilter });
    await get().loadMeetings();
  },

  async openMeeting(id) {
    const r = await getApi()['meetings.get']({ id });
    if (r.ok) set({ editor: openEditor(toMeetingDraft(r.value), r.value), error: null });
    else set({ error: r.error });
  },

  startNewMeeting() {
    set({ editor: openEditor<MeetingDraft, Meeting>(emptyMeeting(), null) });
  },

  editMeeting(edit) {
    const editor = get().editor;
    if (editor) set({ editor: applyEdit(editor, edit) });
  },

  async saveMeeting() {
    const before = get().editor;
    if (!before || before.saving) return false;
    const sent = before.draft;
    const problem = checkMeetingDraft(sent);
    if (problem) {
      set({ editor: failedWith(before, problem) });
      return false;
    }
    set({ editor: startSaving(before) });
    const r = await getApi()['meetings.save'](sent);
    const now = get().editor;
    if (!now) return r.ok;
    if (!r.ok) {
      set({ editor: failedWith(now, r.error) });
      return false;
    }
    set({
      editor:
        now.draft === sent
          ? savedAs(now, r.value, toMeetingDraft(r.value))
          : savedWhileEditing(now, r.value),
    });
    void get().loadMeetings();
    return true;
  },

  async deleteMeeting() {
    const editor = get().editor;
    const original = editor?.original;
    if (!editor || !original) {
      set({ editor: null });
      return true;
    }
    const r = await getApi()['meetings.delete']({ id: original.id, revision: original.revision });
    if (!r.ok) {
      set({ editor: failedWith(editor, r.error) });
      return false;
    }
    set({ editor: null });
    await get().loadMeetings();
    return true;
  },

  async reloadMeeting() {
    const id = get().editor?.original?.id;
    if (id) await get().openMeeting(id);
  },

  closeMeeting() {
    set({ editor: null });
  },

  reset() {
    listSeq++;
    set({ ...initial });
  },
}));

export const selectMeetingDirty = (s: MeetingsState) => s.editor?.dirty ?? false;
