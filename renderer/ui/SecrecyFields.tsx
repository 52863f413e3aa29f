// Secrecy and urgency marks. Choosing a secrecy level shows the legal warning in full: the
// law forbids handling state secrets on a connected machine, and the user must see that.
import { SECRECY_WARNING, type SecrecyLevel, type UrgencyLevel } from '../../shared/domain';
import { pick, useLanguage, useT } from '../i18n';
import { SelectField } from './OptionSelect';
import { choicesOf, SECRECY_LABEL, URGENCY_LABEL } from './labels';

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
        <SelectField
          title={t('marks.secrecy')}
          error={errors.secrecy}
          value={secrecy}
          {...choicesOf(SECRECY_LABEL, t)}
          onChange={onSecrecy}
          data-testid="secrecy-select"
        />
        {urgency !== undefined && onUrgency && (
          <SelectField
            title={t('marks.urgency')}
            error={errors.urgency}
            value={urgency}
            {...choicesOf(URGENCY_LABEL, t)}
            onChange={onUrgency}
          />
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
