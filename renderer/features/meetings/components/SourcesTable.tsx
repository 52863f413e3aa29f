// Where the record came from: one meeting is often reported by several outlets.
import type { Source } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { dateColumn, EditableRows, type RowColumn } from '../../../ui/EditableRows';
import type { FieldErrors } from '../../../ui/lists';

interface Props {
  sources: Source[];
  onChange: (sources: Source[]) => void;
  errors?: FieldErrors;
}

const blank = (): Source => ({ outlet: '', title: '', date: null, url: '' });

export function SourcesTable({ sources, onChange, errors }: Props) {
  const t = useT();
  const columns: RowColumn<Source>[] = [
    { key: 'outlet', header: t('source.outlet'), width: 'w-issuer' },
    { key: 'title', header: t('source.title') },
    dateColumn<Source, 'date'>('date', t('source.date')),
    // Kept as text: the app never opens links, it only records where a report was.
    { key: 'url', header: t('source.url'), width: 'w-issuer', spellCheck: false },
  ];
  return (
    <EditableRows
      rows={sources}
      onChange={onChange}
      errors={errors}
      caption={t('section.sources')}
      columns={columns}
      blank={blank}
      addLabel={t('source.add')}
    />
  );
}
