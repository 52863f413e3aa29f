// The drafts calls for the renderer's fake desk (issue 9): drafts in a map keyed by editor
// and record, refused while locked, as the vault's handlers do.
import type { CallName, CallOutput, ParsedInput } from '../../../shared/contract';
import type { StoredDraft } from '../../../shared/drafts-calls';
import type { AppError } from '../../../shared/result';

type Refusal = { ok: false; error: AppError };
type Handler<N extends CallName> = (input: ParsedInput<N>) => CallOutput<N> | Refusal;
type DraftCall =
  | 'drafts.save'
  | 'drafts.get'
  | 'drafts.list'
  | 'drafts.discard'
  | 'session.touch'
  | 'session.idle'
  | 'sample.remove';

export function fakeDraftHandlers(deps: {
  needOpen: () => Refusal | null;
  drafts: Map<string, StoredDraft>;
  idleMs: () => number;
  removeSample: () => number;
}): { [N in DraftCall]: Handler<N> } {
  const id = (editor: string, key: string) => `${editor}:${key}`;
  return {
    'drafts.save': (i) => {
      const closed = deps.needOpen();
      if (closed) return closed;
      const draft = {
        editor: i.editor,
        key: i.key,
        body: i.body,
        savedAt: new Date().toISOString(),
      };
      deps.drafts.set(id(i.editor, i.key), draft);
      return { editor: draft.editor, key: draft.key, savedAt: draft.savedAt };
    },
    'drafts.get': (i) => deps.needOpen() ?? deps.drafts.get(id(i.editor, i.key)) ?? null,
    'drafts.list': () =>
      deps.needOpen() ??
      [...deps.drafts.values()]
        .map(({ editor, key, savedAt }) => ({ editor, key, savedAt }))
        .sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1)),
    'drafts.discard': (i) =>
      deps.needOpen() ?? { discarded: deps.drafts.delete(id(i.editor, i.key)) },
    'session.touch': () => ({ idleMs: 0 }),
    'session.idle': () => ({ idleMs: deps.idleMs() }),
    'sample.remove': () => deps.needOpen() ?? { removed: deps.removeSample() },
  };
}
