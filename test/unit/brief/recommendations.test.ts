// Delegates' recommendations (issue 10 §5) in the templates: task lists, task tables and the
// units addressed come from tasks only; a recommendation appears where a clerk records it — the
// report's "Kiến nghị, đề xuất", the talking points' proposals, the minutes' proceedings — as
// its words alone, never with a lead unit or a deadline, even when the record holds them.
import { describe, expect, it } from 'vitest';
import { createBrief, directiveReport, type TemplateContext } from '../../../shared/brief';
import { directive } from '../../../shared/domain';
import { directiveStats, statsTotal } from '../../../shared/stats';
import { MEETING_IDS } from '../../../shared/sample';
import {
  ORGANISATION,
  printedLines as lines,
  SMALL_MEETING_ID,
  sampleContext,
  smallContext,
} from './fixtures';

const PROPOSAL = 'Cho phép các địa phương chủ động điều chuyển vốn giữa các dự án';
// Set on the record on purpose: a recommendation must never print them.
const ITS_UNIT = 'Bộ Kế hoạch và Đầu tư';
const ITS_DEADLINE = '15/12/2025';

function withRecommendation(): TemplateContext {
  const ctx = smallContext();
  const rec = directive.parse({
    ...ctx.directives[0],
    id: '0c6f4e2a-1b3d-4c5e-8f70-1a2b3c4d5e09',
    kind: 'recommendation',
    task: PROPOSAL,
    assignee: ITS_UNIT,
    leadUnit: ITS_UNIT,
    coordinatingUnits: [],
    deadline: '2025-12-15',
    status: 'not-started',
    conclusionId: 'k2',
    meetingId: SMALL_MEETING_ID,
  });
  return { ...ctx, directives: [...ctx.directives, rec] };
}

const mentions = (out: string[], text: string) => out.filter((l) => l.includes(text));
/** A list item as printed; the body's last one ends with the closing mark "./.". */
const item = (text: string) => new RegExp(`^- ${text.replace(/[.]$/u, '')}\\.(?:/\\.)?$`, 'u');

describe('recommendations in the templates', () => {
  it('conclusion notice: not among the conclusions, tasks or recipients', () => {
    const b = createBrief('conclusion-notice', withRecommendation());
    const out = lines(b);
    expect(mentions(out, PROPOSAL)).toEqual([]);
    expect(mentions(out, ITS_UNIT)).toEqual([]);
    expect(b.header.recipients.join('; ')).not.toContain(ITS_UNIT);
    // Conclusion 2 still carries its one task in its own paragraph: the recommendation linked
    // to it does not make it a list.
    expect(out).toContain(
      '2. Rà soát, điều chuyển vốn của các dự án chậm giải ngân. Cơ quan chủ trì: Vụ Đầu tư; cơ quan phối hợp: ủy ban nhân dân các tỉnh.',
    );
  });

  it('report: counted and tabled tasks only; the recommendation is an item of "Kiến nghị, đề xuất"', () => {
    const out = lines(createBrief('report', withRecommendation()));
    expect(out.some((l) => l.startsWith('Tổng số 2 nhiệm vụ:'))).toBe(true);
    expect(mentions(out, PROPOSAL)).toHaveLength(1);
    const heading = out.findIndex((l) => /kiến nghị, đề xuất/iu.test(l));
    expect(out[heading + 1]).toMatch(item(PROPOSAL));
    // No guide left where the section is filled.
    expect(mentions(out, '(Nêu các kiến nghị')).toEqual([]);
    expect(mentions(out, ITS_UNIT)).toEqual([]);
    expect(mentions(out, ITS_DEADLINE)).toEqual([]);
  });

  it('report without recommendations keeps the guide', () => {
    const out = lines(createBrief('report', smallContext()));
    expect(mentions(out, '(Nêu các kiến nghị, đề xuất cụ thể với cấp trên.)')).toHaveLength(1);
  });

  it('plan, official letter and submission: task tables and addressees without it', () => {
    for (const name of ['plan', 'official-letter', 'submission'] as const) {
      const b = createBrief(name, withRecommendation());
      const out = lines(b);
      expect(mentions(out, PROPOSAL), name).toEqual([]);
      expect(mentions(out, ITS_UNIT), name).toEqual([]);
      expect(b.header.addressees.join('; '), name).not.toContain(ITS_UNIT);
    }
  });

  it('talking points: a proposal to take up, after the priorities', () => {
    const out = lines(createBrief('talking-points', withRecommendation()));
    const heading = out.findIndex((l) => /một số kiến nghị, đề xuất/iu.test(l));
    expect(heading).toBeGreaterThan(out.findIndex((l) => /nhiệm vụ trọng tâm/iu.test(l)));
    expect(out[heading + 1]).toMatch(item(PROPOSAL));
    expect(mentions(out, ITS_UNIT)).toEqual([]);
    expect(mentions(out, ITS_DEADLINE)).toEqual([]);
  });

  it('minutes: recorded with the proceedings, before the chair’s conclusions', () => {
    const out = lines(createBrief('minutes', withRecommendation()));
    const at = out.indexOf('Ý kiến, kiến nghị của đại biểu:');
    expect(at).toBeGreaterThan(0);
    expect(out[at + 1]).toMatch(item(PROPOSAL));
    expect(at).toBeLessThan(out.indexOf('Kết luận của chủ trì:'));
    expect(mentions(out, ITS_DEADLINE)).toEqual([]);
  });

  it('directive report: neither late nor listed, even with a past deadline', () => {
    const ctx = withRecommendation();
    const rows = directiveStats([], { by: 'unit', today: '2026-03-01' });
    const out = lines(
      directiveReport({
        meeting: ctx.meeting,
        directives: ctx.directives,
        stats: { rows, total: statsTotal(rows) },
        organisation: ORGANISATION,
        today: '2026-03-01',
      }),
    );
    expect(mentions(out, PROPOSAL)).toEqual([]);
  });

  it('the sample review: its four delegates’ recommendations go to the report’s last section', () => {
    const ctx = sampleContext(MEETING_IDS.review2025);
    const recs = ctx.directives.filter((d) => d.kind === 'recommendation');
    expect(recs).toHaveLength(4);
    expect(recs.every((d) => !d.task.startsWith('Kiến nghị'))).toBe(true);
    const out = lines(createBrief('report', ctx));
    const heading = out.findIndex((l) => /kiến nghị, đề xuất/iu.test(l));
    recs.forEach((d, i) => expect(out[heading + 1 + i]).toMatch(item(d.task)));
    const notice = lines(createBrief('conclusion-notice', ctx));
    for (const d of recs) expect(mentions(notice, d.task.slice(0, 40))).toEqual([]);
  });
});
