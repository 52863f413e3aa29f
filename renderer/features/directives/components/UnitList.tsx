// The coordinating units of a directive: a short list of names, added and removed in place.
import { useT } from '../../../i18n';
import { removeAt, replaceAt, type FieldErrors } from '../../../ui/lists';
import { TableErrors } from '../../../ui/TableErrors';
import { Button } from '../../../ui/Button';
import { RemoveRowButton } from '../../../ui/EditTableCells';

interface Props {
  units: string[];
  onChange: (units: string[]) => void;
  errors: FieldErrors;
}

export function UnitList({ units, onChange, errors }: Props) {
  const t = useT();
  return (
    <>
      <ul className="simple-list">
        {units.map((u, i) => (
          <li key={i}>
            <input
              className="input"
              aria-label={t('directive.coordinatingUnitN', { n: i + 1 })}
              aria-invalid={Boolean(errors[String(i)])}
              value={u}
              onChange={(e) => onChange(replaceAt(units, i, e.target.value))}
            />
            <RemoveRowButton n={i + 1} onRemove={() => onChange(removeAt(units, i))} />
          </li>
        ))}
      </ul>
      <TableErrors errors={errors} columns={{}} />
      <Button small onClick={() => onChange([...units, ''])}>
        {t('directive.addUnit')}
      </Button>
    </>
  );
}
