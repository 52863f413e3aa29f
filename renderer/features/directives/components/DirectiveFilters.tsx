// The register's filter bar. Text filters match as the user types (the host folds diacritics).
import {
  directiveKind,
  directiveStatus,
  type DirectiveKind,
  type DirectiveStatus,
} from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { DIRECTIVE_KIND_LABEL, STATUS_LABEL } from '../../../ui/labels';

export interface DirectiveFilterValue {
  kind: DirectiveKind | '';
  status: DirectiveStatus | '';
  assignee: string;
  leadUnit: string;
  overdue: boolean;
  incomplete: boolean;
  meetingId: string;
}

interface Props {
  value: DirectiveFilterValue;
  meetings: { id: string; label: string }[];
  onChange: (patch: Partial<DirectiveFilterValue>) => void;
}

export function DirectiveFilters({ value, meetings, onChange }: Props) {
  const t = useT();
  return (
    <div className="filters" role="search" aria-label={t('directives.filters')}>
      <label className="filters__item">
        <span>{t('directive.kind')}</span>
        <select
          className="select"
          value={value.kind}
          onChange={(e) => onChange({ kind: e.target.value as DirectiveKind | '' })}
          data-testid="filter-kind"
        >
          <option value="">{t('common.all')}</option>
          {directiveKind.options.map((k) => (
            <option key={k} value={k}>
              {t(DIRECTIVE_KIND_LABEL[k])}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__item">
        <span>{t('directive.status')}</span>
        <select
          className="select"
          value={value.status}
          onChange={(e) => onChange({ status: e.target.value as DirectiveStatus | '' })}
          data-testid="filter-status"
        >
          <option value="">{t('common.all')}</option>
          {directiveStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LABEL[s])}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__item">
        <span>{t('directive.assignee')}</span>
        <input
          className="input"
          type="search"
          value={value.assignee}
          onChange={(e) => onChange({ assignee: e.target.value })}
          data-testid="filter-assignee"
        />
      </label>
      <label className="filters__item">
        <span>{t('directive.leadUnit')}</span>
        <input
          className="input"
          type="search"
          value={value.leadUnit}
          onChange={(e) => onChange({ leadUnit: e.target.value })}
          data-testid="filter-lead-unit"
        />
      </label>
      <label className="filters__item filters__item--wide">
        <span>{t('directive.meeting')}</span>
        <select
          className="select"
          value={value.meetingId}
          onChange={(e) => onChange({ meetingId: e.target.value })}
          data-testid="filter-meeting"
        >
          <option value="">{t('common.all')}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox filters__check">
        <input
          type="checkbox"
          checked={value.overdue}
          onChange={(e) => onChange({ overdue: e.target.checked })}
          data-testid="filter-overdue"
        />
        {t('directives.onlyOverdue')}
      </label>
      <label className="checkbox filters__check">
        <input
          type="checkbox"
          checked={value.incomplete}
          onChange={(e) => onChange({ incomplete: e.target.checked })}
          data-testid="filter-incomplete"
        />
        {t('directives.onlyIncomplete')}
      </label>
    </div>
  );
}
