// How a record is named in a package's manifest and in the preview of one. The preview takes
// the name from the parsed record itself, never from the manifest: the manifest's names are
// the sender's words about the content, the record is the content (a rewritten meeting must
// not be previewed under its old title).
import type { Brief } from '../brief';
import type { Directive, Indicator, Meeting, Observation } from '../domain';
import { formatPeriod } from '../format/period';
import type { ItemKind } from './manifest';

const MAX_NAME = 300;

export const directiveName = (d: Pick<Directive, 'task' | 'assignee' | 'id'>): string =>
  d.task.slice(0, 80) || d.assignee || d.id;

export const briefName = (id: string, brief: Brief): string =>
  [brief.header.typeName, brief.header.abstract].filter(Boolean).join(' ') || id;

export const observationName = (indicatorName: string | null, o: Observation): string =>
  indicatorName ? `${indicatorName} (${formatPeriod(o.period)})` : formatPeriod(o.period);

/** The name of a parsed record; `indicatorName` finds an observation's indicator (package or vault). */
export function recordName(
  kind: Exclude<ItemKind, 'rendering'>,
  value: unknown,
  indicatorName: (id: string) => string | null,
): string {
  const name = (() => {
    switch (kind) {
      case 'meeting':
        return (value as Meeting).title;
      case 'directive':
        return directiveName(value as Directive);
      case 'indicator':
        return (value as Indicator).name;
      case 'observation': {
        const o = value as Observation;
        return observationName(indicatorName(o.indicatorId), o);
      }
      case 'brief': {
        const b = value as { id: string; brief: Brief };
        return briefName(b.id, b.brief);
      }
    }
  })();
  return name.slice(0, MAX_NAME);
}
