// Which of the "6 rõ" a task leaves unclear, named the way the leadership names them.
import { missingRo, type Directive, type RoField } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { RO_LABEL } from '../../../ui/labels';

export function RoBadge({ directive }: { directive: Pick<Directive, RoField> }) {
  const t = useT();
  const missing = missingRo(directive);
  if (missing.length === 0) {
    return (
      <span className="badge badge--ok" data-testid="ro-badge">
        {t('ro.complete')}
      </span>
    );
  }
  const names = missing.map((k) => t(RO_LABEL[k])).join(', ');
  return (
    <span
      className="badge badge--warn"
      data-testid="ro-badge"
      title={t('ro.missingTitle', { n: missing.length })}
    >
      {t('ro.missing', { names })}
    </span>
  );
}
