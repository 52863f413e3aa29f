// @vitest-environment jsdom
// The registers' filter bars as a user works them: each choice narrows the filter, "Tất cả"
// clears it again, and a year is handed over as a number.
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingFilter } from '../../../shared/contract';
import { I18nProvider } from '../../../renderer/i18n';
import {
  DirectiveFilters,
  type DirectiveFilterValue,
} from '../../../renderer/features/directives/components/DirectiveFilters';
import { MeetingList } from '../../../renderer/features/meetings/components/MeetingList';
import { emptyDirectiveFilter } from '../../../renderer/stores/directivesStore';

afterEach(cleanup);

const shown = () =>
  JSON.parse(screen.getByTestId('filter').textContent!) as Record<string, unknown>;

/** The directive register's filter bar over real state, with the filter it holds shown. */
function DirectiveFilterBar() {
  const [value, setValue] = useState<DirectiveFilterValue>(emptyDirectiveFilter);
  return (
    <I18nProvider language="vi">
      <DirectiveFilters
        value={value}
        meetings={[
          { id: 'm1', label: '26/8/2025 — Phiên họp thường kỳ' },
          { id: 'm2', label: '2/9/2025 — Họp đột xuất' },
        ]}
        onChange={(p) => setValue((v) => ({ ...v, ...p }))}
      />
      <output data-testid="filter">{JSON.stringify(value)}</output>
    </I18nProvider>
  );
}

describe('register filter bars', () => {
  it('directives: kind, status and meeting narrow the register; "Tất cả" clears them', async () => {
    const user = userEvent.setup();
    render(<DirectiveFilterBar />);
    await user.selectOptions(screen.getByTestId('filter-kind'), 'recommendation');
    await user.selectOptions(screen.getByTestId('filter-status'), 'done');
    await user.selectOptions(screen.getByTestId('filter-meeting'), '2/9/2025 — Họp đột xuất');
    expect(shown()).toMatchObject({ kind: 'recommendation', status: 'done', meetingId: 'm2' });
    await user.selectOptions(screen.getByTestId('filter-kind'), 'Tất cả');
    expect(shown()).toMatchObject({ kind: '', status: 'done' });
  });

  it('directives: the assignee and lead unit filters take the words as typed, each its own', async () => {
    const user = userEvent.setup();
    render(<DirectiveFilterBar />);
    await user.type(screen.getByTestId('filter-assignee'), 'Bộ Tài chính');
    await user.type(screen.getByTestId('filter-lead-unit'), 'Vụ Ngân sách');
    expect(shown()).toMatchObject({ assignee: 'Bộ Tài chính', leadUnit: 'Vụ Ngân sách' });
    expect(screen.getByLabelText('Đơn vị chủ trì')).toBe(screen.getByTestId('filter-lead-unit'));
  });

  it('meetings: a year is a number, a kind narrows, "Tất cả" leaves the key out', async () => {
    const user = userEvent.setup();
    function Harness() {
      const [filter, setFilter] = useState<MeetingFilter>({ sort: 'date-desc' });
      return (
        <I18nProvider language="vi">
          <MeetingList
            items={[]}
            selectedId={null}
            filter={filter}
            years={[2025, 2024]}
            loading={false}
            onFilter={(p) => setFilter((f) => ({ ...f, ...p }))}
            onOpen={() => {}}
            onNew={() => {}}
          />
          <output data-testid="filter">{JSON.stringify(filter)}</output>
        </I18nProvider>
      );
    }
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText('Năm'), '2024');
    expect(shown().year).toBe(2024);
    await user.selectOptions(screen.getByLabelText('Loại'), 'ad-hoc');
    expect(shown().kind).toBe('ad-hoc');
    await user.selectOptions(screen.getByLabelText('Loại'), 'Tất cả');
    expect(shown()).not.toHaveProperty('kind');
    await user.selectOptions(screen.getByLabelText('Năm'), 'Tất cả');
    expect(shown()).not.toHaveProperty('year');
  });
});
