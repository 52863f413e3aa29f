// "Kiến nghị": a delegate's recommendation kept in the register. Tasks carry no badge (they
// are what the register is for); a recommendation carries this one instead of the "6 rõ" badge.
import { isTask, type DirectiveKind } from '../../../../shared/domain';
import { useT } from '../../../i18n';

export function KindBadge({ kind }: { kind: DirectiveKind | undefined }) {
  const t = useT();
  if (isTask({ kind })) return null;
  return (
    <span className="badge badge--kind" data-testid="kind-badge" title={t('directive.kindHint')}>
      {t('directiveKind.recommendation')}
    </span>
  );
}
