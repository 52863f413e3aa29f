// Attendees as an editable table: one row per person, rows added and removed in place.
import type { Person } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { EditableRows } from '../../../ui/EditableRows';
import type { FieldErrors } from '../../../ui/lists';

interface Props {
  people: Person[];
  onChange: (people: Person[]) => void;
  errors?: FieldErrors;
  /** Accessible name of the table, e.g. "Thành phần tham dự". */
  caption: string;
}

const blank = (): Person => ({ name: '', title: '', organisation: '', committeeRole: '' });

export function PeopleTable({ people, onChange, errors, caption }: Props) {
  const t = useT();
  return (
    <EditableRows
      rows={people}
      onChange={onChange}
      errors={errors}
      caption={caption}
      columns={[
        { key: 'name', header: t('person.name') },
        { key: 'title', header: t('person.title') },
        { key: 'organisation', header: t('person.organisation') },
        { key: 'committeeRole', header: t('person.committeeRole') },
      ]}
      blank={blank}
      addLabel={t('person.add')}
    />
  );
}
