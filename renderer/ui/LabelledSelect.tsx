// A choice among records or values under its words: which meeting, which indicator, which
// period. Ten screens wrote the same label, select and "read the value back" by hand; a domain's
// fixed choices (a zod enum) use OptionSelect, whose options carry their own labels.
import type { ReactNode } from 'react';
import { Labelled } from './Labelled';

export interface LabelledSelectProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  /** Labelled's class: the house `field`, or a variant of it (`field field--inline`). */
  className?: string;
  disabled?: boolean;
  /** A first choice with the empty value: "no meeting", "no comparison". */
  none?: string;
  /** The options (RecordOptions, MeetingOptions, or a list of its own). */
  children: ReactNode;
}

export function LabelledSelect({
  label,
  value,
  onChange,
  testId,
  className,
  disabled,
  none,
  children,
}: LabelledSelectProps) {
  return (
    <Labelled label={label} className={className}>
      <select
        className="select"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      >
        {none !== undefined && <option value="">{none}</option>}
        {children}
      </select>
    </Labelled>
  );
}
