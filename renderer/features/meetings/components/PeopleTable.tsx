// Attendees as an editable table: one row per person, rows added and removed in place.
import type { Person } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { errorsUnder, removeAt, replaceAt, type FieldErrors } from '../../../ui/lists';
import { TableErrors } from '../../../ui/TableErrors';
import { tablePasteHandler } from '../../../ui/tablePaste';
import { CellInput, RemoveRowButton } from '../../../ui/EditTableCells';

interface Props {
  people: Person[];
  onChange: (people: Person[]) => void;
  errors?: FieldErrors;
  /** Accessible name of the table, e.g. "Thành phần tham dự". */
  caption: string;
}

const COLUMNS: (keyof Person)[] = ['name', 'title', 'organisation', 'committeeRole'];
const blank = (): Person => ({ name: '', title: '', organisation: '', committeeRole: '' });

export function PeopleTable({ people, onChange, errors = {}, caption }: Props) {
  const t = useT();
  const header: Record<keyof Person, string> = {
    name: t('person.name'),
    title: t('person.title'),
    organisation: t('person.organisation'),
    committeeRole: t('person.committeeRole'),
  };
  return (
    <div
      className="edit-table"
      // Cells copied from Excel become rows (tab-separated text).
      onPaste={tablePasteHandler({
        rows: people,
        columns: COLUMNS,
        blank,
        set: (row, column, value) => ({ ...row, [column]: value }),
        onChange,
      })}
    >
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="edit-table__num">
              #
            </th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c}>
                {header[c]}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p, i) => {
            const rowErrors = errorsUnder(errors, String(i));
            return (
              <tr key={i} data-row={i}>
                <td className="edit-table__num">{i + 1}</td>
                {COLUMNS.map((c) => (
                  <td key={c} data-col={c}>
                    <CellInput
                      label={`${header[c]} ${i + 1}`}
                      invalid={Boolean(rowErrors[c])}
                      title={rowErrors[c]}
                      value={p[c]}
                      onChange={(v) => onChange(replaceAt(people, i, { ...p, [c]: v }))}
                    />
                  </td>
                ))}
                <td>
                  <RemoveRowButton n={i + 1} onRemove={() => onChange(removeAt(people, i))} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <TableErrors errors={errors} columns={header} />
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange([...people, blank()])}
      >
        {t('person.add')}
      </button>
    </div>
  );
}
