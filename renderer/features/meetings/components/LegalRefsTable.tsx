// The documents a meeting builds on. The number-symbol is read with the legal-number parser
// when the user leaves the cell: a valid one is rewritten in its canonical form (`1812/QĐ-TTg`)
// and fills the type if it was blank; anything else is flagged beside the cell.
import { useState } from 'react';
import type { LegalReference } from '../../../../shared/domain';
import { formatNumberSymbol, parseNumberSymbol } from '../../../../shared/format/legal-number';
import { pick, useLanguage, useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { errorsUnder, removeAt, replaceAt, type FieldErrors } from '../../../ui/lists';
import { TableErrors } from '../../../ui/TableErrors';
import { tablePasteHandler } from '../../../ui/tablePaste';
import { pastedDate } from '../../../ui/pastedDate';
import { CellInput, RemoveRowButton } from '../../../ui/EditTableCells';

interface Props {
  refs: LegalReference[];
  onChange: (refs: LegalReference[]) => void;
  errors?: FieldErrors;
}

const blank = (): LegalReference => ({
  numberSymbol: '',
  type: '',
  issuer: '',
  date: null,
  title: '',
});

function NumberSymbolCell({
  value,
  label,
  onCommit,
}: {
  value: string;
  label: string;
  onCommit: (canonical: string, typeName: string | null) => void;
}) {
  const lang = useLanguage();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <input
        className="input input--cell"
        aria-label={label}
        aria-invalid={Boolean(problem)}
        value={value}
        placeholder="1812/QĐ-TTg"
        data-testid="legal-number"
        onChange={(e) => {
          setProblem(null);
          onCommit(e.target.value, null);
        }}
        onBlur={() => {
          if (!value.trim()) return setProblem(null);
          const p = parseNumberSymbol(value);
          if (!p.ok) return setProblem(pick(p.message, lang));
          setProblem(null);
          onCommit(formatNumberSymbol(p.value), p.value.typeName);
        }}
      />
      {problem && (
        <span className="inline-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}

export function LegalRefsTable({ refs, onChange, errors = {} }: Props) {
  const t = useT();
  const header = {
    numberSymbol: t('legal.numberSymbol'),
    type: t('legal.type'),
    issuer: t('legal.issuer'),
    date: t('legal.date'),
    title: t('legal.title'),
  };
  return (
    <div
      className="edit-table"
      // Cells copied from Excel become rows (tab-separated text).
      onPaste={tablePasteHandler({
        rows: refs,
        columns: ['numberSymbol', 'type', 'issuer', 'date', 'title'] as const,
        blank: blank,
        set: (row, column, value) => ({
          ...row,
          [column]: column === 'date' ? pastedDate(value) : value,
        }),
        onChange,
      })}
    >
      <table>
        <caption className="visually-hidden">{t('section.legal')}</caption>
        <thead>
          <tr>
            <th scope="col" className="edit-table__num">
              #
            </th>
            <th scope="col" className="w-number">
              {header.numberSymbol}
            </th>
            <th scope="col" className="w-type">
              {header.type}
            </th>
            <th scope="col" className="w-issuer">
              {header.issuer}
            </th>
            <th scope="col" className="w-date">
              {header.date}
            </th>
            <th scope="col">{header.title}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {refs.map((r, i) => {
            const e = errorsUnder(errors, String(i));
            const update = (patch: Partial<LegalReference>) =>
              onChange(replaceAt(refs, i, { ...r, ...patch }));
            return (
              <tr key={i} data-row={i}>
                <td className="edit-table__num">{i + 1}</td>
                <td data-col="numberSymbol">
                  <NumberSymbolCell
                    value={r.numberSymbol}
                    label={`${header.numberSymbol} ${i + 1}`}
                    onCommit={(numberSymbol, typeName) =>
                      update({
                        numberSymbol,
                        ...(typeName && !r.type.trim() ? { type: typeName } : {}),
                      })
                    }
                  />
                </td>
                <td data-col="type">
                  <CellInput
                    label={`${header.type} ${i + 1}`}
                    invalid={Boolean(e.type)}
                    value={r.type}
                    onChange={(v) => update({ type: v })}
                  />
                </td>
                <td data-col="issuer">
                  <CellInput
                    label={`${header.issuer} ${i + 1}`}
                    invalid={Boolean(e.issuer)}
                    value={r.issuer}
                    onChange={(v) => update({ issuer: v })}
                  />
                </td>
                <td data-col="date">
                  <DateInput
                    value={r.date}
                    onChange={(date) => update({ date })}
                    aria-label={`${header.date} ${i + 1}`}
                    aria-invalid={Boolean(e.date)}
                  />
                </td>
                <td data-col="title">
                  <CellInput
                    label={`${header.title} ${i + 1}`}
                    invalid={Boolean(e.title)}
                    value={r.title}
                    onChange={(v) => update({ title: v })}
                  />
                </td>
                <td>
                  <RemoveRowButton n={i + 1} onRemove={() => onChange(removeAt(refs, i))} />
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
        onClick={() => onChange([...refs, blank()])}
      >
        {t('legal.add')}
      </button>
    </div>
  );
}
