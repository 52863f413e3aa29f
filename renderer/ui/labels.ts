// Enum values → dictionary keys, in one place so selects, badges and lists agree. Each key is
// the enum's value under a prefix ("secrecy.mat"), so the tables are built from the enums the
// domain declares (shared/domain) rather than written out: a value added there needs only its
// dictionary entries, and the types refuse a table whose keys the dictionary lacks.
import type { MessageKey } from '../i18n';
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

/** `prefix.value` for each value: the key names of the dictionary's enum labels. */
function labelKeys<const P extends string, V extends string>(
  prefix: P,
  values: readonly V[],
): Record<V, `${P}.${V}`> {
  return Object.fromEntries(values.map((v) => [v, `${prefix}.${v}`])) as Record<V, `${P}.${V}`>;
}

export const KIND_LABEL: Record<MeetingKind, MessageKey> = labelKeys('kind', meetingKind.options);

export const MODE_LABEL: Record<MeetingMode, MessageKey> = labelKeys('mode', meetingMode.options);

export const PART_LABEL: Record<PartOfDay, MessageKey> = labelKeys('part', partOfDay.options);

export const SECRECY_LABEL: Record<SecrecyLevel, MessageKey> = labelKeys(
  'secrecy',
  secrecyLevel.options,
);

export const URGENCY_LABEL: Record<UrgencyLevel, MessageKey> = labelKeys(
  'urgency',
  urgencyLevel.options,
);

export const DIRECTIVE_KIND_LABEL: Record<DirectiveKind, MessageKey> = labelKeys(
  'directiveKind',
  directiveKind.options,
);

export const STATUS_LABEL: Record<DirectiveStatus, MessageKey> = labelKeys(
  'status',
  directiveStatus.options,
);

export const PILLAR_LABEL: Record<Pillar, MessageKey> = labelKeys('pillar', pillar.options);

export const OBSERVATION_STATUS_LABEL: Record<ObservationStatus, MessageKey> = labelKeys(
  'obsStatus',
  observationStatus.options,
);

/** The leadership's own names for the six, always shown in Vietnamese. */
export const RO_LABEL: Record<RoField, MessageKey> = labelKeys('ro', SIX_RO);
