// @vitest-environment jsdom
// The meeting and indicator registers sort by their column headers (issue 13 §6), as the
// directive register does: a click asks the host for that order, a second click reverses it,
// and aria-sort says which order is on.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingFilter } from '../../../shared/contract';
import { MeetingList } from '../../../renderer/features/meetings/components/MeetingList';
import { IndicatorsPage } from '../../../renderer/features/indicators/IndicatorsPage';
import { I18nProvider } from '../../../renderer/i18n';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { realApp } from './setup';

afterEach(cleanup);

const ariaSort = (testId: string) =>
  screen.getByTestId(testId).parentElement!.getAttribute('aria-sort');

describe('sorting the meeting and indicator registers by column', () => {
  it('meetings: newest first by default; date reverses, title both ways, chair', () => {
    const asked: MeetingFilter[] = [];
    const list = (filter: MeetingFilter) => (
      <I18nProvider language="vi">
        <MeetingList
          items={[]}
          selectedId={null}
          filter={filter}
          years={[]}
          loading={false}
          onFilter={(patch) => asked.push(patch)}
          onOpen={() => {}}
          onNew={() => {}}
        />
      </I18nProvider>
    );
    const { rerender } = render(list({}));
    expect(ariaSort('meeting-sort-date')).toBe('descending');
    expect(ariaSort('meeting-sort-title')).toBe('none');
    fireEvent.click(screen.getByTestId('meeting-sort-date'));
    expect(asked.at(-1)).toEqual({ sort: 'date-asc' });
    fireEvent.click(screen.getByTestId('meeting-sort-title'));
    expect(asked.at(-1)).toEqual({ sort: 'title' });
    rerender(list({ sort: 'title' }));
    expect(ariaSort('meeting-sort-title')).toBe('ascending');
    expect(ariaSort('meeting-sort-date')).toBe('none');
    fireEvent.click(screen.getByTestId('meeting-sort-title'));
    expect(asked.at(-1)).toEqual({ sort: 'title-desc' });
    fireEvent.click(screen.getByTestId('meeting-sort-chair'));
    expect(asked.at(-1)).toEqual({ sort: 'chair' });
  });

  it('indicators: by pillar by default; a header asks the host for its order', async () => {
    const desk = await realApp({ unlocked: true });
    await useVaultStore.getState().loadStatus();
    await useVaultStore.getState().createSampleData();
    render(
      <I18nProvider language="vi">
        <IndicatorsPage />
      </I18nProvider>,
    );
    await screen.findAllByTestId('indicator-card');
    expect(ariaSort('indicator-sort-pillar')).toBe('ascending');
    fireEvent.click(screen.getByTestId('indicator-sort-name'));
    await waitFor(() => expect(ariaSort('indicator-sort-name')).toBe('ascending'));
    expect(desk.calls.findLast((c) => c.name === 'indicators.list')?.input).toEqual({
      sort: 'name',
    });
    const names = screen
      .getAllByTestId('indicator-card')
      .map((c) => c.querySelector('h4')!.textContent!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(screen.getByText('Tất cả chỉ tiêu')).toBeTruthy();
    fireEvent.click(screen.getByTestId('indicator-sort-name'));
    await waitFor(() => expect(ariaSort('indicator-sort-name')).toBe('descending'));
    fireEvent.click(screen.getByTestId('indicator-sort-latest'));
    await waitFor(() => expect(ariaSort('indicator-sort-latest')).toBe('descending'));
    expect(desk.calls.findLast((c) => c.name === 'indicators.list')?.input).toEqual({
      sort: 'latest',
    });
  });
});
