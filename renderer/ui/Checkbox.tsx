// A checkbox inside its label, so a click on the words ticks it too. Every form wrote the same
// `<label className="checkbox"><input type="checkbox" … onChange={(e) => set(e.target.checked)}>`
// by hand; here the pairing is written once and the change hands over the new state.
import type { ReactNode } from 'react';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The label's class: the house `checkbox` unless a place lays its checkboxes out otherwise. */
  className?: string;
  testId?: string;
  /** The words beside the box. */
  children: ReactNode;
}

export function Checkbox({ checked, onChange, className = 'checkbox', testId, children }: Props) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />
      {children}
    </label>
  );
}
