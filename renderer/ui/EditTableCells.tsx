// The cells every editable table of the meeting editor repeats: a text input labelled with its
// column and row for screen readers, the cell that removes the row, and the actions' header.
// The remove button alone serves the editors' short lists too.
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

/**
 * The button that removes row n (1-based in its label, as rows are numbered): the editable
 * tables put it in their last cell, the editors' short lists (progress notes, units) beside
 * each line, so every remover reads the same to a screen reader.
 */
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

/** The last cell of row n: the button that removes it. */
export function RemoveRowCell({ n, onRemove }: { n: number; onRemove: () => void }) {
  return (
    <td>
      <RemoveRowButton n={n} onRemove={onRemove} />
    </td>
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
