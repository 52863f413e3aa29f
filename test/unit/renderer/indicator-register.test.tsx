// @vitest-environment jsdom
// An indicator's card in the register as a user works it: its buttons act on that indicator
// (add a figure, chart, edit, delete) and a figure's own edit button on that figure; the chart
// waits for a first figure; none of them submits a surrounding form.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IndicatorWithObservations } from '../../../shared/domain';
import { I18nProvider } from '../../../renderer/i18n';
import { IndicatorRegister } from '../../../renderer/features/indicators/components/IndicatorRegister';

afterEach(cleanup);

const figure = {
  id: 'o1',
  indicatorId: 'gdp',
  revision: 1,
  value: 7.52,
  target: null,
  period: { kind: 'half', year: 2025, half: 1 },
  asOf: null,
  source: 'Cổng TTĐT Chính phủ',
  status: 'official',
  comparison: '',
};

const gdp = {
  id: 'gdp',
  revision: 1,
  name: 'Tốc độ tăng trưởng GDP',
  pillar: 'economy',
  unit: '%',
  description: '',
  observations: [figure],
} as unknown as IndicatorWithObservations;

const empty = { ...gdp, id: 'fdi', name: 'Vốn FDI', observations: [] };

function renderRegister(indicators: IndicatorWithObservations[]) {
  const done: string[] = [];
  render(
    <I18nProvider language="vi">
      <IndicatorRegister
        groups={[{ pillar: 'economy', indicators }]}
        focusedId={null}
        onAddObservation={(id) => done.push(`add ${id}`)}
        onChart={(i) => done.push(`chart ${i.id}`)}
        onEditIndicator={(i) => done.push(`edit ${i.id}`)}
        onDeleteIndicator={(i) => done.push(`delete ${i.id}`)}
        onEditObservation={(o) => done.push(`edit figure ${o.id}`)}
        onDeleteObservation={(o) => done.push(`delete figure ${o.id}`)}
      />
    </I18nProvider>,
  );
  return done;
}

describe('an indicator card', () => {
  it('acts on its own indicator and figure with each button', async () => {
    const user = userEvent.setup();
    const done = renderRegister([gdp]);
    const card = screen.getByTestId('indicator-card');
    const head = within(card).getByRole('banner');
    await user.click(within(card).getByTestId('add-observation'));
    await user.click(within(card).getByTestId('indicator-chart-open'));
    await user.click(within(head).getByRole('button', { name: 'Sửa' }));
    await user.click(within(head).getByRole('button', { name: 'Xóa' }));
    await user.click(
      within(screen.getByTestId('observation-row')).getByRole('button', { name: 'Sửa' }),
    );
    expect(done).toEqual(['add gdp', 'chart gdp', 'edit gdp', 'delete gdp', 'edit figure o1']);
    for (const b of within(card).getAllByRole('button'))
      expect(b.getAttribute('type')).toBe('button');
  });

  it('offers the chart only once the indicator has a figure', () => {
    renderRegister([empty]);
    expect(screen.getByTestId<HTMLButtonElement>('indicator-chart-open').disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>('add-observation').disabled).toBe(false);
  });
});
