// The merge of a report's meeting facts into a vault meeting, field by field: what an empty
// field would take, what is already the same, and — where the two differ — the vault's value
// ("của tôi") beside the report's ("theo báo cáo") for the user to pick. Attendees and
// connection points are only ever added, once each.
import type { Meeting } from '../../../shared/domain';
import type { MeetingProposal } from '../../../shared/extract';
import { formatShortDate } from '../../../shared/format/date';
import {
  factsOfProposal,
  meetingMergePlan,
  type MergeChoice,
  type MergeField,
  type MergePicks,
} from '../../../shared/reports/meeting-facts';
import { useT } from '../../i18n';

const shown = (field: MergeField, v: string) =>
  field === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatShortDate(v) : v;

export function MeetingMerge({
  facts,
  target,
  picks,
  onPick,
}: {
  facts: MeetingProposal;
  target: Meeting;
  picks: MergePicks;
  onPick: (field: MergeField, pick: MergeChoice) => void;
}) {
  const t = useT();
  const plan = meetingMergePlan(factsOfProposal(facts), target);
  const label = (f: MergeField) =>
    t(
      f === 'date'
        ? 'reports.meetingDate'
        : f === 'chair'
          ? 'reports.meetingChair'
          : 'reports.meetingPlace',
    );
  const person = (p: { title: string; name: string }) =>
    [p.title, p.name].filter(Boolean).join(' ');
  return (
    <table className="merge-plan" data-testid="merge-plan">
      <tbody>
        {plan.fields.map((f) => (
          <tr key={f.field} data-testid={`merge-${f.field}`}>
            <th scope="row">{label(f.field)}</th>
            {f.action === 'fill' && (
              <td className="merge-plan__fill">
                {t('reports.mergeFill', { value: shown(f.field, f.theirs) })}
              </td>
            )}
            {f.action === 'same' && (
              <td className="merge-plan__same">
                {t('reports.mergeSame', { value: shown(f.field, f.mine) })}
              </td>
            )}
            {f.action === 'differs' && (
              <td className="merge-plan__differs">
                {(['mine', 'theirs'] as const).map((side) => (
                  <label key={side} className="merge-plan__pick">
                    <input
                      type="radio"
                      name={`merge-${f.field}`}
                      checked={(picks[f.field] ?? 'mine') === side}
                      onChange={() => onPick(f.field, side)}
                      data-testid={`merge-${f.field}-${side}`}
                    />
                    {t(side === 'mine' ? 'reports.mergeMine' : 'reports.mergeTheirs', {
                      value: shown(f.field, side === 'mine' ? f.mine : f.theirs),
                    })}
                  </label>
                ))}
              </td>
            )}
          </tr>
        ))}
        <tr data-testid="merge-attendees">
          <th scope="row">{t('reports.meetingAttendees')}</th>
          <td>
            {plan.attendees.added.length
              ? t('reports.mergeAdd', { list: plan.attendees.added.map(person).join('; ') })
              : t('reports.mergeNothing')}
            {plan.attendees.already > 0 && (
              <span className="hint">
                {' '}
                {t('reports.mergeAlready', { n: plan.attendees.already })}
              </span>
            )}
          </td>
        </tr>
        {(plan.connectionPoints.added.length > 0 || plan.connectionPoints.already > 0) && (
          <tr data-testid="merge-connection">
            <th scope="row">{t('reports.meetingPoints')}</th>
            <td>
              {plan.connectionPoints.added.length
                ? t('reports.mergeAdd', { list: plan.connectionPoints.added.join('; ') })
                : t('reports.mergeNothing')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
