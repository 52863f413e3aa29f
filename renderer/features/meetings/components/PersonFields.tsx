// One person as the records name them: name, title, organisation, role in the committee.
import type { Person } from '../../../../shared/domain';
import { useT, type MessageKey } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { TextInput } from '../../../ui/TextInput';

interface Props {
  value: Person;
  onChange: (p: Person) => void;
  errors?: Record<string, string>;
}

/** The four parts in the order the grid shows them; each is a plain box under its label. */
const PARTS: readonly { key: keyof Person; label: MessageKey }[] = [
  { key: 'name', label: 'person.name' },
  { key: 'title', label: 'person.title' },
  { key: 'organisation', label: 'person.organisation' },
  { key: 'committeeRole', label: 'person.committeeRole' },
];

export function PersonFields({ value, onChange, errors = {} }: Props) {
  const t = useT();
  return (
    <div className="grid grid--4">
      {PARTS.map(({ key, label }) => (
        <Field key={key} label={t(label)} error={errors[key]}>
          {(c) => (
            <TextInput
              {...c}
              value={value[key]}
              onChange={(v) => onChange({ ...value, [key]: v })}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
