// @vitest-environment jsdom
// The meeting editor's chair and connection points as a user fills them: each labelled box
// writes its own part of the person or point, the others stay as they were, and a save error
// shows under the box it belongs to.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ConnectionPoint, Person } from '../../../shared/domain';
import { PersonFields } from '../../../renderer/features/meetings/components/PersonFields';
import { ConnectionPoints } from '../../../renderer/features/meetings/components/ConnectionPoints';
import { Held, held } from './held';

afterEach(cleanup);

describe('the person of a meeting (the chair)', () => {
  it('writes each labelled box into its own part of the person', async () => {
    const user = userEvent.setup();
    const empty: Person = { name: '', title: '', organisation: '', committeeRole: '' };
    render(
      <Held
        initial={empty}
        view={(p, set) => (
          <PersonFields value={p} onChange={set} errors={{ organisation: 'Bắt buộc' }} />
        )}
      />,
    );
    await user.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Văn A');
    await user.type(screen.getByLabelText('Chức vụ'), 'Bộ trưởng');
    await user.type(screen.getByLabelText('Cơ quan'), 'Bộ Tài chính');
    await user.type(screen.getByLabelText('Vai trò trong Ban Chỉ đạo'), 'Trưởng ban');
    expect(held<Person>()).toEqual({
      name: 'Nguyễn Văn A',
      title: 'Bộ trưởng',
      organisation: 'Bộ Tài chính',
      committeeRole: 'Trưởng ban',
    });
    expect(screen.getByLabelText('Cơ quan')?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Họ và tên')?.getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText('Bắt buộc').className).toBe('field__error');
  });
});

describe('the connection points of a meeting', () => {
  it('writes the site and its host official into that point only; the site is required', async () => {
    const user = userEvent.setup();
    const points: ConnectionPoint[] = [
      { site: 'Hà Nội', hostOfficial: 'Ông B', attendees: [] },
      { site: '', hostOfficial: '', attendees: [] },
    ];
    render(
      <Held
        initial={points}
        view={(p, set) => (
          <ConnectionPoints points={p} onChange={set} errors={{ '1.site': 'Bắt buộc' }} />
        )}
      />,
    );
    const sites = screen.getAllByLabelText(/Tên điểm cầu/);
    const hosts = screen.getAllByLabelText('Người chủ trì tại điểm cầu');
    await user.type(sites[1]!, 'Cà Mau');
    await user.type(hosts[1]!, 'Bà C');
    expect(held<ConnectionPoint[]>()).toEqual([
      { site: 'Hà Nội', hostOfficial: 'Ông B', attendees: [] },
      { site: 'Cà Mau', hostOfficial: 'Bà C', attendees: [] },
    ]);
    expect(screen.getAllByText('*')).toHaveLength(2);
    expect(sites[1]?.getAttribute('aria-invalid')).toBe('true');
    expect(hosts[1]?.getAttribute('aria-invalid')).toBe('false');
  });
});
