// The sample data is what a new user sees first: it must save through the real input schemas,
// hold together (links resolve), and carry the facts of the corpus reports correctly.
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { missingRo } from '../../../shared/domain/directive';
import {
  buildSampleData,
  CA_MAU_CONNECTION_POINT,
  MEETING_IDS,
  INDICATOR_IDS,
} from '../../../shared/sample';
import { foldForSearch } from '../../../shared/text';

const data = buildSampleData('Bộ Ngoại giao');
const meetings = data.meetings.map((m) => contract['meetings.save'].input.parse(m));
const directives = data.directives.map((d) => contract['directives.save'].input.parse(d));
const indicators = data.indicators.map((i) => contract['indicators.save'].input.parse(i));
const observations = data.observations.map((o) => contract['observations.save'].input.parse(o));

function meetingById(id: string) {
  const m = meetings.find((x) => x.id === id);
  if (!m) throw new Error(`no sample meeting ${id}`);
  return m;
}

function observationOf(indicatorId: string) {
  const found = observations.filter((o) => o.indicatorId === indicatorId);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Every string anywhere in a value, for the NFC check. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('sample data', () => {
  it('passes the save schemas unchanged: text already NFC and trimmed, nothing stripped', () => {
    expect(meetings).toEqual(data.meetings);
    expect(directives).toEqual(data.directives);
    expect(indicators).toEqual(data.indicators);
    expect(observations).toEqual(data.observations);
    for (const s of stringsIn(data)) expect(s).toBe(s.normalize('NFC'));
  });

  it('gives every record a fixed, unique id and no revision, so a save inserts under that id', () => {
    const all = [...meetings, ...directives, ...indicators, ...observations];
    expect(all.length).toBeGreaterThan(20);
    for (const r of all) {
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r.revision).toBeUndefined();
    }
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(buildSampleData('Sở Ngoại vụ').meetings.map((m) => m.id)).toEqual(
      meetings.map((m) => m.id),
    );
  });

  it('returns fresh copies: changing one run does not change the next', () => {
    const first = buildSampleData('x');
    first.meetings[0]!.title = 'đã sửa';
    first.directives.length = 0;
    const second = buildSampleData('x');
    expect(second.meetings[0]!.title).not.toBe('đã sửa');
    expect(second.directives).toHaveLength(directives.length);
  });

  it('links every directive to a meeting and conclusion item, every observation to an indicator', () => {
    for (const d of directives) {
      expect(d.meetingId).not.toBeNull();
      const m = meetingById(d.meetingId!);
      if (d.conclusionId !== null) expect(m.conclusions.map((c) => c.id)).toContain(d.conclusionId);
    }
    for (const m of meetings) {
      const ids = m.conclusions.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const indicatorIds = new Set(indicators.map((i) => i.id));
    for (const o of observations) expect(indicatorIds.has(o.indicatorId)).toBe(true);
    for (const i of indicators) expect(observations.some((o) => o.indicatorId === i.id)).toBe(true);
  });

  it('records the 26/8/2025 meeting with its chair, deputies, legal references and both reports', () => {
    const m = meetingById(MEETING_IDS.committee20250826);
    expect(m).toMatchObject({ kind: 'regular', date: '2025-08-26', partOfDay: 'afternoon' });
    expect(m.chair).toMatchObject({ name: 'Phạm Minh Chính', committeeRole: 'Trưởng Ban Chỉ đạo' });
    expect(m.attendees).toContainEqual(
      expect.objectContaining({
        name: 'Bùi Thanh Sơn',
        committeeRole: 'Phó Trưởng Ban Thường trực',
      }),
    );
    expect(m.attendees).toContainEqual(
      expect.objectContaining({ name: 'Nguyễn Hồng Diên', committeeRole: 'Phó Trưởng Ban' }),
    );
    expect(m.legalReferences).toContainEqual(
      expect.objectContaining({ numberSymbol: '59-NQ/TW', issuer: 'Bộ Chính trị' }),
    );
    expect(m.legalReferences).toContainEqual(
      expect.objectContaining({ numberSymbol: '153/NQ-CP', date: '2025-05-31' }),
    );
    expect(m.legalReferences).toContainEqual(
      expect.objectContaining({ numberSymbol: '1812/QĐ-TTg', date: '2025-08-25' }),
    );
    expect(m.sources.map((s) => s.outlet)).toEqual([
      expect.stringContaining('VGP'),
      expect.stringContaining('Tiền Phong'),
    ]);
    for (const s of m.sources) expect(s.date).toBe('2025-08-26');
  });

  it('carries the directives of 26/8/2025 the reports name, with their time frames', () => {
    const ofMeeting = directives.filter((d) => d.meetingId === MEETING_IDS.committee20250826);
    const find = (words: string) => {
      const d = ofMeeting.find((x) => foldForSearch(x.task).includes(foldForSearch(words)));
      expect(d, words).toBeDefined();
      return d!;
    };
    expect(find('Kế hoạch công tác').deadline).toBe('2025-09-30');
    expect(find('chống tội phạm mạng').deadline).toMatch(/^2025-10-/);
    expect(find('Năm APEC 2027').status).toMatch(/^(not-started|in-progress)$/);
    expect(find('Nghị quyết của Quốc hội').conclusionId).not.toBeNull();
  });

  it('shows the "6 rõ" as they are: at least one task complete, others missing what the reports omit', () => {
    const gaps = directives.map((d) => missingRo(d));
    expect(gaps.some((g) => g.length === 0)).toBe(true);
    expect(gaps.some((g) => g.includes('assignee'))).toBe(true);
    expect(gaps.some((g) => g.includes('deadline'))).toBe(true);
    const complete = directives.find((d) => missingRo(d).length === 0)!;
    expect(complete.deadline).toBe('2025-09-30');
  });

  it('keeps the reported figures with their periods, qualifiers and sources', () => {
    const gdp = observationOf(INDICATOR_IDS.gdpGrowth);
    expect(gdp).toMatchObject({ value: 7.52, period: { kind: 'half', year: 2025, half: 1 } });
    expect(gdp.comparison).toContain('15 năm');
    expect(gdp.comparison).toContain('2011');
    const sevenMonths = { kind: 'months', year: 2025, months: 7 };
    expect(observationOf(INDICATOR_IDS.goodsExports)).toMatchObject({
      value: 514,
      period: sevenMonths,
    });
    expect(observationOf(INDICATOR_IDS.fdiRegistered)).toMatchObject({
      value: 24.1,
      period: sevenMonths,
    });
    expect(observationOf(INDICATOR_IDS.fdiDisbursed)).toMatchObject({
      value: 13.6,
      period: sevenMonths,
    });
    expect(observationOf(INDICATOR_IDS.upgradedRelations).value).toBe(9);
    expect(observationOf(INDICATOR_IDS.comprehensivePartners).value).toBe(38);
    expect(observationOf(INDICATOR_IDS.programmeTargets).value).toBe(22);
    expect(observationOf(INDICATOR_IDS.programmeTasks).value).toBe(117);
    expect(observationOf(INDICATOR_IDS.guidingDocuments).value).toBe(600);
    for (const o of observations) {
      expect(o.source).toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
      expect(o.asOf).not.toBeNull();
    }
    const fdi = indicators.find((i) => i.id === INDICATOR_IDS.fdiRegistered)!;
    expect(foldForSearch(fdi.name)).toContain('dau tu truc tiep nuoc ngoai');
    expect(fdi.unit).toBe('tỷ USD');
  });

  it('records the 2025 year-end review with the Cà Mau connection point and its proposals', () => {
    const m = meetingById(MEETING_IDS.review2025);
    expect(m).toMatchObject({ kind: 'review-conference', mode: 'hybrid' });
    const point = m.connectionPoints.find((p) => p.site === CA_MAU_CONNECTION_POINT);
    expect(point?.hostOfficial).toContain('Lữ Quang Ngời');
    expect(point?.attendees.map((a) => a.name)).toEqual(['Lữ Quang Ngời', 'Ngô Vũ Thăng']);
    expect(m.sources.length).toBeGreaterThanOrEqual(1);
    expect(m.legalReferences.map((r) => r.numberSymbol)).toContain('59-NQ/TW');
    expect(m.conclusions.some((c) => c.text.includes('6 rõ'))).toBe(true);
    const ofReview = directives.filter((d) => d.meetingId === MEETING_IDS.review2025);
    // The delegates' proposals are recommendations, not tasks; the kind says so, not the text.
    const proposals = ofReview.filter((d) => d.kind === 'recommendation');
    expect(proposals).toHaveLength(4);
    expect(proposals.some((d) => foldForSearch(d.task).includes('thi diem co che dieu phoi'))).toBe(
      true,
    );
    for (const p of proposals) {
      expect(p.conclusionId).toBeNull();
      expect(p.task).not.toMatch(/^Kiến nghị/u);
    }
    expect(directives.filter((d) => d.kind === 'recommendation')).toEqual(proposals);
  });
});
