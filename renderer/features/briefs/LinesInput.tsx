// One item per line for the header's lists ("Kính gửi", căn cứ, nơi nhận), within the
// schema's limits (shared/brief/model.ts HEADER_LIST_LIMITS).
import { useState } from 'react';
import { HEADER_LIST_LIMITS } from '../../../shared/brief';
import { linesProblem } from '../../../shared/limits';
import { useT } from '../../i18n';
import type { ControlProps } from '../../ui/Field';

const nfc = (s: string) => s.normalize('NFC');

const tidy = (raw: string): string[] =>
  raw
    .split('\n')
    .map((l) => nfc(l).trim())
    .filter(Boolean);

/**
 * A list typed one item per line; the raw text is kept while typing so blank lines survive.
 * A paste that would make a line or the list longer than the schema takes is refused with the
 * reason, leaving the text as it was; typed text past a limit is flagged under the field.
 */
export function LinesInput({
  value,
  onChange,
  disabled,
  field,
  control,
}: {
  value: string[];
  onChange(v: string[]): void;
  disabled: boolean;
  field: keyof typeof HEADER_LIST_LIMITS;
  control: ControlProps;
}) {
  const t = useT();
  const limit = HEADER_LIST_LIMITS[field];
  const [text, setText] = useState(value.join('\n'));
  const [refused, setRefused] = useState<string | null>(null);
  // Another source changed the list (a restore, another brief): show it, unless it is what is
  // being typed (blank lines and spaces survive while typing).
  const shown = value.join('\n');
  if (tidy(text).join('\n') !== tidy(shown).join('\n')) setText(shown);
  const say = (p: NonNullable<ReturnType<typeof linesProblem>>) =>
    p.kind === 'lines'
      ? t('limit.tooManyLines', { count: p.count, max: p.max })
      : t('limit.lineTooLong', {
          length: p.length.toLocaleString('vi-VN'),
          max: p.max.toLocaleString('vi-VN'),
        });
  const typed = linesProblem(text, limit);
  return (
    <>
      <textarea
        {...control}
        className="textarea"
        rows={Math.min(8, Math.max(2, value.length + 1))}
        value={text}
        disabled={disabled}
        data-field={`header.${field}`}
        data-testid={`brief-${field}`}
        onPaste={(e) => {
          const el = e.currentTarget;
          const pasted = e.clipboardData.getData('text/plain');
          const next =
            el.value.slice(0, el.selectionStart) + pasted + el.value.slice(el.selectionEnd);
          const problem = linesProblem(next, limit);
          if (!problem) return;
          e.preventDefault();
          setRefused(`${t('limit.pasteRefusedLines')} ${say(problem)}`);
        }}
        onChange={(e) => {
          setRefused(null);
          setText(e.target.value);
          onChange(tidy(e.target.value));
        }}
      />
      {(refused ?? typed) && (
        <p className="field__error" role="alert" data-testid={`brief-${field}-refused`}>
          {refused ?? (typed ? say(typed) : '')}
        </p>
      )}
    </>
  );
}
