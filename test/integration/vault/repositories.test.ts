// Records as a user keeps them: saved, listed, filtered, edited with revision checks, deleted.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  directive as directiveSchema,
  indicatorWithObservations,
  meeting as meetingSchema,
  meetingSummary,
} from '../../../shared/domain';
import {
  PASS,
  directive,
  failureCode,
  failureOf,
  indicator,
  meeting,
  newVault,
  observation,
  weakFactory,
  ORG,
} from './helpers';

const TODAY = '2026-01-15';

describe('meetings', () => {
  it('saves a new meeting with full record meta, and the domain object round-trips', async () => {
    const { vault } = await newVault();
    const saved = vault.meetings.save(
      meeting({
        attendees: [
          {
            name: 'Bùi Thanh Sơn',
            title: 'Phó Thủ tướng',
            organisation: '',
            committeeRole: 'Phó Trưởng ban',
          },
        ],
      }),
    );
    expect(meetingSchema.parse(saved)).toEqual(saved);
    expect(saved.revision).toBe(1);
    expect(saved.originOrg).toBe(ORG);
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(vault.meetings.get(saved.id)).toEqual(saved);
    vault.close();
  });

  it('updates only at the revision the caller saw, bumping it; a stale save is a conflict', async () => {
    const { vault } = await newVault();
    const v1 = vault.meetings.save(meeting());
    const v2 = vault.meetings.save({ ...meeting({ title: 'Tên mới' }), id: v1.id, revision: 1 });
    expect(v2.revision).toBe(2);
    expect(v2.createdAt).toBe(v1.createdAt);
    expect(v2.title).toBe('Tên mới');
    const stale = await failureOf(() =>
      vault.meetings.save({ ...meeting({ title: 'Bản cũ' }), id: v1.id, revision: 1 }),
    );
    expect(stale.error.code).toBe('conflict');
    expect(stale.error.message.vi).toContain('Bản ghi đã được sửa ở nơi khác');
    expect(vault.meetings.get(v1.id).title).toBe('Tên mới');
    expect(
      await failureCode(() => vault.meetings.save({ ...meeting(), id: randomUUID(), revision: 3 })),
    ).toBe('not-found');
    expect(await failureCode(() => vault.meetings.get(randomUUID()))).toBe('not-found');
    vault.close();
  });

  it('inserts with a given id once (sample data keeps fixed ids); the second insert conflicts', async () => {
    const { vault } = await newVault();
    const id = '8f3c6f1e-2d7a-4c1b-9e55-0a1b2c3d4e5f';
    expect(vault.meetings.save({ ...meeting(), id }).id).toBe(id);
    expect(await failureCode(() => vault.meetings.save({ ...meeting(), id }))).toBe('conflict');
    vault.close();
  });

  it('lists summaries with directive counts, filtered by year, kind and mode, in the chosen order', async () => {
    const { vault } = await newVault();
    const a = vault.meetings.save(
      meeting({ title: 'Ảnh hưởng', date: '2025-08-26', kind: 'regular', mode: 'hybrid' }),
    );
    const b = vault.meetings.save(
      meeting({ title: 'Bế mạc', date: '2025-12-30', kind: 'review-conference', mode: 'online' }),
    );
    const c = vault.meetings.save(
      meeting({ title: 'An ninh', date: '2024-03-01', kind: 'regular', mode: 'in-person' }),
    );
    vault.directives.save(directive({ meetingId: a.id }));
    vault.directives.save(directive({ meetingId: a.id }));
    const list = vault.meetings.list({});
    for (const s of list) meetingSummary.parse(s);
    expect(list.map((s) => s.id)).toEqual([b.id, a.id, c.id]);
    expect(list.find((s) => s.id === a.id)).toMatchObject({
      directiveCount: 2,
      chairName: 'Phạm Minh Chính',
      mode: 'hybrid',
    });
    expect(vault.meetings.list({ sort: 'date-asc' }).map((s) => s.id)).toEqual([c.id, a.id, b.id]);
    // Sorted as a Vietnamese reader expects: "Ảnh" and "An" before "Bế".
    expect(vault.meetings.list({ sort: 'title' }).map((s) => s.title)).toEqual([
      'An ninh',
      'Ảnh hưởng',
      'Bế mạc',
    ]);
    expect(vault.meetings.list({ year: 2025 }).map((s) => s.id)).toEqual([b.id, a.id]);
    expect(vault.meetings.list({ kind: 'regular', mode: 'in-person' }).map((s) => s.id)).toEqual([
      c.id,
    ]);
    vault.close();
  });

  it('deleting a meeting keeps its directives, unlinked and at a new revision', async () => {
    const { vault } = await newVault();
    const m = vault.meetings.save(meeting());
    const d = vault.directives.save(directive({ meetingId: m.id, conclusionId: 'c1' }));
    expect(await failureCode(() => vault.meetings.delete(m.id, 7))).toBe('conflict');
    vault.meetings.delete(m.id, m.revision);
    expect(await failureCode(() => vault.meetings.get(m.id))).toBe('not-found');
    const after = vault.directives.get(d.id);
    expect(after).toMatchObject({ meetingId: null, conclusionId: null, revision: 2, task: d.task });
    expect(await failureCode(() => vault.meetings.delete(m.id, 1))).toBe('not-found');
    vault.close();
  });
});

