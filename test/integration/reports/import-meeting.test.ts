// "Nhập" of a received report with its meeting facts and unmatched figures (issue 12 §2, §4),
// against a real encrypted vault: the facts become a new meeting or merge into one (a revision
// the history shows and can undo), figures of a subject no indicator fits create one indicator
// they share, and a merge into a meeting in the trash is refused with nothing written.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../shared/extract';
import { factsOfProposal } from '../../../shared/reports/meeting-facts';
import type { SourceImport } from '../../../shared/sources-calls';
import { bareMeeting } from '../../fixtures/records';
import { deskWithVault, type TestDesk } from '../handlers/helpers';

const REPORT = [
  'Sáng 26/8/2025, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 8, kết nối trực tuyến với 34 tỉnh, thành phố.',
  'Tham dự có Phó Thủ tướng Hồ Đức Phớc; Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng.',
  'Tính chung 8 tháng năm 2025, số lượt khách quốc tế đến và doanh thu du lịch lữ hành lần lượt tăng 21,7% và 18,4% so với cùng kỳ năm trước.',
  'Giao Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương xây dựng đề án, trình Thủ tướng Chính phủ trước ngày 15/12/2025.',
].join('\n');

const found = extract(REPORT);
const facts = factsOfProposal(found.meeting!);

function request(over: Partial<SourceImport>): SourceImport {
  const d = found.directives[0]!;
  return {
    meetingId: null,
    title: 'Thông cáo phiên họp tháng 8',
    publisher: '',
    publishedOn: null,
    address: '',
    fileName: 'thong-cao.txt',
    kind: 'txt',
    originalBase64: Buffer.from(REPORT).toString('base64'),
    text: REPORT,
    observations: [],
    directives: [
      {
        directive: {
          assignee: d.lead,
          task: d.task,
          deadline: d.due ?? null,
          authority: '',
          responsibility: '',
          deliverable: '',
          leadUnit: d.lead,
          coordinatingUnits: d.coordinating,
          pillar: 'general',
          status: 'not-started',
          completedOn: null,
          progressNotes: [],
          meetingId: over.meetingId ?? null,
          conclusionId: null,
          secrecy: 'none',
        },
        provenance: { start: d.start, end: d.end, quote: d.quote, rule: d.rule },
      },
    ],
    ...over,
  };
}

async function aMeeting(desk: TestDesk, over: Record<string, unknown> = {}) {
  return desk.ok(
    'meetings.save',
    bareMeeting({
      title: 'Phiên họp Chính phủ thường kỳ tháng 8',
      date: '2025-08-26',
      chair: { name: 'Pham Minh Chinh', title: 'Thủ tướng', organisation: '', committeeRole: '' },
      attendees: [
        { name: 'HỒ ĐỨC PHỚC'.normalize('NFD'), title: '', organisation: '', committeeRole: '' },
      ],
      summary: 'Tóm tắt của tôi',
      ...over,
    }),
  );
}

