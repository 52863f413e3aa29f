// Autosave of every editor's unsaved state into the vault (issue 9): one second after the
// last change of a dirty editor its draft is written (well inside the 2 s the issue allows),
// and `flushDrafts` writes every pending one at once — the idle lock and the lock button call
// it before locking. The body is serialised when it is written, not on every keystroke.
import type { DraftEditor } from '../../shared/drafts-calls';
import { getApi } from '../api/client';
import { flushBodyEdits, useBriefsStore } from './briefsStore';
import { useDirectivesStore } from './directivesStore';
import { useDraftsStore } from './draftsStore';
import { useIndicatorsStore } from './indicatorsStore';
import { useMeetingsStore } from './meetingsStore';
import { useOrganisationStore } from './organisationStore';

export const AUTOSAVE_DELAY_MS = 1000;
/** A draft the host could not take (stopped, restarting) is written again after this. */
export const AUTOSAVE_RETRY_MS = 3000;

/** What an editor would lose: its draft's key and state, or null when there is nothing unsaved. */
interface Unsaved {
  key: string;
  body: unknown;
}

interface Source {
  editor: DraftEditor;
  subscribe(listener: () => void): () => void;
  current(): Unsaved | null;
}

const editorSource = (
  editor: DraftEditor,
  store: { subscribe(l: () => void): () => void },
  pick: () => { dirty: boolean; draft: unknown; original: { id: string } | null } | null,
): Source => ({
  editor,
  subscribe: (l) => store.subscribe(l),
  current: () => {
    const e = pick();
    return e?.dirty ? { key: e.original?.id ?? 'new', body: e.draft } : null;
  },
});

export const DRAFT_SOURCES: Source[] = [
  editorSource('meeting', useMeetingsStore, () => useMeetingsStore.getState().editor),
  editorSource('directive', useDirectivesStore, () => useDirectivesStore.getState().editor),
  editorSource(
    'indicator',
    useIndicatorsStore,
    () => useIndicatorsStore.getState().indicatorEditor,
  ),
  editorSource(
    'observation',
    useIndicatorsStore,
    () => useIndicatorsStore.getState().observationEditor,
  ),
  {
    editor: 'brief',
    subscribe: (l) => useBriefsStore.subscribe(l),
    current: () => {
      const d = useBriefsStore.getState().draft;
      return d?.dirty ? { key: d.stored.id, body: { header: d.header, body: d.body } } : null;
    },
  },
  {
    // The vault holds one profile: its draft's key is always 'profile'.
    editor: 'organisation',
    subscribe: (l) => useOrganisationStore.subscribe(l),
    current: () => {
      const e = useOrganisationStore.getState().editor;
      return e?.dirty ? { key: 'profile', body: e.draft } : null;
    },
  },
];

interface Pending {
  editor: DraftEditor;
  key: string;
  body: unknown;
  timer: ReturnType<typeof setTimeout>;
}

const pending = new Map<string, Pending>();
/** Autosave runs (between startAutosave and its stop): no retry is queued after a stop. */
let watching = false;
let inFlight: Promise<unknown> = Promise.resolve();

async function write(p: Omit<Pending, 'timer'>): Promise<void> {
  const r = await getApi()['drafts.save']({
    editor: p.editor,
    key: p.key,
    body: JSON.stringify(p.body),
  });
  if (r.ok) {
    useDraftsStore.getState().markWritten(p.editor, p.key, r.value.savedAt);
    return;
  }
  // The host is away: try again, unless a newer state of the same editor is already waiting.
  // (A locked vault is not retried: the lock wrote its drafts, or the restart carries them.)
  const id = `${p.editor}:${p.key}`;
  if (r.error.code === 'host-unreachable' && !pending.has(id) && watching)
    pending.set(id, { ...p, timer: setTimeout(() => void writeNow(id), AUTOSAVE_RETRY_MS) });
}

function writeNow(id: string): Promise<void> {
  const p = pending.get(id);
  if (!p) return Promise.resolve();
  clearTimeout(p.timer);
  pending.delete(id);
  // Writes go one after another, so an older body never lands after a newer one.
  const next = inFlight.then(() => write(p));
  inFlight = next.catch(() => undefined);
  return next;
}

/** Writes every pending draft now (before a lock); resolves when the vault has them. */
export async function flushDrafts(): Promise<void> {
  flushBodyEdits();
  await Promise.all([...pending.keys()].map(writeNow));
  await inFlight;
}

/** Forgets unsaved changes the user chose to drop: pending writes and the stored drafts. */
export async function dropDrafts(): Promise<void> {
  const gone = DRAFT_SOURCES.map((s) => ({ editor: s.editor, unsaved: s.current() }));
  for (const p of pending.values()) clearTimeout(p.timer);
  pending.clear();
  await inFlight;
  for (const { editor, unsaved } of gone)
    if (unsaved) await useDraftsStore.getState().discardDraft(editor, unsaved.key);
}

/** Starts watching the editors; returns a function that stops it. */
export function startAutosave(delayMs = AUTOSAVE_DELAY_MS): () => void {
  watching = true;
  const last = new Map<DraftEditor, unknown>();
  const stops = DRAFT_SOURCES.map((source) =>
    source.subscribe(() => {
      const unsaved = source.current();
      // Saved, closed or now another record: a write still waiting would put back a draft
      // the save just deleted (the host deletes the saved record's draft).
      for (const [id, p] of pending)
        if (p.editor === source.editor && p.key !== unsaved?.key) {
          clearTimeout(p.timer);
          pending.delete(id);
        }
      if (!unsaved) last.delete(source.editor);
      if (!unsaved || last.get(source.editor) === unsaved.body) return;
      last.set(source.editor, unsaved.body);
      const id = `${source.editor}:${unsaved.key}`;
      const before = pending.get(id);
      if (before) clearTimeout(before.timer);
      pending.set(id, {
        editor: source.editor,
        key: unsaved.key,
        body: unsaved.body,
        timer: setTimeout(() => void writeNow(id), delayMs),
      });
    }),
  );
  return () => {
    watching = false;
    for (const stop of stops) stop();
    for (const p of pending.values()) clearTimeout(p.timer);
    pending.clear();
  };
}