describe('directives', () => {
  it('saves, checks revisions and refuses a link to a missing meeting', async () => {
    const { vault } = await newVault();
    const d = vault.directives.save(directive());
    expect(directiveSchema.parse(d)).toEqual(d);
    const d2 = vault.directives.save({
      ...directive({ status: 'in-progress' }),
      id: d.id,
      revision: 1,
    });
    expect(d2.revision).toBe(2);
    expect(
      await failureCode(() => vault.directives.save({ ...directive(), id: d.id, revision: 1 })),
    ).toBe('conflict');
    expect(
      await failureCode(() => vault.directives.save(directive({ meetingId: randomUUID() }))),
    ).toBe('not-found');
    expect(await failureCode(() => vault.directives.delete(d.id, 1))).toBe('conflict');
    vault.directives.delete(d.id, 2);
    expect(vault.directives.list({ today: TODAY })).toEqual([]);
    vault.close();
  });

  it('updates status and appends a progress note inline, at the seen revision only', async () => {
    const { vault } = await newVault();
    const d = vault.directives.save(directive());
    const note = { date: '2025-09-10', text: 'Đã họp tổ soạn thảo' };
    const u = vault.directives.updateProgress({
      id: d.id,
      revision: 1,
      status: 'in-progress',
      completedOn: null,
      note,
    });
    expect(u).toMatchObject({ status: 'in-progress', revision: 2, progressNotes: [note] });
    expect(
      await failureCode(() =>
        vault.directives.updateProgress({
          id: d.id,
          revision: 1,
          status: 'done',
          completedOn: '2025-10-01',
          note: null,
        }),
      ),
    ).toBe('conflict');
    const done = vault.directives.updateProgress({
      id: d.id,
      revision: 2,
      status: 'done',
      completedOn: '2025-10-01',
      note: null,
    });
    expect(done).toMatchObject({
      status: 'done',
      completedOn: '2025-10-01',
      progressNotes: [note],
      revision: 3,
    });
    vault.close();
  });

  it('filters the register by status, assignee (without diacritics), lead unit, overdue, incomplete, meeting and pillar', async () => {
    const { vault } = await newVault();
    const m = vault.meetings.save(meeting());
    const late = vault.directives.save(
      directive({
        deadline: '2025-10-01',
        assignee: 'Bộ Ngoại giao',
        leadUnit: 'Vụ Chính sách đối ngoại',
        meetingId: m.id,
      }),
    );
    const doneLate = vault.directives.save(
      directive({ deadline: '2025-10-01', status: 'done', completedOn: '2025-11-01' }),
    );
    const future = vault.directives.save(
      directive({
        deadline: '2026-06-30',
        pillar: 'culture-society-science',
        status: 'in-progress',
      }),
    );
    const vague = vault.directives.save(
      directive({ deadline: null, authority: '', deliverable: ' ' }),
    );
    const ids = (f: Parameters<typeof vault.directives.list>[0]) =>
      vault.directives.list(f).map((d) => d.id);

    expect(ids({ today: TODAY })).toEqual([late.id, doneLate.id, future.id, vague.id]);
    expect(ids({ today: TODAY, overdue: true })).toEqual([late.id]);
    expect(ids({ today: TODAY, incomplete: true })).toEqual([vague.id]);
    expect(ids({ today: TODAY, status: 'in-progress' })).toEqual([future.id]);
    expect(ids({ today: TODAY, assignee: 'ngoai GIAO' })).toEqual([late.id]);
    expect(ids({ today: TODAY, assignee: 'ke hoach va dau tu' })).toEqual([
      doneLate.id,
      future.id,
      vague.id,
    ]);
    expect(ids({ today: TODAY, leadUnit: 'chinh sach' })).toEqual([late.id]);
    expect(ids({ today: TODAY, meetingId: m.id })).toEqual([late.id]);
    expect(ids({ today: TODAY, pillar: 'culture-society-science' })).toEqual([future.id]);
    // Overdue depends on the caller's date: before the deadline nothing is late.
    expect(ids({ today: '2025-09-01', overdue: true })).toEqual([]);
    vault.close();
  });
});

