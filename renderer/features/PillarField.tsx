// The pillar a directive or an indicator belongs to: the same three pillars, shown by the same
// labels and in the same order, so the choice is written once for both forms.
import { type Pillar } from '../../shared/domain';
import { useT } from '../i18n';
import { choicesOf, PILLAR_LABEL } from '../ui/labels';
import { SelectField } from '../ui/OptionSelect';

export function PillarField({
  title,
  value,
  error,
  onChange,
}: {
  title: string;
  value: Pillar;
  error?: string | null;
  onChange: (pillar: Pillar) => void;
}) {
  const t = useT();
  return (
    <SelectField
      title={title}
      error={error}
      value={value}
      {...choicesOf(PILLAR_LABEL, t)}
      onChange={onChange}
    />
  );
}
