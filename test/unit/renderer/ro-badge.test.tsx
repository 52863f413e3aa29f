// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../../renderer/i18n';
import { RoBadge } from '../../../renderer/features/directives/components/RoBadge';
import { TimingBadges } from '../../../renderer/features/directives/components/TimingBadges';

const complete = {
  assignee: 'Bộ Ngoại giao',
  task: 'Chuẩn bị Lễ mở ký Công ước Liên hợp quốc về chống tội phạm mạng',
  deadline: '2025-10-25',
  authority: 'Phó Thủ tướng Bùi Thanh Sơn, Trưởng Ban Chỉ đạo',
  responsibility: 'Bộ trưởng Bộ Ngoại giao',
  deliverable: 'Lễ mở ký tổ chức tại Hà Nội',
};

afterEach(cleanup);

describe('"6 rõ" badge', () => {
  it('names each missing "rõ" by its Vietnamese name, and only those', () => {
    render(
      <RoBadge directive={{ ...complete, assignee: '', deadline: null, deliverable: '  ' }} />,
    );
    const badge = screen.getByTestId('ro-badge');
    expect(badge.textContent).toBe('Thiếu: Rõ người, Rõ thời gian, Rõ sản phẩm');
    expect(badge.textContent).not.toContain('Rõ việc');
  });

  it('says the task is complete when all six are there', () => {
    render(<RoBadge directive={complete} />);
    expect(screen.getByTestId('ro-badge').textContent).toBe('Đủ 6 rõ');
  });

  it('keeps the Vietnamese names in the English interface', () => {
    render(
      <I18nProvider language="en">
        <RoBadge directive={{ ...complete, authority: '', responsibility: '' }} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('ro-badge').textContent).toBe(
      'Missing: Rõ thẩm quyền (authority), Rõ trách nhiệm (accountable)',
    );
  });

  it('flags overdue and done-late from the dates', () => {
    const { rerender } = render(
      <TimingBadges
        directive={{ status: 'in-progress', deadline: '2025-09-30', completedOn: null }}
        today="2025-10-15"
      />,
    );
    expect(screen.getByTestId('overdue-badge').textContent).toBe('Quá hạn');
    rerender(
      <TimingBadges
        directive={{ status: 'done', deadline: '2025-09-30', completedOn: '2025-10-02' }}
        today="2025-10-15"
      />,
    );
    expect(screen.queryByTestId('overdue-badge')).toBeNull();
    expect(screen.getByTestId('done-late-badge').textContent).toBe('Hoàn thành chậm');
  });
});
