// The history, trash and import-undo calls for the renderer's fake desk (issue 9): the user's
// profile in memory, an empty history and trash. The real behaviour is proven against real
// vaults in test/integration/history/.
import type { CallName, CallOutput, ParsedInput } from '../../../shared/contract';
import { fail, type AppError } from '../../../shared/result';

type Refusal = { ok: false; error: AppError };
type Handler<N extends CallName> = (input: ParsedInput<N>) => CallOutput<N> | Refusal;
type HistoryCall =
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

const notFound = () => fail('not-found', 'Không tìm thấy bản ghi.', 'Record not found.');

export function fakeHistoryHandlers(): { [N in HistoryCall]: Handler<N> } {
  let profile = { name: '', unit: '' };
  return {
    'userProfile.get': () => profile,
    'userProfile.set': (p) => (profile = { name: p.name.trim(), unit: p.unit.trim() }),
    'history.list': notFound,
    'history.restore': notFound,
    'trash.links': notFound,
    'trash.delete': notFound,
    'trash.list': () => [],
    'trash.restore': notFound,
    'trash.empty': () => ({ removed: 0 }),
    'imports.list': () => [],
    'imports.undo': notFound,
  };
}
