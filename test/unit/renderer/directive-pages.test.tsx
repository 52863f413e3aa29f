// @vitest-environment jsdom
// The directive register a page at a time (issue 13 §6): it shows the count of the whole
// register from the first page, asks for the next page only when the list is scrolled down to
// it, prints every filtered row (not only those loaded), and a save brings back as many rows
// as were on screen.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DirectivesPage } from '../../../renderer/features/directives/DirectivesPage';
import { I18nProvider } from '../../../renderer/i18n';
import { clock, PAGE_SIZE, useDirectivesStore } from '../../../renderer/stores/directivesStore';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { directive } from '../../fixtures/records';
import type { RealDesk } from '../../support/real-desk';
import { giveElementsASize } from './layout-shim';
import { realApp } from './setup';

const TODAY = '2025-10-15';
const COUNT = 250;

let desk: RealDesk;
beforeEach(async () => {
  giveElementsASize(1200, 700);
  desk = await realApp({ unlocked: true, today: TODAY });
  clock.today = () => TODAY;
  await useVaultStore.getState().loadStatus();
  for (let i = 1; i <= COUNT; i++)
    await desk.ok(
      'directives.save',
      directive({
        assignee: 'Vụ Tổng hợp',
        task: `Nhiệm vụ số ${i}`,
        deadline: null,
        authority: 'Thủ tướng',
        deliverable: 'Báo cáo',
        leadUnit: 'Bộ Công Thương',
        coordinatingUnits: [],
      }),
    );
});

const pageCalls = () =>
  desk.calls
    .filter((c) => c.name === 'directives.page')
    .map((c) => c.input as { offset: number; limit: number });

describe('the directive register in pages', () => {
  it('counts the whole register, loads the next page on scroll, and prints every row', async () => {
    render(
      <I18nProvider language="vi">
        <DirectivesPage />
      </I18nProvider>,
    );
    await screen.findByText(`${COUNT} nhiệm vụ`);
    expect(pageCalls()).toEqual([expect.objectContaining({ offset: 0, limit: PAGE_SIZE })]);
    expect(useDirectivesStore.getState().items).toHaveLength(PAGE_SIZE);
    expect(screen.getAllByTestId('directive-row')[0]!.textContent).toContain('Nhiệm vụ số 1');

    // Scrolled to the end: the rows past the first page are asked for, and drawn.
    const scroller = screen.getByTestId('directive-register');
    await act(async () => {
      scroller.scrollTop = 1_000_000;
      fireEvent.scroll(scroller);
    });
    await waitFor(() => expect(useDirectivesStore.getState().items).toHaveLength(COUNT));
    expect(pageCalls()[1]).toMatchObject({ offset: PAGE_SIZE });
    await waitFor(() => expect(screen.getByText(`Nhiệm vụ số ${COUNT}`)).toBeTruthy());
    expect(screen.queryAllByTestId('directive-row-loading')).toEqual([]);

    // Printing asks for the whole filtered register, not the pages on screen.
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    fireEvent.click(screen.getByTestId('print-directives'));
    await waitFor(() => expect(desk.calls.some((c) => c.name === 'directives.list')).toBe(true));
    const table = await screen.findByTestId('print-directives-table');
    expect(table.textContent).toContain(`Nhiệm vụ số ${COUNT}`);
    print.mockRestore();

    // A save reloads as many rows as were loaded, in one call.
    desk.calls.length = 0;
    await act(() => useDirectivesStore.getState().loadDirectives());
    expect(pageCalls()).toEqual([expect.objectContaining({ offset: 0, limit: COUNT })]);
    expect(useDirectivesStore.getState().items).toHaveLength(COUNT);
  });
});
