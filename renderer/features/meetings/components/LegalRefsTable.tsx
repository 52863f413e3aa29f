// The documents a meeting builds on. The number-symbol is read with the legal-number parser
// when the user leaves the cell: a valid one is rewritten in its canonical form (`1812/QĐ-TTg`)
// and fills the type if it was blank; anything else is flagged beside the cell.
import { useState } from 'react';
import type { LegalReference } from '../../../../shared/domain';
import { formatNumberSymbol, parseNumberSymbol } from '../../../../shared/format/legal-number';
import { pick, useLanguage, useT } from '../../../i18n';
import { dateColumn, EditableRows, type RowColumn } from '../../../ui/EditableRows';
import type { FieldErrors } from '../../../ui/lists';

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

export function LegalRefsTable({ refs, onChange, errors }: Props) {
  const t = useT();
  const columns: RowColumn<LegalReference>[] = [
    {
      key: 'numberSymbol',
      header: t('legal.numberSymbol'),
      width: 'w-number',
      cell: ({ row, label, update }) => (
        <NumberSymbolCell
          value={row.numberSymbol}
          label={label}
          onCommit={(numberSymbol, typeName) =>
            update({
              numberSymbol,
              // The parsed symbol names the type: filled in only where the user left it blank.
              ...(typeName && !row.type.trim() ? { type: typeName } : {}),
            })
          }
        />
      ),
    },
    { key: 'type', header: t('legal.type'), width: 'w-type' },
    { key: 'issuer', header: t('legal.issuer'), width: 'w-issuer' },
    dateColumn<LegalReference, 'date'>('date', t('legal.date')),
    { key: 'title', header: t('legal.title') },
  ];
  return (
    <EditableRows
      rows={refs}
      onChange={onChange}
      errors={errors}
      caption={t('section.legal')}
      columns={columns}
      blank={blank}
      addLabel={t('legal.add')}
    />
  );
}
