// How a record is named in a package's manifest and in the preview of one. The preview takes
// the name from the parsed record itself, never from the manifest: the manifest's names are
// the sender's words about the content, the record is the content (a rewritten meeting must
// not be previewed under its old title).
import type { Brief } from '../brief';
import { briefTitleOf } from '../brief/search-text';
import type { Directive } from '../domain';
import { recordTitle, type TitleLookups } from '../record-title';
import { MAX_ITEM_NAME, type ItemKind } from './manifest';

/** A directive's name needs nothing from outside it. */
const NO_LOOKUPS: TitleLookups = { indicatorName: () => null, briefTitle: () => '' };

/** The id stands in for a directive or brief with nothing written that names it. */
export const directiveName = (d: Directive): string => recordTitle('directive', d, NO_LOOKUPS);

export const briefName = (id: string, brief: Brief): string => briefTitleOf(brief) || id;

/** The name of a parsed record; `indicatorName` finds an observation's indicator (package or vault). */
export function recordName(
  kind: Exclude<ItemKind, 'rendering'>,
  value: unknown,
  indicatorName: (id: string) => string | null,
): string {
  const name = recordTitle(kind, value, {
    indicatorName,
    briefTitle: (record) => {
      const b = record as { id: string; brief: Brief };
      return briefName(b.id, b.brief);
    },
  });
  return name.slice(0, MAX_ITEM_NAME);
}
