// Delegates' recommendations (issue 10 §5) over a real encrypted vault, through the handlers:
// one kept beside the tasks, overdue by its date, missing every "rõ" and falling due tomorrow,
// is still no one's task — the home screen's lists, the reminders, the statistics, the
// tracking register and the meeting's task count leave it out, while the register lists it
// and filters by kind.
import { beforeEach, describe, expect, it } from 'vitest';
import { takeDueReminders } from '../../../electron/services/reminders';
import { bareMeeting } from '../../fixtures/records';
import { deskWithVault, type TestDesk } from '../handlers/helpers';
import { directiveInput } from './directive-input';

const TODAY = '2025-09-15';

let desk: TestDesk;
let meetingId: string;

beforeEach(async () => {
  ({ desk } = await deskWithVault());
  meetingId = (
    await desk.ok('meetings.save', bareMeeting({ title: 'Họp tổng kết', date: '2025-09-01' }))
  ).id;
  const save = (over: Record<string, unknown>) =>
    desk.ok('directives.save', directiveInput({ meetingId, ...over }));
  await save({ task: 'Nhiệm vụ quá hạn', deadline: '2025-09-10' });
  await save({ task: 'Nhiệm vụ hạn mai', deadline: '2025-09-16' });
  await save({ task: 'Nhiệm vụ thiếu người làm', assignee: '' });
  for (const deadline of ['2025-09-01', '2025-09-16', null])
    await save({
      kind: 'recommendation',
      task: `Kiến nghị hạn ${deadline ?? 'không'}`,
      assignee: '',
      authority: '',
      responsibility: '',
      deliverable: '',
      deadline,
    });
});

const tasks = (items: readonly { task: string }[]) => items.map((d) => d.task);

describe('recommendations are not tasks', () => {
  it('the home screen lists and counts tasks only', async () => {
    const home = await desk.ok('home.summary', { today: TODAY });
    expect(tasks(home.overdue.items)).toEqual(['Nhiệm vụ quá hạn']);
    expect(home.overdue.total).toBe(1);
    expect(tasks(home.dueSoon.items)).toEqual(['Nhiệm vụ hạn mai']);
    expect(home.dueSoon.total).toBe(1);
    expect(tasks(home.missingRo.items)).toEqual(['Nhiệm vụ thiếu người làm']);
    expect(home.missingRo.total).toBe(1);
  });

  it('no reminder for a recommendation falling due', () => {
    expect(tasks(takeDueReminders(desk.session, desk.platform, TODAY))).toEqual([
      'Nhiệm vụ hạn mai',
    ]);
  });

  it('the statistics count the three tasks, in every grouping and for the meeting', async () => {
    for (const by of ['unit', 'meeting', 'month'] as const) {
      const stats = await desk.ok('stats.directives', { by, today: TODAY });
      expect(stats.total.total, by).toBe(3);
      expect(stats.total.overdue, by).toBe(1);
    }
    const ofMeeting = await desk.ok('stats.directives', { by: 'unit', meetingId, today: TODAY });
    expect(ofMeeting.total.total).toBe(3);
  });

  it('the meeting counts three tasks; the register lists all six and filters by kind', async () => {
    const [summary] = await desk.ok('meetings.list', {});
    expect(summary?.directiveCount).toBe(3);
    expect(await desk.ok('directives.list', { today: TODAY })).toHaveLength(6);
    const recs = await desk.ok('directives.list', { kind: 'recommendation', today: TODAY });
    expect(recs.map((d) => d.kind)).toEqual(['recommendation', 'recommendation', 'recommendation']);
    expect(await desk.ok('directives.list', { kind: 'directive', today: TODAY })).toHaveLength(3);
    // "Only overdue" and "only incomplete" are about tasks.
    expect(tasks(await desk.ok('directives.list', { overdue: true, today: TODAY }))).toEqual([
      'Nhiệm vụ quá hạn',
    ]);
    expect(tasks(await desk.ok('directives.list', { incomplete: true, today: TODAY }))).toEqual([
      'Nhiệm vụ thiếu người làm',
    ]);
  });

  it('a save without a kind is a task; turning a task into a recommendation takes it off the lists', async () => {
    // The contract's input without a kind, as an older client or a hand-made call sends it.
    const plain = directiveInput({ task: 'Không ghi loại', deadline: '2025-09-02' });
    expect(plain).not.toHaveProperty('kind');
    const saved = await desk.ok('directives.save', plain);
    expect(saved.kind).toBe('directive');
    expect((await desk.ok('home.summary', { today: TODAY })).overdue.total).toBe(2);
    await desk.ok('directives.save', {
      ...plain,
      id: saved.id,
      revision: saved.revision,
      kind: 'recommendation',
    });
    expect((await desk.ok('directives.get', { id: saved.id })).kind).toBe('recommendation');
    expect((await desk.ok('home.summary', { today: TODAY })).overdue.total).toBe(1);
  });

  it('the completion report leaves it out, however late its date', async () => {
    const report = await desk.ok('briefs.createDirectiveReport', { meetingId, today: TODAY });
    const text = JSON.stringify(report.brief.body);
    expect(text).not.toContain('Kiến nghị hạn');
    expect(text).toContain('Nhiệm vụ quá hạn');
  });
});
