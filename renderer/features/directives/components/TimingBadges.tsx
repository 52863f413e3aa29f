// Overdue (not done, deadline passed) and done late (finished after the deadline), computed
// from dates by the domain so the register and the briefs agree.
import {
  isDoneLate,
  isOverdue,
  type Directive,
  type DirectiveKind,
} from '../../../../shared/domain';
import { useT } from '../../../i18n';

export function TimingBadges({
  directive,
  today,
}: {
  directive: Pick<Directive, 'status' | 'deadline' | 'completedOn'> & {
    kind?: DirectiveKind | undefined;
  };
  today: string;
}) {
  const t = useT();
  return (
    <>
      {isOverdue(directive, today) && (
        <span className="badge badge--danger" data-testid="overdue-badge">
          {t('directive.overdue')}
        </span>
      )}
      {isDoneLate(directive) && (
        <span className="badge badge--late" data-testid="done-late-badge">
          {t('directive.doneLate')}
        </span>
      )}
    </>
  );
}
