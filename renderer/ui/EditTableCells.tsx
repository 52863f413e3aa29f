// The cells every editable table of the meeting editor repeats: a text input labelled with its
// column and row for screen readers, and the button that removes the row.
import { useT } from '../i18n';

export function CellInput(props: {
  label: string;
  invalid: boolean;
  value: string;
  onChange: (value: string) => void;
  title?: string | undefined;
  spellCheck?: boolean;
}) {
  return (
    <input
      className="input input--cell"
      aria-label={props.label}
      aria-invalid={props.invalid}
      title={props.title}
      spellCheck={props.spellCheck}
      value={props.value}
      onChange={(ev) => props.onChange(ev.target.value)}
    />
  );
}

/** Removes row n (1-based in its label, as the table numbers rows). */
export function RemoveRowButton({ n, onRemove }: { n: number; onRemove: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={t('common.removeRow', { n })}
      onClick={onRemove}
    >
      ×
    </button>
  );
}

/** The header of the column of row actions: named for screen readers, blank on screen. */
export function ActionsHeader() {
  const t = useT();
  return (
    <th scope="col">
      <span className="visually-hidden">{t('common.actions')}</span>
    </th>
  );
}
