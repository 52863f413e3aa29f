// Enum values → dictionary keys, in one place so selects, badges and lists agree.
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
  type DirectiveKind,
  type DirectiveStatus,
  type MeetingKind,
  type MeetingMode,
  type ObservationStatus,
  type PartOfDay,
  type Pillar,
  type RoField,
  type SecrecyLevel,
  type UrgencyLevel,
} from '../../shared/domain';

/** What each map below is: every value of an enum to its dictionary key. */
type Labels<T extends string> = Record<T, MessageKey>;

/**
 * An enum's labels are the dictionary's `prefix.value` entries, so each map is built from the
 * enum's own options instead of being written out value by value; the declared types below
 * still check that every `prefix.value` is a key of the dictionary.
 */
export function labelKeys<P extends string, T extends string>(
  prefix: P,
  options: readonly T[],
): Record<T, `${P}.${T}`> {
  return Object.fromEntries(options.map((o) => [o, `${prefix}.${o}`])) as Record<T, `${P}.${T}`>;
}

export const KIND_LABEL: Labels<MeetingKind> = labelKeys('kind', meetingKind.options);
export const MODE_LABEL: Labels<MeetingMode> = labelKeys('mode', meetingMode.options);
export const PART_LABEL: Labels<PartOfDay> = labelKeys('part', partOfDay.options);
export const SECRECY_LABEL: Labels<SecrecyLevel> = labelKeys('secrecy', secrecyLevel.options);
export const URGENCY_LABEL: Labels<UrgencyLevel> = labelKeys('urgency', urgencyLevel.options);
export const DIRECTIVE_KIND_LABEL: Labels<DirectiveKind> = labelKeys(
  'directiveKind',
  directiveKind.options,
);
export const STATUS_LABEL: Labels<DirectiveStatus> = labelKeys('status', directiveStatus.options);
export const PILLAR_LABEL: Labels<Pillar> = labelKeys('pillar', pillar.options);
export const OBSERVATION_STATUS_LABEL: Labels<ObservationStatus> = labelKeys(
  'obsStatus',
  observationStatus.options,
);

/** The leadership's own names for the six, always shown in Vietnamese. */
export const RO_LABEL: Labels<RoField> = labelKeys('ro', SIX_RO);

/**
 * A select's choices from an enum's label map: its values in the enum's order (the map is built
 * from the options) and each one in words. One source, so a select's values and their labels
 * cannot come from two lists that disagree.
 */
export function choicesOf<T extends string>(labels: Labels<T>, t: Translate) {
  return { options: Object.keys(labels) as T[], label: (value: T) => t(labels[value]) };
}
