// @vitest-environment jsdom
// The meeting editor's editable tables as a user works them: rows added, typed into and
// removed; cells copied from Excel pasted in as rows, dates read the Vietnamese way; the legal
// number-symbol rewritten in its canonical form and filling a blank type; and the save's field
// errors listed under the table in words.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LegalReference, Person, Source } from '../../../shared/domain';
import { LegalRefsTable } from '../../../renderer/features/meetings/components/LegalRefsTable';
import { PeopleTable } from '../../../renderer/features/meetings/components/PeopleTable';
import { SourcesTable } from '../../../renderer/features/meetings/components/SourcesTable';
import { Held, held } from './held';
import { pasteText } from './paste';

afterEach(cleanup);

describe('editable tables of the meeting editor', () => {
  it('people: a row is added, typed into and removed; a save error is listed under the table', async () => {
    const user = userEvent.setup();
    render(
      <Held<Person[]>
        initial={[]}
        view={(people, set) => (
          <PeopleTable
            caption="Thành phần tham dự"
            people={people}
            onChange={set}
            errors={people.length > 1 ? { '1.name': 'Bắt buộc' } : {}}
          />
        )}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Thêm người' }));
    await user.click(screen.getByRole('button', { name: 'Thêm người' }));
    await user.type(screen.getByLabelText('Họ và tên 1'), 'Nguyễn Văn A');
    expect(held<Person[]>()[0]!.name).toBe('Nguyễn Văn A');
    expect(screen.getByLabelText('Họ và tên 2').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Dòng 2 – Họ và tên: Bắt buộc');
    await user.click(screen.getByRole('button', { name: 'Xóa dòng 2' }));
    expect(held<Person[]>()).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sources: cells copied from Excel become rows, with the date read as typed in Vietnam', () => {
    render(
      <Held<Source[]>
        initial={[]}
        view={(sources, set) => <SourcesTable sources={sources} onChange={set} />}
      />,
    );
    pasteText(
      screen.getByRole('table'),
      'Báo Chính phủ\tHọp thường kỳ tháng 8\t26/8/2025\thttps://baochinhphu.vn/a\n' +
        'VnExpress\tKết luận\t27/8/2025\thttps://vnexpress.net/b',
    );
    expect(held<Source[]>()).toEqual([
      {
        outlet: 'Báo Chính phủ',
        title: 'Họp thường kỳ tháng 8',
        date: '2025-08-26',
        url: 'https://baochinhphu.vn/a',
      },
      {
        outlet: 'VnExpress',
        title: 'Kết luận',
        date: '2025-08-27',
        url: 'https://vnexpress.net/b',
      },
    ]);
    expect((screen.getByLabelText('Ngày đăng 2') as HTMLInputElement).value).toBe('27/8/2025');
  });

  it('legal references: the number-symbol is rewritten in its canonical form and names a blank type', async () => {
    const user = userEvent.setup();
    const blank: LegalReference = { numberSymbol: '', type: '', issuer: '', date: null, title: '' };
    render(
      <Held<LegalReference[]>
        initial={[blank]}
        view={(refs, set) => <LegalRefsTable refs={refs} onChange={set} />}
      />,
    );
    await user.type(screen.getByLabelText('Số, ký hiệu 1'), 'Số 1812 /QĐ-TTg');
    await user.tab();
    expect(held<LegalReference[]>()[0]).toMatchObject({
      numberSymbol: '1812/QĐ-TTg',
      type: 'Quyết định',
    });
    await user.type(screen.getByLabelText('Ngày ban hành 1'), '3/1/2025');
    expect(held<LegalReference[]>()[0]!.date).toBe('2025-01-03');
  });
});
