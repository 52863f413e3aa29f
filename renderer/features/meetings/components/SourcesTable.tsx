// Where the record came from: one meeting is often reported by several outlets.
import type { Source } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { errorsUnder, removeAt, replaceAt, type FieldErrors } from '../../../ui/lists';
import { TableErrors } from '../../../ui/TableErrors';
import { tablePasteHandler } from '../../../ui/tablePaste';
import { pastedDate } from '../../../ui/pastedDate';
import { CellInput, RemoveRowButton } from '../../../ui/EditTableCells';

interface Props {
  sources: Source[];
  onChange: (sources: Source[]) => void;
  errors?: FieldErrors;
}

export function SourcesTable({ sources, onChange, errors = {} }: Props) {
  const t = useT();
  const header = {
    outlet: t('source.outlet'),
    title: t('source.title'),
    date: t('source.date'),
    url: t('source.url'),
  };
  return (
    <div
      className="edit-table"
      // Cells copied from Excel become rows (tab-separated text).
      onPaste={tablePasteHandler({
        rows: sources,
        columns: ['outlet', 'title', 'date', 'url'] as const,
        blank: () => ({ outlet: '', title: '', date: null, url: '' }),
        set: (row, column, value) => ({
          ...row,
          [column]: column === 'date' ? pastedDate(value) : value,
        }),
        onChange,
      })}
    >
      <table>
        <caption className="visually-hidden">{t('section.sources')}</caption>
        <thead>
          <tr>
            <th scope="col" className="edit-table__num">
              #
            </th>
            <th scope="col" className="w-issuer">
              {header.outlet}
            </th>
            <th scope="col">{header.title}</th>
            <th scope="col" className="w-date">
              {header.date}
            </th>
            <th scope="col" className="w-issuer">
              {header.url}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s, i) => {
            const e = errorsUnder(errors, String(i));
            const update = (patch: Partial<Source>) =>
              onChange(replaceAt(sources, i, { ...s, ...patch }));
            return (
              <tr key={i} data-row={i}>
                <td className="edit-table__num">{i + 1}</td>
                <td data-col="outlet">
                  <CellInput
                    label={`${header.outlet} ${i + 1}`}
                    invalid={Boolean(e.outlet)}
                    value={s.outlet}
                    onChange={(v) => update({ outlet: v })}
                  />
                </td>
                <td data-col="title">
                  <CellInput
                    label={`${header.title} ${i + 1}`}
                    invalid={Boolean(e.title)}
                    value={s.title}
                    onChange={(v) => update({ title: v })}
                  />
                </td>
                <td data-col="date">
                  <DateInput
                    value={s.date}
                    onChange={(date) => update({ date })}
                    aria-label={`${header.date} ${i + 1}`}
                    aria-invalid={Boolean(e.date)}
                  />
                </td>
                <td data-col="url">
                  {/* Kept as text: the app never opens links, it only records where a report was. */}
                  <CellInput
                    label={`${header.url} ${i + 1}`}
                    invalid={Boolean(e.url)}
                    spellCheck={false}
                    value={s.url}
                    onChange={(v) => update({ url: v })}
                  />
                </td>
                <td>
                  <RemoveRowButton n={i + 1} onRemove={() => onChange(removeAt(sources, i))} />
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
        onClick={() => onChange([...sources, { outlet: '', title: '', date: null, url: '' }])}
      >
        {t('source.add')}
      </button>
    </div>
  );
}
