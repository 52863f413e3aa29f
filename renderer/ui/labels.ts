// Enum values → dictionary keys, in one place so selects, badges and lists agree.
import type { MessageKey } from '../i18n';
import type {
  DirectiveKind,
  DirectiveStatus,
  MeetingKind,
  MeetingMode,
  ObservationStatus,
  PartOfDay,
  Pillar,
  RoField,
  SecrecyLevel,
  UrgencyLevel,
} from '../../shared/domain';

export const KIND_LABEL: Record<MeetingKind, MessageKey> = {
  regular: 'kind.regular',
  'review-conference': 'kind.review-conference',
  'ad-hoc': 'kind.ad-hoc',
  other: 'kind.other',
};

export const MODE_LABEL: Record<MeetingMode, MessageKey> = {
  'in-person': 'mode.in-person',
  online: 'mode.online',
  hybrid: 'mode.hybrid',
};

export const PART_LABEL: Record<PartOfDay, MessageKey> = {
  morning: 'part.morning',
  afternoon: 'part.afternoon',
  evening: 'part.evening',
  'all-day': 'part.all-day',
};

export const SECRECY_LABEL: Record<SecrecyLevel, MessageKey> = {
  none: 'secrecy.none',
  mat: 'secrecy.mat',
  'toi-mat': 'secrecy.toi-mat',
  'tuyet-mat': 'secrecy.tuyet-mat',
};

export const URGENCY_LABEL: Record<UrgencyLevel, MessageKey> = {
  none: 'urgency.none',
  khan: 'urgency.khan',
  'thuong-khan': 'urgency.thuong-khan',
  'hoa-toc': 'urgency.hoa-toc',
};

export const DIRECTIVE_KIND_LABEL: Record<DirectiveKind, MessageKey> = {
  directive: 'directiveKind.directive',
  recommendation: 'directiveKind.recommendation',
};

export const STATUS_LABEL: Record<DirectiveStatus, MessageKey> = {
  'not-started': 'status.not-started',
  'in-progress': 'status.in-progress',
  done: 'status.done',
};

export const PILLAR_LABEL: Record<Pillar, MessageKey> = {
  'politics-defence-security': 'pillar.politics-defence-security',
  economy: 'pillar.economy',
  'culture-society-science': 'pillar.culture-society-science',
  general: 'pillar.general',
};

export const OBSERVATION_STATUS_LABEL: Record<ObservationStatus, MessageKey> = {
  preliminary: 'obsStatus.preliminary',
  official: 'obsStatus.official',
  estimate: 'obsStatus.estimate',
};

/** The leadership's own names for the six, always shown in Vietnamese. */
export const RO_LABEL: Record<RoField, MessageKey> = {
  assignee: 'ro.assignee',
  task: 'ro.task',
  deadline: 'ro.deadline',
  authority: 'ro.authority',
  responsibility: 'ro.responsibility',
  deliverable: 'ro.deliverable',
};
