// @vitest-environment jsdom
// The period of a figure as a user picks it: the kind first, then which part of the year in
// words ("Quý III", "7 tháng đầu năm"), the year kept; the preview says what will be stored.
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Period } from '../../../shared/domain';
import { I18nProvider } from '../../../renderer/i18n';
import { PeriodPicker } from '../../../renderer/features/indicators/components/PeriodPicker';

afterEach(cleanup);

function Held() {
  const [period, setPeriod] = useState<Period>({ kind: 'year', year: 2025 });
  return (
    <I18nProvider language="vi">
      <PeriodPicker value={period} onChange={setPeriod} />
      <output data-testid="held">{JSON.stringify(period)}</output>
    </I18nProvider>
  );
}

const held = () => JSON.parse(screen.getByTestId('held').textContent!) as Period;
const choices = (label: string) =>
  [...screen.getByLabelText<HTMLSelectElement>(label).options].map((o) => o.text);

describe('the period picker', () => {
  it.each([
    ['half', 'Nửa năm nào', '6 tháng cuối năm', { kind: 'half', year: 2025, half: 2 }, 2],
    ['quarter', 'Quý nào', 'Quý III', { kind: 'quarter', year: 2025, quarter: 3 }, 4],
    ['months', 'Bao nhiêu tháng', '9 tháng đầu năm', { kind: 'months', year: 2025, months: 9 }, 12],
    ['month', 'Tháng nào', 'Tháng 5', { kind: 'month', year: 2025, month: 5 }, 12],
  ] as const)(
    '%s: the part is chosen in words and stored as its number',
    async (kind, label, choice, stored, count) => {
      const user = userEvent.setup();
      render(<Held />);
      expect(screen.queryByLabelText(label)).toBeNull();
      await user.selectOptions(screen.getByTestId('period-kind'), kind);
      expect(choices(label)).toHaveLength(count);
      await user.selectOptions(screen.getByLabelText(label), choice);
      expect(held()).toEqual(stored);
      expect(screen.getByLabelText<HTMLSelectElement>(label).selectedOptions[0]!.text).toBe(choice);
    },
  );
});
