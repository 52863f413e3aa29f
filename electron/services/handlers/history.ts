// History, trash, undoable imports and the user's profile (issue 9): each call takes the open
// vault from the session and hands the parsed input to its repository (one transaction each).
import type { HandlerContext, HandlerGroup } from './context';

type HistoryCalls =
  | 'userProfile.get'
  | 'userProfile.set'
  | 'history.list'
  | 'history.restore'
  | 'trash.links'
  | 'trash.delete'
  | 'trash.list'
  | 'trash.restore'
  | 'trash.empty'
  | 'imports.list'
  | 'imports.undo';

export function historyHandlers({ vault }: HandlerContext): HandlerGroup<HistoryCalls> {
  return {
    'userProfile.get': () => vault().userProfile.get(),
    'userProfile.set': (profile) => vault().userProfile.set(profile),
    'history.list': ({ id }) => vault().history.of(id),
    'history.restore': ({ id, revision, seen }) => vault().history.restore(id, revision, seen),
    'trash.links': ({ id }) => vault().trash.links(id),
    'trash.delete': ({ id }) => vault().trash.delete(id),
    'trash.list': () => vault().trash.list(),
    'trash.restore': ({ id }) => vault().trash.restore(id),
    'trash.empty': ({ id }) => vault().trash.empty(id),
    'imports.list': () => vault().imports.list(),
    'imports.undo': ({ packageId, forget }) => vault().imports.undo(packageId, forget),
  };
}
