// The register's filter bar. Text filters match as the user types (the host folds diacritics).
import { useT, type MessageKey } from '../../../i18n';
import type { DirectiveFilterValue } from '../../../lib/directive-filter';
import { choicesOf, DIRECTIVE_KIND_LABEL, STATUS_LABEL } from '../../../ui/labels';
import { FilterSelect } from '../../../ui/OptionSelect';
import { Checkbox } from '../../../ui/Checkbox';

export type { DirectiveFilterValue };

interface Props {
  value: DirectiveFilterValue;
  meetings: { id: string; label: string }[];
  onChange: (patch: Partial<DirectiveFilterValue>) => void;
}

/** A filter of the bar drawn from a table: the part of the filter, its words, its test id. */
interface FilterEntry {
  key: keyof DirectiveFilterValue;
  label: MessageKey;
  testId: string;
}

// The two words-typed filters differ only in the part of the filter, its label and test id.
const TEXT_FILTERS = [
  { key: 'assignee', label: 'directive.assignee', testId: 'filter-assignee' },
  { key: 'leadUnit', label: 'directive.leadUnit', testId: 'filter-lead-unit' },
] as const satisfies readonly FilterEntry[];

// Likewise the two "only these" ticks: the part of the filter, the words beside it, its test id.
const CHECK_FILTERS = [
  { key: 'overdue', label: 'directives.onlyOverdue', testId: 'filter-overdue' },
  { key: 'incomplete', label: 'directives.onlyIncomplete', testId: 'filter-incomplete' },
] as const satisfies readonly FilterEntry[];

export function DirectiveFilters({ value, meetings, onChange }: Props) {
  const t = useT();
  const meetingLabel = new Map(meetings.map((m) => [m.id, m.label]));
  return (
    <div className="filters" role="search" aria-label={t('directives.filters')}>
      <FilterSelect
        title={t('directive.kind')}
        value={value.kind}
        {...choicesOf(DIRECTIVE_KIND_LABEL, t)}
        onChange={(kind) => onChange({ kind })}
        data-testid="filter-kind"
      />
      <FilterSelect
        title={t('directive.status')}
        value={value.status}
        {...choicesOf(STATUS_LABEL, t)}
        onChange={(status) => onChange({ status })}
        data-testid="filter-status"
      />
      {TEXT_FILTERS.map(({ key, label, testId }) => (
        <label key={key} className="filters__item">
          <span>{t(label)}</span>
          <input
            className="input"
            type="search"
            value={value[key]}
            onChange={(e) => onChange({ [key]: e.target.value })}
            data-testid={testId}
          />
        </label>
      ))}
      <FilterSelect
        title={t('directive.meeting')}
        wide
        value={value.meetingId}
        options={meetings.map((m) => m.id)}
        label={(id) => meetingLabel.get(id) ?? id}
        onChange={(meetingId) => onChange({ meetingId })}
        data-testid="filter-meeting"
      />
      {CHECK_FILTERS.map(({ key, label, testId }) => (
        <Checkbox
          key={key}
          className="checkbox filters__check"
          checked={value[key]}
          onChange={(checked) => onChange({ [key]: checked })}
          testId={testId}
        >
          {t(label)}
        </Checkbox>
      ))}
    </div>
  );
}
