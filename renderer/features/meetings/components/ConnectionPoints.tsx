// Sites of an online or hybrid meeting (`điểm cầu`), each with its host official and its own
// attendees, e.g. the Cà Mau province point of the 2025 review conference.
import type { ConnectionPoint } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { errorsUnder, removeAt, replaceAt, type FieldErrors } from '../../../ui/lists';
import { PeopleTable } from './PeopleTable';
import { Button } from '../../../ui/Button';
import { TextInput } from '../../../ui/TextInput';

interface Props {
  points: ConnectionPoint[];
  onChange: (points: ConnectionPoint[]) => void;
  errors?: FieldErrors;
}

export function ConnectionPoints({ points, onChange, errors = {} }: Props) {
  const t = useT();
  return (
    <div className="stack">
      {points.map((p, i) => {
        const e = errorsUnder(errors, String(i));
        const update = (patch: Partial<ConnectionPoint>) =>
          onChange(replaceAt(points, i, { ...p, ...patch }));
        return (
          <div className="card" key={i} data-testid="connection-point">
            <div className="card__head">
              <h4>{t('cp.heading', { n: i + 1 })}</h4>
              <Button look="danger-quiet" small onClick={() => onChange(removeAt(points, i))}>
                {t('cp.remove')}
              </Button>
            </div>
            <div className="grid grid--2">
              <Field label={t('cp.site')} error={e.site} required>
                {(c) => (
                  <TextInput {...c} value={p.site} onChange={(value) => update({ site: value })} />
                )}
              </Field>
              <Field label={t('cp.hostOfficial')} error={e.hostOfficial}>
                {(c) => (
                  <TextInput
                    {...c}
                    value={p.hostOfficial}
                    onChange={(value) => update({ hostOfficial: value })}
                  />
                )}
              </Field>
            </div>
            <p className="subheading">{t('cp.attendees')}</p>
            <PeopleTable
              caption={t('cp.attendees')}
              people={p.attendees}
              errors={errorsUnder(e, 'attendees')}
              onChange={(attendees) => update({ attendees })}
            />
          </div>
        );
      })}
      <Button
        small
        onClick={() => onChange([...points, { site: '', hostOfficial: '', attendees: [] }])}
      >
        {t('cp.add')}
      </Button>
    </div>
  );
}
