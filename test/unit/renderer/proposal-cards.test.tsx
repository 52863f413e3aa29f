// @vitest-environment jsdom
// The proposal cards of the "Reports in" review, on rows read from a real report text: the
// quote and the rule that found it, fields the user corrects, a held duplicate said as such,
// a refused figure explained once accepted, and accept / reject / undo.
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { extract } from '../../../shared/extract';
import type { IndicatorWithObservations } from '../../../shared/domain';
import { I18nProvider } from '../../../renderer/i18n';
import { DirectiveCard, FigureCard } from '../../../renderer/features/reports/ProposalCards';
import {
  reviewRows,
  type DirectiveRow,
  type FigureRow,
} from '../../../renderer/features/reports/review-plan';

afterEach(cleanup);

const indicators = [
  {
    id: 'gdp',
    name: 'Tốc độ tăng trưởng GDP',
    unit: '%',
    observations: [
      {
        id: 'o1',
        indicatorId: 'gdp',
        value: 7.52,
        period: { kind: 'half', year: 2025, half: 1 },
        source: 'Cổng TTĐT Chính phủ',
      },
    ],
  },
] as unknown as IndicatorWithObservations[];

const rows = reviewRows(
  extract(
    'GDP 6 tháng đầu năm 2025 tăng 7,52% so với cùng kỳ.\n' +
      'Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương xây dựng đề án, trình Thủ tướng Chính phủ trước ngày 15/12/2025.',
  ),
  indicators,
);

function Figure({ initial }: { initial: FigureRow }) {
  const [row, setRow] = useState(initial);
  return (
    <I18nProvider language="vi">
      <ul>
        <FigureCard
          row={row}
          indicators={indicators}
          proposed={rows.proposed}
          onEdit={(p) => setRow((r) => ({ ...r, ...p }))}
          onEditProposed={() => {}}
        />
      </ul>
    </I18nProvider>
  );
}

function Directive({ initial }: { initial: DirectiveRow }) {
  const [row, setRow] = useState(initial);
  return (
    <I18nProvider language="vi">
      <ul>
        <DirectiveCard row={row} onEdit={(p) => setRow((r) => ({ ...r, ...p }))} />
      </ul>
    </I18nProvider>
  );
}

describe('proposal cards of a received report', () => {
  it('a figure: quote, held duplicate, a corrected value refused once accepted, undo', async () => {
    const user = userEvent.setup();
    const row = rows.figures[0]!;
    render(<Figure initial={row} />);
    const card = screen.getByTestId(`proposal-${row.key}`);
    expect(card.querySelector('q')!.textContent).toBe(row.proposal.quote);
    expect(within(card).getByTestId(`dup-${row.key}`)).toBeTruthy();
    expect(card.textContent).toContain(row.proposal.rule);

    const value = within(card).getByTestId(`value-${row.key}`);
    await user.clear(value);
    await user.type(value, 'bảy');
    await user.click(within(card).getByTestId(`accept-${row.key}`));
    expect(card.className).toContain('proposal--accepted');
    expect(card.querySelector('.field__error')!.textContent).toBe('Giá trị không phải một số.');

    await user.click(within(card).getByTestId(`undo-${row.key}`));
    expect(card.className).toContain('proposal--pending');
    expect(card.querySelector('.field__error')).toBeNull();
  });

  it('a directive: lead and deadline corrected in place, then rejected', async () => {
    const user = userEvent.setup();
    const row = rows.directives[0]!;
    render(<Directive initial={row} />);
    const card = screen.getByTestId(`proposal-${row.key}`);
    const due = within(card).getByTestId(`due-${row.key}`) as HTMLInputElement;
    expect(due.value).toBe('15/12/2025');
    expect(due.placeholder).toBe('dd/mm/yyyy');
    const lead = within(card).getByLabelText('Chủ trì') as HTMLInputElement;
    await user.clear(lead);
    await user.type(lead, 'Bộ Công Thương');
    expect(lead.value).toBe('Bộ Công Thương');
    await user.click(within(card).getByTestId(`reject-${row.key}`));
    expect(card.className).toContain('proposal--rejected');
  });
});
