// @vitest-environment jsdom
// "So sánh hai kỳ" under an indicator's chart: the newest period against the same period a
// year before, the change in the words of a report, and another pair when the user picks one.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Period } from '../../../shared/domain/period';
import { I18nProvider } from '../../../renderer/i18n';
import { PeriodComparison } from '../../../renderer/features/indicators/components/PeriodComparison';

const half = (year: number, h: 1 | 2): Period => ({ kind: 'half', year, half: h });
const gdp = {
  unit: '%',
  observations: [
    { period: half(2025, 1), value: 7.52 },
    { period: half(2024, 2), value: 7.4 },
    { period: half(2024, 1), value: 6.42 },
  ],
};

afterEach(cleanup);

describe('comparing two periods under the chart', () => {
  it('says how a rate moved against the same period a year before, in percentage points', () => {
    render(<PeriodComparison indicator={gdp} />);
    expect((screen.getByTestId('period-to') as HTMLSelectElement).value).toBe(
      '6 tháng đầu năm 2025',
    );
    expect((screen.getByTestId('period-from') as HTMLSelectElement).value).toBe(
      '6 tháng đầu năm 2024',
    );
    expect(screen.getByTestId('period-change').textContent).toBe(
      '7,52% / 6,42% — tăng 1,1 điểm phần trăm',
    );
  });

  it('follows the periods picked, and asks for two different ones', () => {
    render(<PeriodComparison indicator={gdp} />);
    fireEvent.change(screen.getByTestId('period-to'), {
      target: { value: '6 tháng cuối năm 2024' },
    });
    expect(screen.getByTestId('period-change').textContent).toBe(
      '7,4% / 6,42% — tăng 0,98 điểm phần trăm',
    );
    fireEvent.change(screen.getByTestId('period-from'), {
      target: { value: '6 tháng cuối năm 2024' },
    });
    expect(screen.getByTestId('period-change').textContent).toBe('Chọn hai kỳ khác nhau.');
  });

  it('gives a quantity its unit and share, in English too', () => {
    render(
      <I18nProvider language="en">
        <PeriodComparison
          indicator={{
            unit: 'tỷ USD',
            observations: [
              { period: half(2025, 1), value: 180 },
              { period: half(2024, 1), value: 200 },
            ],
          }}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('period-change').textContent).toBe(
      '180 tỷ USD / 200 tỷ USD — down 20 tỷ USD (10%)',
    );
  });

  it('is not offered for a single period', () => {
    render(<PeriodComparison indicator={{ unit: '%', observations: [gdp.observations[0]!] }} />);
    expect(screen.queryByTestId('period-comparison')).toBeNull();
  });
});