describe('importing a report with its meeting facts', () => {
  it('creates a new meeting from the facts; the directive and the source attach to it', async () => {
    const { desk } = await deskWithVault();
    const id = randomUUID();
    const r = await desk.ok(
      'sources.import',
      request({
        meetingId: id,
        meeting: {
          mode: 'new',
          id,
          title: 'Phiên họp Chính phủ tháng 8/2025',
          date: facts.date!,
          summary: 'Tổng hợp từ thông cáo',
          facts,
        },
      }),
    );
    expect(r.meetingId).toBe(id);
    const m = await desk.ok('meetings.get', { id });
    expect(m).toMatchObject({
      title: 'Phiên họp Chính phủ tháng 8/2025',
      date: '2025-08-26',
      mode: 'hybrid',
      location: 'trụ sở Chính phủ',
      summary: 'Tổng hợp từ thông cáo',
      chair: { name: 'Phạm Minh Chính', title: 'Thủ tướng' },
    });
    expect(m.connectionPoints.map((c) => c.site)).toEqual(['34 tỉnh, thành phố']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Hồ Đức Phớc', 'Nguyễn Văn Thắng']);
    expect(m.sources.map((s) => s.title)).toEqual(['Thông cáo phiên họp tháng 8']);
    const d = await desk.ok('directives.get', { id: r.directiveIds[0]! });
    expect(d.meetingId).toBe(id);
    expect((await desk.ok('sources.list', { meetingId: id })).map((s) => s.id)).toEqual([
      r.source.id,
    ]);
  });

  it('merges into an existing meeting as a new revision the history can undo', async () => {
    const { desk } = await deskWithVault();
    const before = await aMeeting(desk);
    const r = await desk.ok(
      'sources.import',
      request({
        meetingId: before.id,
        meeting: {
          mode: 'merge',
          id: before.id,
          revision: before.revision,
          facts,
          // The chair "Pham Minh Chinh" is the same person; the date is the same day.
          picks: {},
        },
      }),
    );
    const after = await desk.ok('meetings.get', { id: before.id });
    expect(after.revision).toBe(before.revision + 1);
    // Empty fields filled; the summary (not in the facts) kept; attendees added without the
    // one already listed (same name, other accents and normal form).
    expect(after.location).toBe('trụ sở Chính phủ');
    expect(after.summary).toBe('Tóm tắt của tôi');
    expect(after.chair.name).toBe('Pham Minh Chinh');
    expect(after.attendees.map((a) => a.name.normalize('NFC'))).toEqual([
      'HỒ ĐỨC PHỚC',
      'Nguyễn Văn Thắng',
    ]);
    expect(after.connectionPoints.map((c) => c.site)).toEqual(['34 tỉnh, thành phố']);
    expect(after.mode).toBe('hybrid');
    expect((await desk.ok('directives.get', { id: r.directiveIds[0]! })).meetingId).toBe(before.id);

    const h = await desk.ok('history.list', { id: before.id });
    expect(h.revisions.map((x) => x.revision)).toEqual([2, 1]);
    expect(h.revisions[0]?.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['location', 'attendees', 'connectionPoints']),
    );
    await desk.ok('history.restore', { id: before.id, revision: 1, seen: 2 });
    const restored = await desk.ok('meetings.get', { id: before.id });
    expect(restored.revision).toBe(3);
    expect(restored.location).toBe('');
    expect(restored.attendees).toHaveLength(1);
  });

  it('changes a differing field only when the user picked the report’s value', async () => {
    const { desk } = await deskWithVault();
    const m = await aMeeting(desk, { location: 'Hội trường A', date: '2025-08-27' });
    await desk.ok(
      'sources.import',
      request({
        meetingId: m.id,
        directives: [],
        meeting: {
          mode: 'merge',
          id: m.id,
          revision: m.revision,
          facts,
          picks: { location: 'theirs', date: 'mine' },
        },
      }),
    );
    const after = await desk.ok('meetings.get', { id: m.id });
    expect(after.location).toBe('trụ sở Chính phủ');
    expect(after.date).toBe('2025-08-27');
  });

  it('refuses a merge into a meeting in the trash, in both languages, writing nothing', async () => {
    const { desk } = await deskWithVault();
    const m = await aMeeting(desk);
    await desk.ok('meetings.delete', { id: m.id, revision: m.revision });
    const e = await desk.failure(
      'sources.import',
      request({
        meetingId: m.id,
        meeting: { mode: 'merge', id: m.id, revision: m.revision, facts, picks: {} },
      }),
    );
    expect(e.code).toBe('not-found');
    expect(e.message.vi).toContain('thùng rác');
    expect(e.message.en).toContain('trash');
    expect(await desk.ok('sources.list', {})).toEqual([]);
    expect(await desk.ok('directives.list', {})).toEqual([]);

    const gone = await desk.failure(
      'sources.import',
      request({
        meetingId: randomUUID(),
        meeting: { mode: 'merge', id: randomUUID(), revision: 1, facts, picks: {} },
      }),
    );
    // The source must belong to the meeting merged: checked by the contract before anything.
    expect(gone.code).toBe('invalid-input');
    const id = randomUUID();
    const none = await desk.failure(
      'sources.import',
      request({
        meetingId: id,
        meeting: { mode: 'merge', id, revision: 1, facts, picks: {} },
      }),
    );
    expect(none.message.vi).toContain('không có trong kho');
  });
});

describe('importing figures no indicator fits', () => {
  it('creates one new indicator for two figures of the same subject, in the same write', async () => {
    const { desk } = await deskWithVault();
    const indicatorId = randomUUID();
    const obs = (value: number, month: number) => ({
      observation: {
        indicatorId,
        value,
        period: { kind: 'month' as const, year: 2025, month },
        asOf: null,
        source: 'Thông cáo',
        status: 'preliminary' as const,
        comparison: '',
        target: null,
      },
      provenance: { start: 0, end: 5, quote: REPORT.slice(0, 5), rule: 'test' },
    });
    const r = await desk.ok(
      'sources.import',
      request({
        directives: [],
        observations: [obs(21.7, 7), obs(18.4, 8)],
        newIndicators: [
          { id: indicatorId, name: 'Khách quốc tế đến', pillar: 'economy', unit: '%' },
        ],
      }),
    );
    expect(r.indicatorIds).toEqual([indicatorId]);
    const list = await desk.ok('indicators.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Khách quốc tế đến', pillar: 'economy', unit: '%' });
    expect(list[0]?.observations.map((o) => o.value).sort()).toEqual([18.4, 21.7]);

    // The same id again is refused and nothing of the second import is written.
    const again = await desk.failure(
      'sources.import',
      request({
        directives: [],
        observations: [obs(5, 6)],
        newIndicators: [{ id: indicatorId, name: 'Khác', pillar: 'economy', unit: '%' }],
      }),
    );
    expect(again.code).toBe('conflict');
    // A new indicator no figure goes to, or two of one name and unit, are refused.
    const stray = await desk.failure(
      'sources.import',
      request({
        directives: [],
        newIndicators: [{ id: randomUUID(), name: 'Thừa', pillar: 'economy', unit: '%' }],
      }),
    );
    expect(stray.message.vi).toContain('không có số liệu nào');
    const other = randomUUID();
    const twice = await desk.failure(
      'sources.import',
      request({
        directives: [],
        observations: [obs(1, 6)],
        newIndicators: [
          { id: indicatorId, name: 'Khách quốc tế', pillar: 'economy', unit: '%' },
          { id: other, name: 'KHÁCH QUỐC TẾ', pillar: 'economy', unit: '%' },
        ],
      }),
    );
    expect(twice.message.en).toContain('share a name and unit');
    expect((await desk.ok('sources.list', {})).length).toBe(1);
  });
});
