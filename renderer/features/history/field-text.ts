// A changed field as a person reads it, in the history panel and the package preview: its
// label in the interface language ("Tên cuộc họp", not "title"), a date as 26/8/2025, and a
// coded value by its name ("Trực tiếp", not "in-person"). The changes arrive as text from
// main (shared/domain/field-changes.ts); what is not recognised is shown as it came.
import { formatShortDate } from '../../../shared/format/date';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n';
import {
  DIRECTIVE_KIND_LABEL,
  KIND_LABEL,
  MODE_LABEL,
  OBSERVATION_STATUS_LABEL,
  PART_LABEL,
  PILLAR_LABEL,
  SECRECY_LABEL,
  STATUS_LABEL,
  URGENCY_LABEL,
} from '../../ui/labels';

/** The dictionary prefix of each kind of record's field labels. */
const PREFIX: Record<string, string> = {
  meeting: 'meeting',
  directive: 'directive',
  indicator: 'indicator',
  observation: 'obs',
};

export function fieldLabel(t: Translate, field: string, kind?: string): string {
  // The record's own label first, then one shared by every kind of record.
  const prefixes = [...(kind && PREFIX[kind] ? [PREFIX[kind]] : Object.values(PREFIX)), 'field'];
  for (const prefix of prefixes) {
    const key = `${prefix}.${field}`;
    if (isMessageKey(key)) return t(key);
  }
  return field;
}

/** Coded values by the field that holds them; a field of one kind only needs no kind. */
const CODES: Record<string, Record<string, MessageKey>> = {
  mode: MODE_LABEL,
  partOfDay: PART_LABEL,
  secrecy: SECRECY_LABEL,
  urgency: URGENCY_LABEL,
  pillar: PILLAR_LABEL,
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function valueText(t: Translate, field: string, text: string, kind?: string): string {
  if (ISO_DAY.test(text)) return formatShortDate(text);
  const codes: Record<string, MessageKey> | undefined =
    field === 'status'
      ? kind === 'observation'
        ? OBSERVATION_STATUS_LABEL
        : STATUS_LABEL
      : field === 'kind' && kind === 'directive'
        ? DIRECTIVE_KIND_LABEL
        : field === 'kind' && kind !== 'indicator'
          ? // Without the record's kind (a package preview), either list may hold the code.
            { ...KIND_LABEL, ...(kind === undefined ? DIRECTIVE_KIND_LABEL : {}) }
          : CODES[field];
  const key = codes?.[text];
  return key ? t(key) : text;
}
