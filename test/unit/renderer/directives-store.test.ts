// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildDirectiveFilter,
  PAGE_SIZE,
  emptyDirectiveFilter,
  useDirectivesStore,
} from '../../../renderer/stores/directivesStore';
import { holdFirstAnswer, type RealDesk } from '../../support/real-desk';
import { sampleDirectives } from './setup';

const TODAY = '2025-10-15';

describe('directive filter', () => {
  it('leaves blanks out, NFC-normalises and trims text, and always sends the local date', () => {
    const nfd = ' Bộ Ngoại giao '.normalize('NFD');
    expect(
      buildDirectiveFilter({ ...emptyDirectiveFilter, assignee: nfd, overdue: true }, TODAY),
    ).toEqual({
      today: TODAY,
      assignee: 'Bộ Ngoại giao',
      overdue: true,
    });
    expect(buildDirectiveFilter(emptyDirectiveFilter, TODAY)).toEqual({ today: TODAY });
    expect(
      buildDirectiveFilter(
        { ...emptyDirectiveFilter, status: 'done', leadUnit: '   ', incomplete: true },
        TODAY,
      ),
    ).toEqual({
      today: TODAY,
      status: 'done',
      incomplete: true,
    });
  });
});

describe('directives store', () => {
  let desk: RealDesk;
  beforeEach(async () => {
    desk = await sampleDirectives(TODAY);
  });

  it('filters by overdue and incomplete "6 rõ" through the host and shows what comes back', async () => {
    const all = useDirectivesStore.getState().items;
    expect(all.length).toBeGreaterThan(2);

    await useDirectivesStore.getState().setFilter({ overdue: true });
    const overdue = useDirectivesStore.getState().items;
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(all.length);
    for (const d of overdue)
      expect(d.status !== 'done' && d.deadline !== null && d.deadline < TODAY).toBe(true);
    expect(desk.calls.filter((c) => c.name === 'directives.page').at(-1)).toEqual({
      name: 'directives.page',
      input: { today: TODAY, overdue: true, offset: 0, limit: PAGE_SIZE },
    });
    expect(useDirectivesStore.getState().total).toBe(overdue.length);
  });

  it('an older answer arriving after a newer one does not replace it', async () => {
    // The vault answers both; the first answer is held back until the second has arrived.
    const release = holdFirstAnswer(desk, 'directives.page');
    const first = useDirectivesStore.getState().setFilter({ assignee: 'B' });
    await useDirectivesStore.getState().setFilter({ assignee: 'Bộ Ngoại giao' });
    const newest = useDirectivesStore.getState().items;
    expect(newest.length).toBeGreaterThan(0);
    for (const d of newest) expect(d.assignee).toContain('Bộ Ngoại giao');
    release();
    await first;
    expect(useDirectivesStore.getState().items).toBe(newest);
  });

  it('an inline status change sends the row revision, records completion today, and updates the row', async () => {
    const row = useDirectivesStore.getState().items.find((d) => d.status !== 'done')!;
    expect(await useDirectivesStore.getState().updateStatus(row.id, 'done')).toBe(true);
    const sent = desk.calls.findLast((c) => c.name === 'directives.updateProgress')!.input;
    expect(sent).toEqual({
      id: row.id,
      revision: row.revision,
      status: 'done',
      completedOn: TODAY,
      note: null,
    });
    const updated = useDirectivesStore.getState().items.find((d) => d.id === row.id)!;
    expect(updated.status).toBe('done');
    expect(updated.revision).toBe(row.revision + 1);
  });

  it('a progress note keeps the status and appends the note', async () => {
    const row = useDirectivesStore.getState().items[0]!;
    await useDirectivesStore
      .getState()
      .addProgressNote(row.id, { date: TODAY, text: 'Đã trình dự thảo' });
    const updated = useDirectivesStore.getState().items.find((d) => d.id === row.id)!;
    expect(updated.status).toBe(row.status);
    expect(updated.progressNotes.at(-1)).toEqual({ date: TODAY, text: 'Đã trình dự thảo' });
  });

  it('a stale row (changed elsewhere) reports the conflict on that row and keeps the list as it was', async () => {
    const row = useDirectivesStore.getState().items[0]!;
    // Another window adds a note to the same directive first.
    await desk.ok('directives.updateProgress', {
      id: row.id,
      revision: row.revision,
      status: row.status,
      completedOn: row.completedOn,
      note: { date: TODAY, text: 'Ghi ở cửa sổ khác' },
    });
    expect(await useDirectivesStore.getState().updateStatus(row.id, 'in-progress')).toBe(false);
    const s = useDirectivesStore.getState();
    expect(s.rowError?.id).toBe(row.id);
    expect(s.rowError?.error.code).toBe('conflict');
    expect(s.items.find((d) => d.id === row.id)).toEqual(row);
  });

  it('a directive started from a conclusion is saved with its meeting and conclusion links', async () => {
    const meetings = await Promise.all(
      (await desk.ok('meetings.list', {})).map((m) => desk.ok('meetings.get', { id: m.id })),
    );
    const meeting = meetings.find((m) => m.conclusions.length > 0)!;
    const conclusion = meeting.conclusions[0]!;
    useDirectivesStore.getState().startNewDirective({
      task: conclusion.text,
      meetingId: meeting.id,
      conclusionId: conclusion.id,
      authority: 'Trưởng Ban',
    });
    expect(useDirectivesStore.getState().editor?.dirty).toBe(true);
    expect(await useDirectivesStore.getState().saveDirective()).toBe(true);
    const saved = useDirectivesStore.getState().editor!.original!;
    expect(await desk.ok('directives.get', { id: saved.id })).toMatchObject({
      meetingId: meeting.id,
      conclusionId: conclusion.id,
      task: conclusion.text,
    });
  });
});
