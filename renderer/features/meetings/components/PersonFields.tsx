// One person as the records name them: name, title, organisation, role in the committee.
import type { Person } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';

interface Props {
  value: Person;
  onChange: (p: Person) => void;
  errors?: Record<string, string>;
}

export function PersonFields({ value, onChange, errors = {} }: Props) {
  const t = useT();
  const set = (k: keyof Person) => (e: { target: { value: string } }) =>
    onChange({ ...value, [k]: e.target.value });
  return (
    <div className="grid grid--4">
      <Field label={t('person.name')} error={errors.name}>
        {(c) => <input {...c} className="input" value={value.name} onChange={set('name')} />}
      </Field>
      <Field label={t('person.title')} error={errors.title}>
        {(c) => <input {...c} className="input" value={value.title} onChange={set('title')} />}
      </Field>
      <Field label={t('person.organisation')} error={errors.organisation}>
        {(c) => (
          <input
            {...c}
            className="input"
            value={value.organisation}
            onChange={set('organisation')}
          />
        )}
      </Field>
      <Field label={t('person.committeeRole')} error={errors.committeeRole}>
        {(c) => (
          <input
            {...c}
            className="input"
            value={value.committeeRole}
            onChange={set('committeeRole')}
          />
        )}
      </Field>
    </div>
  );
}
