// The groups of the search panel, in the order it shows them. The keyboard cursor walks the
// same order (searchStore), so both read it from here.
import type { SearchHit, SearchResult } from '../../shared/contract';
import type { MessageKey } from '../i18n';

export type SearchGroupKey = 'meetings' | 'briefs' | 'directives' | 'indicators' | 'observations';

export const SEARCH_GROUPS: readonly { key: SearchGroupKey; label: MessageKey }[] = [
  { key: 'meetings', label: 'nav.meetings' },
  { key: 'briefs', label: 'nav.briefs' },
  { key: 'directives', label: 'nav.directives' },
  { key: 'indicators', label: 'nav.indicators' },
  { key: 'observations', label: 'search.observations' },
];

const EMPTY: SearchHit[] = [];

/** The hits in the order the panel shows them. */
export function flatHits(result: SearchResult | null): SearchHit[] {
  return result ? SEARCH_GROUPS.flatMap((g) => result[g.key]) : EMPTY;
}
