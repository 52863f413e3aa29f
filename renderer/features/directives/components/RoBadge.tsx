// Which of the "6 rõ" a task leaves unclear, named the way the leadership names them. A
// recommendation has no "6 rõ": no badge (KindBadge says what it is).
import {
  isTask,
  missingRo,
  type Directive,
  type DirectiveKind,
  type RoField,
} from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { RO_LABEL } from '../../../ui/labels';

export function RoBadge({
  directive,
}: {
  directive: Pick<Directive, RoField> & { kind?: DirectiveKind | undefined };
}) {
  const t = useT();
  if (!isTask(directive)) return null;
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
