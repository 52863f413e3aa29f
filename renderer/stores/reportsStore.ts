// Reports in (issue 12): the report being reviewed — its text read on the main side, the
// proposals with the user's decisions and edits — and the one write, "Nhập". Nothing reaches
// the vault before `importAccepted`, which sends everything in one `sources.import`.
import { create } from 'zustand';
import type { Meeting } from '../../shared/domain';
import type { MeetingProposal } from '../../shared/extract';
import type { AppError, Bilingual } from '../../shared/result';
import { getApi } from '../api/client';
import { readFileBase64 } from '../lib/read-file';
import { useDirectivesStore } from './directivesStore';
import { useIndicatorsStore } from './indicatorsStore';
import { useMeetingsStore } from './meetingsStore';
import { meetingOfImport, type MeetingChoice } from '../features/reports/meeting-choice';
import {
  importRequest,
  reviewRows,
  type Decision,
  type DirectiveRow,
  type FigureRow,
  type ProposedRow,
  type SourceMeta,
} from '../features/reports/review-plan';

export interface Imported {
  observations: number;
  directives: number;
  skipped: number;
  /** What was done with the report's meeting facts. */
  meeting: 'new' | 'merge' | null;
  indicators: number;
}

interface ReportsState {
  busy: boolean;
  error: Bilingual | null;
  source: SourceMeta | null;
  figures: FigureRow[];
  directives: DirectiveRow[];
  /** The meeting facts of the report's opening paragraph, when it has them. */
  meeting: MeetingProposal | null;
  meetingId: string;
  /** Indicators proposed for figures no vault indicator fits, shared by their figures. */
  proposed: ProposedRow[];
  /** What "Nhập" does with the meeting facts; nothing until the user chooses. */
  choice: MeetingChoice;
  /** The meeting a merge goes into, as read when chosen: its plan is shown from it. */
  mergeTarget: Meeting | null;
  problems: Record<string, Bilingual>;
  imported: Imported | null;

  openFile(file: File): Promise<void>;
  readPasted(text: string): Promise<void>;
  editFigure(key: string, patch: Partial<Omit<FigureRow, 'key' | 'proposal'>>): void;
  editDirective(key: string, patch: Partial<Omit<DirectiveRow, 'key' | 'proposal'>>): void;
  decideAll(kind: 'figures' | 'directives', decision: Decision): void;
  setMeeting(id: string): void;
  editProposed(key: string, patch: Partial<Pick<ProposedRow, 'name' | 'pillar'>>): void;
  chooseMeeting(choice: MeetingChoice): Promise<void>;
  importAccepted(): Promise<void>;
  reset(): void;
}

const MAX_FILE = 16 * 1024 * 1024;
const PASTE_NAME = 'van-ban-dan.txt';

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const blank = {
  busy: false,
  error: null,
  source: null,
  figures: [] as FigureRow[],
  directives: [] as DirectiveRow[],
  meeting: null as MeetingProposal | null,
  meetingId: '',
  proposed: [] as ProposedRow[],
  choice: { mode: 'none' } as MeetingChoice,
  mergeTarget: null as Meeting | null,
  problems: {} as Record<string, Bilingual>,
  imported: null as Imported | null,
};

const message = (e: AppError): Bilingual => e.message;

/** One proposed row (a figure or a directive) changed by the user, found by its key. */
const edited = <T extends { key: string }>(
  rows: T[],
  key: string,
  patch: Partial<NoInfer<T>>,
): T[] => rows.map((r) => (r.key === key ? { ...r, ...patch } : r));

/** The problems without the one on a row the user has just changed: the edit answers it. */
function solved(problems: Record<string, Bilingual>, key: string): Record<string, Bilingual> {
  const rest = { ...problems };
  delete rest[key];
  return rest;
}

