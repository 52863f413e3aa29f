// The rules of the "Reports in" review: which vault indicator a figure goes to, duplicates of
// what the vault holds (same value skipped, another value kept as a disagreement), edits that
// must parse, and that only accepted rows are sent — with their source and span.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../shared/extract';
import type { IndicatorWithObservations } from '../../../shared/domain';
import {
  checkFigure,
  highlightSpans,
  importRequest,
  reviewRows,
  type SourceMeta,
} from '../../../renderer/features/reports/review-plan';

const obs = (
  value: number,
  period: IndicatorWithObservations['observations'][number]['period'],
  source: string,
) =>
  ({
    id: `o${value}`,
    indicatorId: 'gdp',
    value,
    period,
    source,
  }) as unknown as IndicatorWithObservations['observations'][number];

const indicators = [
  {
    id: 'gdp',
    name: 'Tốc độ tăng trưởng GDP',
    unit: '%',
    observations: [obs(7.52, { kind: 'half', year: 2025, half: 1 }, 'Cổng TTĐT Chính phủ')],
  },
  { id: 'exp', name: 'Kim ngạch xuất khẩu hàng hóa', unit: 'tỷ USD', observations: [] },
] as unknown as IndicatorWithObservations[];

const TEXT = [
  'GDP 6 tháng đầu năm 2025 tăng 7,52% so với cùng kỳ.',
  'GDP quý III/2025 ước tăng 8,23% so với cùng kỳ năm trước.',
  'Kim ngạch xuất khẩu hàng hóa 9 tháng năm 2025 đạt 348,7 tỷ USD.',
  'Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương xây dựng đề án, trình Thủ tướng Chính phủ trước ngày 15/12/2025.',
].join('\n');

const meta: SourceMeta = {
  fileName: 'bao-cao.docx',
  title: 'Báo cáo quý III',
  kind: 'docx',
  originalBase64: 'AAAA',
  text: TEXT,
};

describe('review of a received report', () => {
  const rows = reviewRows(extract(TEXT), indicators);
  const byValue = (v: string) => rows.figures.find((f) => f.value === v)!;

  it('maps figures to the vault indicators and prints their periods the official way', () => {
    expect(byValue('8,23').indicatorId).toBe('gdp');
    expect(byValue('8,23').period).toBe('quý III/2025');
    expect(byValue('348,7').indicatorId).toBe('exp');
    expect(rows.directives[0]?.due).toBe('15/12/2025');
  });

  it('marks the same value for the same indicator and period as held, another value as a disagreement', () => {
    expect(checkFigure(byValue('7,52'), indicators)).toMatchObject({ ok: true, duplicate: 'same' });
    const other = checkFigure({ ...byValue('8,23'), period: '6 tháng đầu năm 2025' }, indicators);
    expect(other).toMatchObject({
      ok: true,
      duplicate: 'differs',
      existing: 7.52,
      existingSource: 'Cổng TTĐT Chính phủ',
    });
    expect(checkFigure({ ...byValue('8,23'), period: 'quý 7/2025' }, indicators).ok).toBe(false);
    expect(checkFigure({ ...byValue('8,23'), unit: 'tỷ USD' }, indicators).ok).toBe(false);
  });

  it('sends only accepted rows, skips held values, and keeps the source and span of each', () => {
    const decided = {
      figures: rows.figures.map((f) => ({
        ...f,
        decision: f.value === '348,7' ? ('rejected' as const) : ('accepted' as const),
      })),
      directives: rows.directives.map((d) => ({
        ...d,
        decision: 'accepted' as const,
        due: '20/12/2025',
      })),
    };
    const plan = importRequest(decided, indicators, null, meta, '2025-10-06');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.skipped).toBe(1);
    expect(plan.request.observations.map((o) => o.observation.value)).toEqual([8.23]);
    const o = plan.request.observations[0]!;
    expect(o.observation.source).toContain('tệp bao-cao.docx');
    expect(TEXT.slice(o.provenance.start, o.provenance.end)).toContain('8,23');
    expect(plan.request.directives[0]?.directive).toMatchObject({
      leadUnit: 'Bộ Tài chính',
      deadline: '2025-12-20',
    });
    expect(plan.request.directives[0]?.directive.progressNotes?.[0]?.text).toContain(
      'Báo cáo quý III',
    );
  });

  it('refuses to build the import while an accepted row does not check out', () => {
    const broken = {
      figures: rows.figures.map((f) => ({ ...f, decision: 'accepted' as const, indicatorId: '' })),
      directives: [],
    };
    const plan = importRequest(broken, indicators, null, meta, '2025-10-06');
    expect(plan.ok).toBe(false);
  });

  it('highlights spans in order without overlaps', () => {
    const spans = highlightSpans(rows);
    for (let i = 1; i < spans.length; i++)
      expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(spans.length).toBe(rows.figures.length + rows.directives.length);
  });
});