describe('indicators and observations', () => {
  it('lists indicators by pillar with observations newest period first', async () => {
    const { file, vault } = await newVault();
    const gdp = vault.indicators.save(indicator());
    const peace = vault.indicators.save(
      indicator({
        name: 'Số đối tác chiến lược',
        pillar: 'politics-defence-security',
        unit: 'quốc gia',
      }),
    );
    const h1 = vault.observations.save(
      observation(gdp.id, { period: { kind: 'half', year: 2025, half: 1 } }),
    );
    const y24 = vault.observations.save(
      observation(gdp.id, { period: { kind: 'year', year: 2024 }, value: 7.09 }),
    );
    const q3 = vault.observations.save(
      observation(gdp.id, { period: { kind: 'quarter', year: 2025, quarter: 3 }, value: 8.23 }),
    );
    const m7 = vault.observations.save(
      observation(gdp.id, { period: { kind: 'months', year: 2025, months: 7 } }),
    );
    vault.close();
    const reopened = await weakFactory.open(file, { passphrase: PASS });
    const list = reopened.indicators.list();
    for (const i of list) indicatorWithObservations.parse(i);
    expect(list.map((i) => i.id)).toEqual([peace.id, gdp.id]);
    expect(list[1]?.observations.map((o) => o.id)).toEqual([q3.id, m7.id, h1.id, y24.id]);
    expect(list[1]?.observations[0]?.value).toBe(8.23);
    expect(reopened.indicators.list('economy').map((i) => i.id)).toEqual([gdp.id]);
    reopened.close();
  });

  it('checks revisions, refuses an observation of a missing indicator, and deletes a series with its indicator', async () => {
    const { vault } = await newVault();
    const gdp = vault.indicators.save(indicator());
    const o = vault.observations.save(observation(gdp.id));
    expect(
      vault.observations.save({ ...observation(gdp.id, { value: 7.6 }), id: o.id, revision: 1 })
        .revision,
    ).toBe(2);
    expect(
      await failureCode(() =>
        vault.observations.save({ ...observation(gdp.id), id: o.id, revision: 1 }),
      ),
    ).toBe('conflict');
    expect(await failureCode(() => vault.observations.save(observation(randomUUID())))).toBe(
      'not-found',
    );
    expect(
      await failureCode(() => vault.indicators.save({ ...indicator(), id: gdp.id, revision: 2 })),
    ).toBe('conflict');
    vault.observations.save(observation(gdp.id, { period: { kind: 'year', year: 2024 } }));
    vault.indicators.delete(gdp.id, 1);
    expect(vault.indicators.list()).toEqual([]);
    expect(await failureCode(() => vault.observations.delete(o.id, 2))).toBe('not-found');
    vault.close();
  });
});

describe('transactions', () => {
  it('commits several writes together, or none of them', async () => {
    const { vault } = await newVault();
    const m = vault.transaction(() => {
      const m = vault.meetings.save(meeting());
      vault.directives.save(directive({ meetingId: m.id }));
      return m;
    });
    expect(vault.meetings.list({})[0]).toMatchObject({ id: m.id, directiveCount: 1 });
    expect(() =>
      vault.transaction(() => {
        vault.meetings.save(meeting({ title: 'Không được lưu' }));
        vault.meetings.save({ ...meeting(), id: m.id }); // id taken → conflict, rolls back both
      }),
    ).toThrow();
    expect(vault.meetings.list({}).map((s) => s.title)).toEqual([m.title]);
    expect(vault.search('khong duoc luu', 10).meetings).toEqual([]);
    vault.close();
  });
});
