// Secrecy and urgency marks. Choosing a secrecy level shows the legal warning in full: the
// law forbids handling state secrets on a connected machine, and the user must see that.
import {
  secrecyLevel,
  urgencyLevel,
  SECRECY_WARNING,
  type SecrecyLevel,
  type UrgencyLevel,
} from '../../shared/domain';
import { pick, useLanguage, useT } from '../i18n';
import { Field } from './Field';
import { SECRECY_LABEL, URGENCY_LABEL } from './labels';

interface Props {
  secrecy: SecrecyLevel;
  onSecrecy: (s: SecrecyLevel) => void;
  urgency?: UrgencyLevel;
  onUrgency?: (u: UrgencyLevel) => void;
  errors?: Record<string, string>;
}

export function SecrecyFields({ secrecy, onSecrecy, urgency, onUrgency, errors = {} }: Props) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <div className="grid grid--2">
        <Field label={t('marks.secrecy')} error={errors.secrecy}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={secrecy}
              onChange={(e) => onSecrecy(e.target.value as SecrecyLevel)}
              data-testid="secrecy-select"
            >
              {secrecyLevel.options.map((s) => (
                <option key={s} value={s}>
                  {t(SECRECY_LABEL[s])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {urgency !== undefined && onUrgency && (
          <Field label={t('marks.urgency')} error={errors.urgency}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={urgency}
                onChange={(e) => onUrgency(e.target.value as UrgencyLevel)}
              >
                {urgencyLevel.options.map((u) => (
                  <option key={u} value={u}>
                    {t(URGENCY_LABEL[u])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      {secrecy !== 'none' && (
        <p className="secrecy-warning" role="alert" data-testid="secrecy-warning">
          {pick(SECRECY_WARNING, lang)}
        </p>
      )}
    </>
  );
}
