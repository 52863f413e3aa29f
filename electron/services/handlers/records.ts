// Meetings, directives, indicators, observations and search: each call takes the open vault
// from the session ('locked' / 'no-vault' otherwise) and hands the parsed input to its
// repository, which runs the write in one transaction.
import type { HandlerContext, HandlerGroup } from './context';

type RecordCalls =
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.save'
  | 'meetings.delete'
  | 'directives.list'
  | 'directives.page'
  | 'directives.get'
  | 'directives.save'
  | 'directives.updateProgress'
  | 'directives.delete'
  | 'indicators.list'
  | 'indicators.save'
  | 'indicators.delete'
  | 'observations.save'
  | 'observations.delete'
  | 'search.query';

const DEFAULT_SEARCH_LIMIT = 50;

export function recordHandlers({ vault, platform }: HandlerContext): HandlerGroup<RecordCalls> {
  const deleted = { deleted: true } as const;
  return {
    'meetings.list': (filter) => vault().meetings.list(filter),
    'meetings.get': ({ id }) => vault().meetings.get(id),
    'meetings.save': (input) => vault().meetings.save(input),
    'meetings.delete': ({ id, revision }) => {
      vault().meetings.delete(id, revision);
      return deleted;
    },
    // "Overdue" is judged against the caller's calendar day when it sends one.
    'directives.list': (filter) =>
      vault().directives.list({ ...filter, today: filter.today ?? platform.today() }),
    'directives.page': (query) =>
      vault().directives.page({ ...query, today: query.today ?? platform.today() }),
    'directives.get': ({ id }) => vault().directives.get(id),
    'directives.save': (input) => vault().directives.save(input),
    'directives.updateProgress': (update) => vault().directives.updateProgress(update),
    'directives.delete': ({ id, revision }) => {
      vault().directives.delete(id, revision);
      return deleted;
    },
    'indicators.list': ({ pillar, sort }) => vault().indicators.list(pillar, sort),
    'indicators.save': (input) => vault().indicators.save(input),
    'indicators.delete': ({ id, revision }) => {
      vault().indicators.delete(id, revision);
      return deleted;
    },
    'observations.save': (input) => vault().observations.save(input),
    'observations.delete': ({ id, revision }) => {
      vault().observations.delete(id, revision);
      return deleted;
    },
    'search.query': ({ q, limit }) => vault().search(q, limit ?? DEFAULT_SEARCH_LIMIT),
  };
}
