// A text field that knows its limit (shared/limits.ts, the figure the validator uses): a
// counter appears near the limit, typing stops at it, and a paste that would pass it is
// refused before it reaches the field, with the reason, leaving the field as it was.
//
// The element is uncontrolled: React never writes a long value back into it on a keystroke
// (a controlled <textarea> re-sets its value and default text on every render, which costs
// O(length) per key and made a 94k-character summary take 1.5 s per key). The value prop is
// written to the element only when it differs from what the element last reported — a
// restored draft, a reload, a record switched underneath.
import { useLayoutEffect, useRef, useState, type ClipboardEvent } from 'react';
import { lengthAfterPaste, nearLimit } from '../../shared/limits';
import { useT } from '../i18n';
import type { ControlProps } from './Field';

interface Props extends Partial<ControlProps> {
  value: string;
  onChange: (value: string) => void;
  max: number;
  multiline?: boolean;
  rows?: number;
  className?: string;
  placeholder?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text';
  onBlur?: () => void;
  /** The suggestions of a <datalist> (one-line fields only). */
  list?: string;
  /** The path a check's problem points at (focusField finds the control by it). */
  'data-field'?: string;
  'data-testid'?: string;
}

export function LimitedText({ value, onChange, max, multiline, rows, onBlur, ...rest }: Props) {
  const t = useT();
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const reported = useRef(value);
  const [length, setLength] = useState(value.length);
  const [refusal, setRefusal] = useState<string | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || value === reported.current) return;
    reported.current = value;
    if (el.value !== value) el.value = value;
    setLength(value.length);
  }, [value]);

  function handleInput(next: string) {
    reported.current = next;
    setLength(next.length);
    if (refusal) setRefusal(null);
    onChange(next);
  }

  function handlePaste(e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) {
    const el = e.currentTarget;
    const pasted = e.clipboardData.getData('text/plain');
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    if (lengthAfterPaste(el.value, start, end, pasted) <= max) return;
    e.preventDefault();
    const room = Math.max(0, max - (el.value.length - (end - start)));
    setRefusal(
      t('limit.pasteRefused', {
        pasted: pasted.length.toLocaleString('vi-VN'),
        max: max.toLocaleString('vi-VN'),
        room: room.toLocaleString('vi-VN'),
      }),
    );
  }

  const { className, 'data-testid': testId, ...control } = rest;
  const common = {
    ...control,
    ref,
    defaultValue: value,
    maxLength: max,
    className: className ?? (multiline ? 'textarea' : 'input'),
    'data-testid': testId,
    'data-limit': max,
    onPaste: handlePaste,
    onBlur,
  };
  return (
    <>
      {multiline ? (
        <textarea {...common} rows={rows ?? 4} onChange={(e) => handleInput(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => handleInput(e.target.value)} />
      )}
      {nearLimit(length, max) && (
        // The counter changes on every key near the limit. Its box is a grid item of the field;
        // the counter inside it is size- and layout-contained (forms.css), so its new text is
        // laid out on its own instead of the field, and with it the field's long text, again.
        <div className="field__counter-box">
          <span
            className={`field__counter${length >= max ? ' field__counter--full' : ''}`}
            data-testid={testId ? `${testId}-counter` : undefined}
          >
            {t('limit.counter', {
              count: length.toLocaleString('vi-VN'),
              max: max.toLocaleString('vi-VN'),
            })}
          </span>
        </div>
      )}
      {refusal && (
        <p
          className="field__error"
          role="alert"
          data-testid={testId ? `${testId}-refused` : undefined}
        >
          {refusal}
        </p>
      )}
    </>
  );
}
