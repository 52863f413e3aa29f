// The home screen's lists (issue 13 §1) through the handlers, over a real encrypted vault and a
// fixed "today" (2025-09-15): overdue with its days (the deadline day itself is not overdue),
// due within the week with the days left, done work left out whatever its deadline, the
// directives still missing a "rõ" and which, the meetings ahead, and what changed lately —
// this vault's own work marked as such, newest first — each list capped with its
// full count beside it.
import { beforeEach, describe, expect, it } from 'vitest';
import { HOME_LIST_LIMIT } from '../../../shared/home-calls';
import { reminderText, takeDueReminders } from '../../../electron/services/reminders';
import { bareMeeting } from '../../fixtures/records';
import { deskWithVault, type TestDesk } from '../handlers/helpers';
import { directiveInput } from './directive-input';

const directive = (over: Record<string, unknown>) => directiveInput({ task: 'Nhiệm vụ', ...over });

const TODAY = '2025-09-15';

let desk: TestDesk;

beforeEach(async () => {
  ({ desk } = await deskWithVault());
  for (const d of [
    directive({ task: 'Quá hạn 12 ngày', deadline: '2025-09-03', leadUnit: 'Bộ Tài chính' }),
    directive({ task: 'Quá hạn 1 ngày', status: 'in-progress', deadline: '2025-09-14' }),
    directive({ task: 'Hạn hôm nay', deadline: TODAY }),
    directive({ task: 'Còn 7 ngày', deadline: '2025-09-22' }),
    directive({ task: 'Còn 8 ngày', deadline: '2025-09-23' }),
    directive({
      task: 'Xong rồi, dù quá hạn',
      status: 'done',
      deadline: '2025-09-01',
      completedOn: '2025-09-02',
    }),
    directive({ task: 'Thiếu người làm và sản phẩm', assignee: '', deliverable: '' }),
  ])
    await desk.ok('directives.save', directive(d));
  await desk.ok('meetings.save', bareMeeting({ title: 'Họp đã qua', date: '2025-08-26' }));
  await desk.ok('meetings.save', bareMeeting({ title: 'Họp hôm nay', date: TODAY }));
  await desk.ok('meetings.save', bareMeeting({ title: 'Họp tháng 10', date: '2025-10-02' }));
});

describe('the home screen', () => {
  it('lists what is overdue, due this week, incomplete and ahead, as on the hand-made cases', async () => {
    const home = await desk.ok('home.summary', { today: TODAY });
    expect(home.today).toBe(TODAY);
    expect(home.overdue.items.map((d) => [d.task, d.days, d.leadUnit])).toEqual([
      ['Quá hạn 12 ngày', 12, 'Bộ Tài chính'],
      ['Quá hạn 1 ngày', 1, 'Bộ Công Thương'],
    ]);
    expect(home.overdue.total).toBe(2);
    expect(home.dueSoon.items.map((d) => [d.task, d.days])).toEqual([
      ['Hạn hôm nay', 0],
      ['Còn 7 ngày', 7],
    ]);
    expect(home.missingRo.items).toEqual([
      expect.objectContaining({
        task: 'Thiếu người làm và sản phẩm',
        missing: ['assignee', 'deadline', 'deliverable'],
      }),
    ]);
    expect(home.missingRo.total).toBe(1);
    expect(home.upcomingMeetings.items.map((m) => [m.title, m.date])).toEqual([
      ['Họp hôm nay', TODAY],
      ['Họp tháng 10', '2025-10-02'],
    ]);
  });

  it('caps each list, keeps the full count, and says whose the recent changes are', async () => {
    for (let i = 0; i < HOME_LIST_LIMIT + 3; i++)
      await desk.ok(
        'directives.save',
        directive({ task: `Quá hạn số ${i}`, deadline: '2025-01-01' }),
      );
    const home = await desk.ok('home.summary', { today: TODAY });
    expect(home.overdue.items).toHaveLength(HOME_LIST_LIMIT);
    expect(home.overdue.total).toBe(HOME_LIST_LIMIT + 5);
    expect(home.recent.items).toHaveLength(HOME_LIST_LIMIT);
    expect(home.recent.items[0]).toMatchObject({ kind: 'directive', fromOrg: null });
    const times = home.recent.items.map((r) => r.updatedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('refuses a date that is not a calendar day, and answers "locked" when locked', async () => {
    expect((await desk.call('home.summary', { today: '2025-02-30' })).ok).toBe(false);
    desk.session.lock();
    const r = await desk.call('home.summary', {});
    expect(!r.ok && r.error.code).toBe('locked');
  });
});

describe('due-date reminders', () => {
  const remind = (today: string) =>
    takeDueReminders(desk.session, desk.platform, today).map((d) => [d.task, d.days]);

  it('names what falls due within three days, once a day each, and again the next day', () => {
    // 2025-09-15: "Hạn hôm nay" only (the others are due on the 22nd and 23rd).
    expect(remind(TODAY)).toEqual([['Hạn hôm nay', 0]]);
    expect(remind(TODAY)).toEqual([]);
    expect(remind('2025-09-19')).toEqual([['Còn 7 ngày', 3]]);
    expect(remind('2025-09-20')).toEqual([
      ['Còn 7 ngày', 2],
      ['Còn 8 ngày', 3],
    ]);
    expect(remind('2025-09-20')).toEqual([]);
  });

  it('says nothing when the setting is off or the vault is locked', async () => {
    await desk.ok('settings.set', { dueReminders: false });
    expect(remind(TODAY)).toEqual([]);
    await desk.ok('settings.set', { dueReminders: true });
    desk.session.lock();
    expect(remind(TODAY)).toEqual([]);
  });

  it('words the notification in the interface language, naming at most three', () => {
    const due = (task: string, days: number) => ({
      id: task,
      task,
      leadUnit: '',
      deadline: TODAY,
      days,
    });
    const text = reminderText(
      [due('Một', 0), due('Hai', 1), due('Ba', 2), due('Bốn', 3), due('Năm', 3)],
      'vi',
    );
    expect(text.title).toBe('5 nhiệm vụ sắp đến hạn');
    expect(text.body.split('\n')).toEqual([
      '• Một (hạn hôm nay)',
      '• Hai (còn 1 ngày)',
      '• Ba (còn 2 ngày)',
      '… và 2 nhiệm vụ khác',
    ]);
    expect(reminderText([due('One', 1)], 'en').body).toBe('• One (1 days left)');
  });
});
