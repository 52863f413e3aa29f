import { describe, expect, it } from 'vitest';
import {
  createBrief,
  figureFootnote,
  figureState,
  figureText,
  indicatorFigure,
  layoutBrief,
  meetingReference,
  meetingReferenceText,
  refreshFigure,
  runsText,
} from '../../../shared/brief';
import { p } from '../../../shared/brief/templates/build';
import { smallContext } from './fixtures';

const ctx = smallContext();
const gdp = ctx.indicators[0]!;
const h1 = gdp.observations[0]!;

describe('live references', () => {
  it('an indicator figure prints its snapshot the Vietnamese way', () => {
    const node = indicatorFigure(gdp, h1);
    expect(figureText(node)).toBe('7,52% (6 tháng đầu năm 2025)');
    expect(figureText({ ...node, attrs: { ...node.attrs, display: 'value' } })).toBe('7,52%');
    expect(figureFootnote(node.attrs.snapshot)).toContain(
      'Nguồn: Cổng Thông tin điện tử Chính phủ (VGP), 26/8/2025.',
    );
  });

  it('is current while the observation is unchanged, stale after a new revision, missing when gone', () => {
    const node = indicatorFigure(gdp, h1);
    expect(figureState(node, { indicator: gdp, observation: h1 })).toBe('current');
    const revised = { ...h1, value: 7.6, revision: 2 };
    expect(figureState(node, { indicator: gdp, observation: revised })).toBe('stale');
    expect(figureState(node, { indicator: { ...gdp, unit: 'điểm %' }, observation: h1 })).toBe(
      'stale',
    );
    expect(figureState(node, null)).toBe('missing');
    const refreshed = refreshFigure(node, gdp, revised);
    expect(figureText(refreshed)).toBe('7,6% (6 tháng đầu năm 2025)');
    expect(figureState(refreshed, { indicator: gdp, observation: revised })).toBe('current');
  });

  it('a period read back with its keys in another order is still the same period', () => {
    const node = indicatorFigure(gdp, h1);
    const reordered = JSON.parse(
      JSON.stringify({ ...h1.period }, Object.keys(h1.period).reverse()),
    ) as typeof h1.period;
    expect(Object.keys(reordered)).not.toEqual(Object.keys(h1.period));
    expect(figureState(node, { indicator: gdp, observation: { ...h1, period: reordered } })).toBe(
      'current',
    );
    const otherHalf = { ...h1, period: { kind: 'half' as const, year: 2025, half: 2 as const } };
    expect(figureState(node, { indicator: gdp, observation: otherHalf })).toBe('stale');
  });

  it('a meeting reference prints title and date', () => {
    expect(meetingReferenceText(meetingReference(ctx.meeting))).toBe(
      'Họp về tiến độ giải ngân vốn đầu tư công ngày 5/9/2025',
    );
  });

  it('what prints is the snapshot, even after the vault changed', () => {
    const b = createBrief('report', ctx);
    const printed = JSON.stringify(layoutBrief(b).blocks);
    expect(printed).toContain('7,52% (6 tháng đầu năm 2025)');
  });
});

describe('end mark', () => {
  const endOf = (text: string) => {
    const b = { ...createBrief('report', ctx), body: { type: 'doc' as const, content: [p(text)] } };
    const block = layoutBrief(b).blocks.find(
      (x) => x.kind === 'paragraph' && runsText(x.runs).startsWith(text.slice(0, 5)),
    );
    return block?.kind === 'paragraph' ? runsText(block.runs) : '';
  };

  it('goes after the final full stop as "/."', () =>
    expect(endOf('Trân trọng.')).toBe('Trân trọng./.'));
  it('adds "./." when there is no stop', () => expect(endOf('Trân trọng')).toBe('Trân trọng./.'));
  it('is not doubled', () => expect(endOf('Trân trọng./.')).toBe('Trân trọng./.'));
});
