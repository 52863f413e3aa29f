// @vitest-environment jsdom
// The indicators page's side forms over the real handlers: editing a saved indicator or one of
// its figures opens its form with the saved values and, under it, the record's history; a new
// figure's form has no history yet.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../renderer/i18n';
import { IndicatorsPage } from '../../../renderer/features/indicators/IndicatorsPage';
import { indicator, observation } from '../../fixtures/records';
import { realApp } from './setup';

describe('the indicators page forms', () => {
  it('opens a saved indicator and a saved figure with their history; a new figure without', async () => {
    const desk = await realApp({ unlocked: true });
    const gdp = await desk.ok('indicators.save', indicator());
    await desk.ok('observations.save', observation(gdp.id));
    const user = userEvent.setup();
    render(
      <I18nProvider language="vi">
        <IndicatorsPage />
      </I18nProvider>,
    );
    const card = await screen.findByTestId('indicator-card');
    const drawer = () => screen.getByRole('complementary');

    await user.click(within(within(card).getByRole('banner')).getByRole('button', { name: 'Sửa' }));
    expect(within(drawer()).getByDisplayValue('Tăng trưởng GDP')).toBeTruthy();
    expect(within(drawer()).getByTestId('record-history')).toBeTruthy();

    await user.click(
      within(screen.getByTestId('observation-row')).getByRole('button', { name: 'Sửa' }),
    );
    expect(within(drawer()).getByTestId('observation-value')).toBeTruthy();
    expect(within(drawer()).getByTestId('record-history')).toBeTruthy();

    await user.click(within(card).getByTestId('add-observation'));
    expect(within(drawer()).getByTestId('observation-value')).toBeTruthy();
    expect(within(drawer()).queryByTestId('record-history')).toBeNull();
  });
});
