// A control under its words, the label wrapping both so a click on the words reaches the control
// and no id has to be made up. The short forms outside the record editors (a profile, a contact
// card, a package's note, a dialog's few numbers) all wrote this label-and-span by hand; a field
// that needs its error or hint tied to it uses Field instead.
import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  /** The house `field`, or a variant of it (`field field--narrow`). */
  className?: string;
  children: ReactNode;
}

export function Labelled({ label, className = 'field', children }: Props) {
  return (
    <label className={className}>
      <span className="field__label">{label}</span>
      {children}
    </label>
  );
}