export const useReportsStore = create<ReportsState>()((set, get) => {
  async function read(fileName: string, input: { base64: string } | { text: string }) {
    set({ ...blank, busy: true });
    const indicators = useIndicatorsStore.getState();
    if (!indicators.loaded) await indicators.loadIndicators();
    const r = await getApi()['sources.read']({ fileName, ...input });
    if (!r.ok) {
      set({ busy: false, error: message(r.error) });
      return;
    }
    const { extraction, text, kind, title } = r.value;
    const rows = reviewRows(extraction, useIndicatorsStore.getState().items);
    const nothing = !rows.figures.length && !rows.directives.length && !extraction.meeting;
    // A vault meeting held on the day the report names is offered as the one to attach to.
    const sameDay = extraction.meeting?.date
      ? useMeetingsStore.getState().summaries.find((m) => m.date === extraction.meeting?.date)
      : undefined;
    set({
      busy: false,
      error: nothing
        ? {
            vi: 'Không tìm thấy số liệu, nhiệm vụ hay thông tin cuộc họp nào trong văn bản; không có gì để nhập.',
            en: 'No figures, directives or meeting facts were found in the text; there is nothing to import.',
          }
        : null,
      meeting: extraction.meeting ?? null,
      meetingId: sameDay?.id ?? '',
      source: {
        fileName,
        title: title || fileName.replace(/\.[^.]+$/, ''),
        kind,
        originalBase64: 'base64' in input ? input.base64 : utf8Base64(input.text),
        text,
      },
      ...rows,
    });
  }

  return {
    ...blank,

    async openFile(file) {
      if (file.size > MAX_FILE) {
        const mb = (file.size / 1024 / 1024).toFixed(1);
        set({
          ...blank,
          error: {
            vi: `Tệp quá lớn (${mb} MB; tối đa 16 MB).`,
            en: `The file is too large (${mb} MB; at most 16 MB).`,
          },
        });
        return;
      }
      await read(file.name, { base64: await readFileBase64(file) });
    },

    async readPasted(text) {
      if (!text.trim()) {
        set({
          ...blank,
          error: { vi: 'Chưa có nội dung để đọc.', en: 'There is no text to read.' },
        });
        return;
      }
      await read(PASTE_NAME, { text });
    },

    editFigure(key, patch) {
      set({ figures: edited(get().figures, key, patch), problems: solved(get().problems, key) });
    },

    editDirective(key, patch) {
      set({
        directives: edited(get().directives, key, patch),
        problems: solved(get().problems, key),
      });
    },

    decideAll(kind, decision) {
      if (kind === 'figures')
        set({
          figures: get().figures.map((f) => (f.decision === 'rejected' ? f : { ...f, decision })),
        });
      else
        set({
          directives: get().directives.map((d) =>
            d.decision === 'rejected' ? d : { ...d, decision },
          ),
        });
    },

    setMeeting(id) {
      set({ meetingId: id });
    },

    editProposed(key, patch) {
      set({ proposed: get().proposed.map((p) => (p.key === key ? { ...p, ...patch } : p)) });
    },

    async chooseMeeting(choice) {
      if (choice.mode !== 'merge') {
        set({ choice, mergeTarget: null, error: null });
        return;
      }
      const same = get().mergeTarget?.id === choice.id && choice.id;
      set({ choice, meetingId: choice.id, ...(same ? {} : { mergeTarget: null }) });
      if (same || !choice.id) return;
      // The plan is shown from the meeting as the vault holds it now; the import sends the
      // revision seen, so a save made meanwhile is refused rather than merged over.
      const r = await getApi()['meetings.get']({ id: choice.id });
      if (get().choice !== choice) return;
      if (!r.ok) set({ error: message(r.error) });
      else set({ mergeTarget: r.value });
    },

    async importAccepted() {
      const s = get();
      if (!s.source) return;
      const indicators = useIndicatorsStore.getState().items;
      const today = new Date().toISOString().slice(0, 10);
      const m = meetingOfImport(
        s.choice,
        s.meeting,
        s.meetingId || null,
        s.mergeTarget?.revision ?? null,
      );
      if (!m.ok) {
        set({ error: m.message });
        return;
      }
      const plan = importRequest(s, indicators, m.meetingId, s.source, today, m.meeting);
      if (!plan.ok) {
        set({
          problems: Object.fromEntries(plan.problems.map((p) => [p.key, p.message])),
          error: {
            vi: 'Một số mục đã chấp nhận cần sửa trước khi nhập.',
            en: 'Some accepted items need fixing before the import.',
          },
        });
        return;
      }
      set({ busy: true, error: null, problems: {} });
      const r = await getApi()['sources.import'](plan.request);
      if (!r.ok) {
        set({ busy: false, error: message(r.error) });
        return;
      }
      set({
        ...blank,
        imported: {
          observations: r.value.observationIds.length,
          directives: r.value.directiveIds.length,
          skipped: plan.skipped,
          meeting: m.meeting?.mode ?? null,
          indicators: r.value.indicatorIds.length,
        },
      });
      await Promise.all([
        useIndicatorsStore.getState().loadIndicators(),
        useDirectivesStore.getState().loadDirectives(),
        useMeetingsStore.getState().loadMeetings(),
      ]);
    },

    reset() {
      set({ ...blank });
    },
  };
});
