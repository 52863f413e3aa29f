// Drafts, the shared session activity and removing the sample data (issue 9). Drafts live
// only in the open, encrypted vault; a successful save of a record deletes its editor's
// draft (see withDraftCleanup), so a restored draft is never older than what is stored.
import type { CallName } from '../../../shared/contract';
import type { DraftEditor } from '../../../shared/drafts-calls';
import {
  DIRECTIVE_IDS_20250826,
  DIRECTIVE_IDS_REVIEW_2025,
  INDICATOR_IDS,
  MEETING_IDS,
} from '../../../shared/sample/ids';
import { AppFailure } from '../../../shared/result';
import type { Handlers } from '../dispatch';
import type { OpenVault } from '../vault/types';
import type { HandlerContext, HandlerGroup } from './context';

type DraftCalls =
  | 'drafts.save'
  | 'drafts.get'
  | 'drafts.list'
  | 'drafts.discard'
  | 'session.touch'
  | 'session.idle'
  | 'sample.remove';

export function draftHandlers({ vault, session }: HandlerContext): HandlerGroup<DraftCalls> {
  return {
    'drafts.save': ({ editor, key, body }) =>
      vault().drafts.save(editor, key, body, new Date().toISOString()),
    'drafts.get': ({ editor, key }) => vault().drafts.get(editor, key),
    'drafts.list': () => vault().drafts.list(),
    'drafts.discard': ({ editor, key }) => ({ discarded: vault().drafts.discard(editor, key) }),
    // The dispatcher already counted this call as activity (it is not a passive call).
    'session.touch': () => ({ idleMs: session.idleForMs() }),
    'session.idle': () => ({ idleMs: session.idleForMs() }),
    'sample.remove': () => ({ removed: removeSample(vault()) }),
  };
}

/** Deletes the sample records by their fixed ids, in one transaction; the user's are untouched. */
function removeSample(vault: OpenVault): number {
  const directiveIds = [
    ...Object.values(DIRECTIVE_IDS_20250826),
    ...Object.values(DIRECTIVE_IDS_REVIEW_2025),
  ];
  const indicatorIds = new Set<string>(Object.values(INDICATOR_IDS));
  const existing = <T>(get: () => T): T | null => {
    try {
      return get();
    } catch (e) {
      if (e instanceof AppFailure && e.error.code === 'not-found') return null;
      throw e;
    }
  };
  return vault.transaction(() => {
    let removed = 0;
    for (const id of directiveIds) {
      const d = existing(() => vault.directives.get(id));
      if (d) {
        vault.directives.delete(id, d.revision);
        removed++;
      }
    }
    // An indicator's observations go with it (ON DELETE CASCADE); they are counted too.
    for (const i of vault.indicators.list()) {
      if (!indicatorIds.has(i.id)) continue;
      vault.indicators.delete(i.id, i.revision);
      removed += 1 + i.observations.length;
    }
    for (const id of Object.values(MEETING_IDS)) {
      const m = existing(() => vault.meetings.get(id));
      if (m) {
        vault.meetings.delete(id, m.revision);
        removed++;
      }
    }
    return removed;
  });
}

/** Which editor's draft a successful save makes obsolete: the record's own and, for a new one, 'new'. */
const SAVES: Partial<Record<CallName, DraftEditor>> = {
  'meetings.save': 'meeting',
  'directives.save': 'directive',
  'indicators.save': 'indicator',
  'observations.save': 'observation',
  'briefs.save': 'brief',
  'organisation.set': 'organisation',
};

/**
 * Wraps the save handlers so the draft of what was just saved is deleted. It runs after the
 * save committed: a crash between the two leaves an old draft offered with its time, never a
 * lost save.
 */
export function withDraftCleanup(handlers: Handlers, { session }: HandlerContext): Handlers {
  const out: Record<string, unknown> = { ...handlers };
  for (const [name, editor] of Object.entries(SAVES) as [CallName, DraftEditor][]) {
    const save = handlers[name] as (input: unknown) => unknown;
    out[name] = async (input: unknown) => {
      const saved = await save(input);
      const vault = session.openVault;
      if (vault) {
        const sentId = (input as { id?: unknown } | null)?.id;
        const savedId = (saved as { id?: unknown; brief?: { id?: unknown } } | null)?.id;
        const keys =
          editor === 'organisation' ? ['profile'] : [typeof sentId === 'string' ? sentId : 'new'];
        if (typeof savedId === 'string') keys.push(savedId);
        for (const key of new Set(keys)) vault.drafts.discard(editor, key);
      }
      return saved;
    };
  }
  return out as Handlers;
}
