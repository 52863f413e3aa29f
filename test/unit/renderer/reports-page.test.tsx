// @vitest-environment jsdom
// The "Reports in" page over the real handlers, with a pasted report: its figures and its
// directives are listed each under a heading with their count, and "Chấp nhận tất cả" of one
// kind accepts that kind only.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../renderer/i18n';
import { ReportsPage } from '../../../renderer/features/reports/ReportsPage';
import { realApp } from './setup';

const REPORT =
  'GDP 6 tháng đầu năm 2025 tăng 7,52% so với cùng kỳ.\n' +
  'Kim ngạch xuất khẩu 6 tháng đầu năm 2025 tăng 14,4% so với cùng kỳ.\n' +
  'Giao Bộ Tài chính chủ trì, phối hợp với các bộ, ngành, địa phương hoàn thiện đề án trước ngày 30/9/2025.\n';

describe('the reports page', () => {
  it('lists figures and directives under their counts; accepting all of one kind leaves the other', async () => {
    await realApp({ unlocked: true });
    const user = userEvent.setup();
    render(
      <I18nProvider language="vi">
        <ReportsPage />
      </I18nProvider>,
    );
    await user.click(screen.getByTestId('report-paste'));
    await user.paste(REPORT);
    await user.click(screen.getByTestId('report-read-paste'));
    const figures = await screen.findByTestId('figure-proposals');
    const directives = screen.getByTestId('directive-proposals');
    const nFigures = figures.querySelectorAll('li').length;
    const nDirectives = directives.querySelectorAll('li').length;
    expect(nFigures).toBeGreaterThanOrEqual(2);
    expect(nDirectives).toBeGreaterThanOrEqual(1);
    expect(screen.getByRole('heading', { name: `Số liệu (${nFigures})` })).toBeTruthy();
    expect(screen.getByRole('heading', { name: `Nhiệm vụ (${nDirectives})` })).toBeTruthy();

    await user.click(screen.getByTestId('accept-all-figures'));
    expect(within(figures).getAllByText('Đã chấp nhận')).toHaveLength(nFigures);
    expect(within(directives).queryByText('Đã chấp nhận')).toBeNull();
    await user.click(screen.getByTestId('accept-all-directives'));
    expect(within(directives).getAllByText('Đã chấp nhận')).toHaveLength(nDirectives);
  });
});
