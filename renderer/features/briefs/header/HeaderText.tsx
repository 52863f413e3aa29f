// The pieces every fieldset of the brief header uses: its one-line fields and one-per-line
// lists, the number typed as digits, and the props each fieldset takes. Every control carries
// its path in data-field, so a problem of the pre-export check can take the user to it
// (focusField.ts).
import {
  HEADER_LIMITS,
  type BriefHeader,
  type HEADER_LIST_LIMITS,
  type HeaderTextField,
} from '../../../../shared/brief';
import { Field } from '../../../ui/Field';
import { LimitedText } from '../../../ui/LimitedText';
import { LinesInput } from '../LinesInput';

export interface FieldsetProps {
  header: BriefHeader;
  onChange(patch: Partial<BriefHeader>): void;
  readOnly: boolean;
  /** Field path → message, from the pre-export check (`header.abstract`). */
  problems: Record<string, string>;
}

export const nfc = (s: string) => s.normalize('NFC');

/** The check's message for a header field (`abstract`, `numberSymbol.number`). */
export const problemOf = (problems: Record<string, string>, field: string): string | undefined =>
  problems[`header.${field}`];

/** The number typed as digits; anything else leaves it blank (the clerk's gap on a draft). */
export function parseNumber(raw: string): number | null {
  const digits = raw.replace(/\D/g, '');
  const n = Number(digits);
  return digits === '' || n < 1 ? null : Math.min(n, 9_999_999);
}

interface TextOptions {
  required?: boolean;
  hint?: string;
  /** The id of a <datalist> of suggestions. */
  list?: string;
}

/**
 * A fieldset's one-line fields: each shows its limit near it and refuses an over-long paste
 * (issue 9 §2), carries its path for the check, and shows the check's problem with it.
 */
export function headerText(problems: Record<string, string>) {
  return (
    field: HeaderTextField,
    label: string,
    value: string,
    onChange: (v: string) => void,
    { required, hint, list }: TextOptions = {},
  ) => (
    <Field label={label} error={problemOf(problems, field)} required={required} hint={hint}>
      {(c) => (
        <LimitedText
          {...c}
          max={HEADER_LIMITS[field]}
          value={value}
          list={list}
          data-field={`header.${field}`}
          onChange={(v) => onChange(nfc(v))}
        />
      )}
    </Field>
  );
}

type ListField = keyof typeof HEADER_LIST_LIMITS;

/** A fieldset's lists typed one item per line (Kính gửi, căn cứ, nơi nhận). */
export function headerLines({ header, onChange, readOnly, problems }: FieldsetProps) {
  return (field: ListField, label: string, hint: string, required = false) => (
    <Field label={label} hint={hint} error={problemOf(problems, field)} required={required}>
      {(c) => (
        <LinesInput
          control={c}
          field={field}
          value={header[field]}
          disabled={readOnly}
          onChange={(v) => onChange({ [field]: v })}
        />
      )}
    </Field>
  );
}
