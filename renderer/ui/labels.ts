// Enum values → dictionary keys, in one place so selects, badges and lists agree. Each key is
// the enum's value under a prefix ("secrecy.mat"), so the tables are built from the enums the
// domain declares (shared/domain) rather than written out: a value added there needs only its
// dictionary entries, and the types refuse a table whose keys the dictionary lacks.
import type { MessageKey, Translate } from '../i18n';
import {
  directiveKind,
  directiveStatus,
  meetingKind,
  meetingMode,
  observationStatus,
  partOfDay,
  pillar,
  secrecyLevel,
  SIX_RO,
  urgencyLevel,
} from '../../shared/domain';

/**
 * `prefix.value` for each value: the key names of the dictionary's enum labels. A prefix whose
 * keys the dictionary lacks is refused by the types (the prefix's type becomes never).
 */
export function labelKeys<const P extends string, V extends string>(
  prefix: P & (`${P}.${V}` extends MessageKey ? unknown : never),
  values: readonly V[],
): Record<V, MessageKey> {
  return Object.fromEntries(values.map((v) => [v, `${prefix}.${v}`])) as Record<V, MessageKey>;
}

export const KIND_LABEL = labelKeys('kind', meetingKind.options);
export const MODE_LABEL = labelKeys('mode', meetingMode.options);
export const PART_LABEL = labelKeys('part', partOfDay.options);
export const SECRECY_LABEL = labelKeys('secrecy', secrecyLevel.options);
export const URGENCY_LABEL = labelKeys('urgency', urgencyLevel.options);
export const DIRECTIVE_KIND_LABEL = labelKeys('directiveKind', directiveKind.options);
export const STATUS_LABEL = labelKeys('status', directiveStatus.options);
export const PILLAR_LABEL = labelKeys('pillar', pillar.options);
export const OBSERVATION_STATUS_LABEL = labelKeys('obsStatus', observationStatus.options);
/** The leadership's own names for the six, always shown in Vietnamese. */
export const RO_LABEL = labelKeys('ro', SIX_RO);

/**
 * A select's choices from an enum's label map: its values in the enum's order (the map is built
 * from the options) and each one in words. One source, so a select's values and their labels
 * cannot come from two lists that disagree.
 */
export function choicesOf<T extends string>(labels: Record<T, MessageKey>, t: Translate) {
  return { options: Object.keys(labels) as T[], label: (value: T) => t(labels[value]) };
}
