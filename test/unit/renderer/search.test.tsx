// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { useNavigationStore } from '../../../renderer/stores/navigationStore';
import { useDirectivesStore } from '../../../renderer/stores/directivesStore';
import { useSearchStore } from '../../../renderer/stores/searchStore';
import { useBriefsStore } from '../../../renderer/stores/briefsStore';
import { loadSampleWindow, realApp } from './setup';
import { giveElementsASize } from './layout-shim';
import { holdFirstAnswer, type RealDesk } from '../../support/real-desk';

let desk: RealDesk;
beforeEach(async () => {
  giveElementsASize();
  desk = await realApp({ unlocked: true });
  await loadSampleWindow();
});
afterEach(cleanup);

describe('global search', () => {
  it('Ctrl+K focuses the box; results are grouped and the matched words marked without diacritics', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findAllByTestId('meeting-row');
    await user.keyboard('{Control>}k{/Control}');
    const box = screen.getByTestId('search-box');
    expect(document.activeElement).toBe(box);

    await user.type(box, 'hoi nhap');
    const results = await screen.findAllByTestId('search-result');
    expect(results.length).toBeGreaterThan(0);
    const marks = [...screen.getByTestId('search-results').querySelectorAll('mark')].map(
      (m) => m.textContent,
    );
    expect(marks).toEqual(expect.arrayContaining(['hội', 'nhập']));
    expect(screen.getByRole('group', { name: 'Cuộc họp' })).toBeTruthy();
  });

  it('a recommendation found among the directives is marked as one', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findAllByTestId('meeting-row');
    await user.keyboard('{Control>}k{/Control}');
    await user.type(screen.getByTestId('search-box'), 'nang chuan chuyen doi xanh');
    const [hit] = await screen.findAllByTestId('search-result');
    expect(hit?.dataset.type).toBe('directive');
    expect(hit?.querySelector('[data-testid="search-hit-kind"]')?.textContent).toBe('Kiến nghị');
  });

  it('arrow keys and Enter open the record, through the guard, on its page', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findAllByTestId('meeting-row');
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByTestId('search-box'));
    // The "/" that focused the box is not typed into it.
    await user.keyboard('mang');
    expect((screen.getByTestId('search-box') as HTMLInputElement).value).toBe('mang');
    const hits = await screen.findAllByTestId('search-result');
    const target = hits.findIndex((h) => h.getAttribute('data-type') === 'directive');
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < target; i++) await user.keyboard('{ArrowDown}');
    expect(hits[target]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');

    expect(useNavigationStore.getState().view).toBe('directives');
    expect(await screen.findByTestId('directive-editor')).toBeTruthy();
    expect(useDirectivesStore.getState().editor?.original?.task.toLowerCase()).toContain('mạng');
  });

  it('briefs and figures have their own groups; a figure opens its indicator with its row marked', async () => {
    const user = userEvent.setup();
    const meetings = await desk.api['meetings.list']({});
    if (!meetings.ok) throw new Error('no sample meetings');
    const made = await desk.api['briefs.create']({
      template: 'conclusion-notice',
      meetingId: meetings.value[0]!.id,
    });
    if (!made.ok) throw new Error('no brief');
    const brief = made.value.brief;
    const saved = await desk.api['briefs.save']({
      id: made.value.id,
      revision: made.value.revision,
      brief: {
        ...brief,
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'Đường sắt tốc độ cao Bắc – Nam.' }],
            },
          ],
        },
      },
    });
    if (!saved.ok) throw new Error('not saved');
    const indicators = await desk.api['indicators.list']({});
    if (!indicators.ok) throw new Error('no indicators');
    const target = indicators.value[0]!;
    const figure = await desk.api['observations.save']({
      indicatorId: target.id,
      value: 12.5,
      period: { kind: 'year', year: 2026 },
      asOf: null,
      source: 'Bộ Xây dựng',
      status: 'estimate',
      comparison: 'đường sắt vượt kế hoạch',
      target: null,
    });
    if (!figure.ok) throw new Error('no figure');

    render(<App />);
    await screen.findAllByTestId('meeting-row');
    await user.keyboard('{Control>}k{/Control}');
    await user.type(screen.getByTestId('search-box'), 'duong sat');
    await screen.findAllByTestId('search-result');
    const briefs = screen.getByRole('group', { name: 'Văn bản' });
    expect(briefs.textContent).toContain('Đường sắt tốc độ cao');
    const figures = screen.getByRole('group', { name: 'Số liệu chỉ tiêu' });
    expect(figures.textContent).toContain(target.name);

    const hits = screen.getAllByTestId('search-result');
    const at = hits.findIndex((h) => h.getAttribute('data-type') === 'observation');
    for (let i = 0; i < at; i++) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    expect(useNavigationStore.getState().view).toBe('indicators');
    const row = await screen.findByRole('row', { current: true });
    expect(row.textContent).toContain('Bộ Xây dựng');

    // A brief hit opens the brief.
    await user.click(screen.getByTestId('search-box'));
    await user.clear(screen.getByTestId('search-box'));
    await user.type(screen.getByTestId('search-box'), 'toc do cao');
    const briefHit = (await screen.findAllByTestId('search-result')).find(
      (h) => h.getAttribute('data-type') === 'brief',
    );
    await user.click(briefHit!);
    expect(useNavigationStore.getState().view).toBe('briefs');
    await waitFor(() => expect(useBriefsStore.getState().draft?.stored.id).toBe(made.value.id));
  });

  it('a late answer to an old query never replaces the newest one', async () => {
    // The vault answers both; the first answer is held back until the second has arrived.
    const release = holdFirstAnswer(desk, 'search.query');
    const first = useSearchStore.getState().search('dau');
    await useSearchStore.getState().search('dau tu');
    expect(useSearchStore.getState().result?.query).toBe('dau tu');
    release();
    await first;
    expect(useSearchStore.getState().result?.query).toBe('dau tu');
  });
});
