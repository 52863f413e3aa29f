// What the review sends for the records a report adds: one new indicator shared by the figures
// of a subject no vault indicator fits (named and filed by the user), and the meeting the
// facts create or merge into — nothing of either unless the user chose it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../shared/extract';
import type { IndicatorWithObservations } from '../../../shared/domain';
import { meetingOfImport } from '../../../renderer/features/reports/meeting-choice';
import { importRequest, reviewRows } from '../../../renderer/features/reports/review-plan';

const TEXT = [
  'Sáng 26/8/2025, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 8.',
  'Tháng 7/2025, lượng khách quốc tế đến đạt 1,4 triệu lượt.',
  'Tháng 8/2025, lượng khách quốc tế đến đạt 1,5 triệu lượt.',
].join('\n');
const meta = {
  fileName: 'tb.txt',
  title: 'Thông cáo',
  kind: 'txt' as const,
  originalBase64: 'AAAA',
  text: TEXT,
};
const none: IndicatorWithObservations[] = [];
const x = extract(TEXT);

describe('records a report adds', () => {
  it('proposes one new indicator for two figures of the same unmatched subject', () => {
    let n = 0;
    const rows = reviewRows(x, none, () => `00000000-0000-4000-8000-00000000000${++n}`);
    expect(rows.figures).toHaveLength(2);
    expect(rows.proposed).toHaveLength(1);
    expect(rows.figures.every((f) => f.indicatorId === `new:${rows.proposed[0]!.key}`)).toBe(true);
    const decided = {
      ...rows,
      proposed: rows.proposed.map((p) => ({
        ...p,
        name: 'Khách quốc tế',
        pillar: 'economy' as const,
      })),
      figures: rows.figures.map((f) => ({ ...f, decision: 'accepted' as const })),
    };
    const plan = importRequest(decided, none, null, meta, '2025-09-01');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.request.newIndicators).toEqual([
      { id: rows.proposed[0]!.id, name: 'Khách quốc tế', pillar: 'economy', unit: 'triệu lượt' },
    ]);
    expect(plan.request.observations.map((o) => o.observation.indicatorId)).toEqual([
      rows.proposed[0]!.id,
      rows.proposed[0]!.id,
    ]);
    // Rejected figures create no indicator.
    const rejected = importRequest(rows, none, null, meta, '2025-09-01');
    expect(rejected.ok && rejected.request.newIndicators).toBeUndefined();
  });

  it('refuses a new indicator without a name', () => {
    const rows = reviewRows(x, none);
    const plan = importRequest(
      {
        ...rows,
        proposed: rows.proposed.map((p) => ({ ...p, name: ' ' })),
        figures: rows.figures.map((f) => ({ ...f, decision: 'accepted' as const })),
      },
      none,
      null,
      meta,
      '2025-09-01',
    );
    expect(plan.ok).toBe(false);
  });

  it('builds the meeting of the import from the user’s choice', () => {
    const facts = x.meeting!;
    const id = '11111111-1111-4111-8111-111111111111';
    expect(meetingOfImport({ mode: 'none' }, facts, null, null)).toEqual({
      ok: true,
      meetingId: null,
    });
    const fresh = meetingOfImport(
      { mode: 'new', id, title: 'Phiên họp tháng 8', date: '26/8/2025', summary: '' },
      facts,
      null,
      null,
    );
    expect(fresh).toMatchObject({
      ok: true,
      meetingId: id,
      meeting: { mode: 'new', date: '2025-08-26', facts: { chair: { name: 'Phạm Minh Chính' } } },
    });
    expect(
      meetingOfImport(
        { mode: 'new', id, title: '', date: '26/8/2025', summary: '' },
        facts,
        null,
        null,
      ).ok,
    ).toBe(false);
    expect(meetingOfImport({ mode: 'merge', id, picks: {} }, facts, null, null).ok).toBe(false);
    expect(
      meetingOfImport({ mode: 'merge', id, picks: { date: 'theirs' } }, facts, null, 4),
    ).toMatchObject({
      ok: true,
      meetingId: id,
      meeting: { mode: 'merge', revision: 4, picks: { date: 'theirs' } },
    });
  });
});
