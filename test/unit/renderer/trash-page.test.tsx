// @vitest-environment jsdom
// The trash and package-imports page over the real handlers: each part says in words when it has
// nothing; a deleted meeting shows in the trash with the button that empties it.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../../renderer/i18n';
import { TrashPage } from '../../../renderer/features/history/TrashPage';
import { meeting } from '../../fixtures/records';
import { realApp } from './setup';

const part = (title: string) => screen.getByRole('heading', { name: title }).parentElement!;

describe('the trash page', () => {
  it('says each part is empty in words, and lists a deleted meeting with the empty button', async () => {
    const desk = await realApp({ unlocked: true });
    const { unmount } = render(
      <I18nProvider language="vi">
        <TrashPage />
      </I18nProvider>,
    );
    expect(await within(part('Thùng rác')).findByText('Thùng rác trống.')).toBeTruthy();
    expect(within(part('Các lần nhập gói')).getByText('Chưa nhập gói nào.')).toBeTruthy();
    expect(screen.queryByTestId('trash-empty')).toBeNull();
    unmount();

    const saved = await desk.ok('meetings.save', meeting({ title: 'Họp giao ban tháng 9' }));
    await desk.ok('meetings.delete', { id: saved.id, revision: saved.revision });
    render(
      <I18nProvider language="vi">
        <TrashPage />
      </I18nProvider>,
    );
    const trash = part('Thùng rác');
    expect(await within(trash).findByTestId('trash-empty')).toBeTruthy();
    expect(trash.textContent).toContain('Họp giao ban tháng 9');
    expect(within(trash).queryByText('Thùng rác trống.')).toBeNull();
    expect(within(part('Các lần nhập gói')).getByText('Chưa nhập gói nào.')).toBeTruthy();
  });
});
