// The dated progress notes of a directive, editable in the full editor (the register only
// appends them).
import type { ProgressNote } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { removeAt, replaceAt, type FieldErrors } from '../../../ui/lists';
import { TableErrors } from '../../../ui/TableErrors';
import { Button } from '../../../ui/Button';
import { RemoveRowButton } from '../../../ui/EditTableCells';

interface Props {
  notes: ProgressNote[];
  today: string;
  onChange: (notes: ProgressNote[]) => void;
  errors: FieldErrors;
}

export function ProgressNotesList({ notes, today, onChange, errors }: Props) {
  const t = useT();
  const update = (i: number, patch: Partial<ProgressNote>) => {
    const note = notes[i];
    if (note) onChange(replaceAt(notes, i, { ...note, ...patch }));
  };
  return (
    <>
      <ul className="simple-list simple-list--notes">
        {notes.map((n, i) => (
          <li key={i}>
            <DateInput
              value={n.date}
              required
              aria-label={t('note.dateN', { n: i + 1 })}
              onChange={(date) => update(i, { date: date ?? '' })}
            />
            <input
              className="input"
              aria-label={t('note.textN', { n: i + 1 })}
              value={n.text}
              onChange={(e) => update(i, { text: e.target.value })}
            />
            <RemoveRowButton n={i + 1} onRemove={() => onChange(removeAt(notes, i))} />
          </li>
        ))}
      </ul>
      <TableErrors errors={errors} columns={{ date: t('note.date'), text: t('note.text') }} />
      <Button small onClick={() => onChange([...notes, { date: today, text: '' }])}>
        {t('note.add')}
      </Button>
    </>
  );
}
