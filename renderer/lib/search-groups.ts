// The groups of the search panel, in the order it shows them. The keyboard cursor walks the
// same order (searchStore), so both read it from here.
import type { SearchHit, SearchResult } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import type { MessageKey } from '../i18n';

export type SearchGroupKey = 'meetings' | 'briefs' | 'directives' | 'indicators' | 'observations';

export const SEARCH_GROUPS: readonly { key: SearchGroupKey; label: MessageKey }[] = [
  { key: 'meetings', label: 'nav.meetings' },
  { key: 'briefs', label: 'nav.briefs' },
  { key: 'directives', label: 'nav.directives' },
  { key: 'indicators', label: 'nav.indicators' },
  { key: 'observations', label: 'search.observations' },
];

/** What the search box shows: the store holds it and the box draws it, so both read it here. */
export interface SearchView {
  query: string;
  result: SearchResult | null;
  error: AppError | null;
  open: boolean;
  /** Index into `flatHits`, for arrow keys; -1 when nothing is highlighted. */
  active: number;
  /** Bumped by Ctrl+K and `/` so the search box focuses itself. */
  focusRequest: number;
}

const EMPTY: SearchHit[] = [];

/** The hits in the order the panel shows them. */
export function flatHits(result: SearchResult | null): SearchHit[] {
  return result ? SEARCH_GROUPS.flatMap((g) => result[g.key]) : EMPTY;
}
