// "lần lượt": the subjects listed before the verb pair, in order, with the values listed after
// it — the reader of "xuất khẩu và nhập khẩu lần lượt đạt 348,7 tỷ USD và 329,8 tỷ USD" must
// not be offered two import figures.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../shared/extract';

const rows = (t: string) =>
  extract(t).figures.map((f) => [f.subject, f.value, f.unit, f.kind, f.period?.label]);

describe('lần lượt pairs', () => {
  it('pairs two subjects with two levels and then with two changes', () => {
    expect(
      rows(
        'Tính chung 9 tháng năm 2025, kim ngạch xuất khẩu và nhập khẩu hàng hóa lần lượt đạt 348,7 tỷ USD và 329,8 tỷ USD, tăng lần lượt 16% và 17,9% so với cùng kỳ năm trước.',
      ),
    ).toEqual([
      ['Kim ngạch xuất khẩu', 348.7, 'tỷ USD', 'level', '9 tháng đầu năm 2025'],
      ['Kim ngạch nhập khẩu', 329.8, 'tỷ USD', 'level', '9 tháng đầu năm 2025'],
      ['Kim ngạch xuất khẩu', 16, '%', 'change-yoy', '9 tháng đầu năm 2025'],
      ['Kim ngạch nhập khẩu', 17.9, '%', 'change-yoy', '9 tháng đầu năm 2025'],
    ]);
  });

  it('keeps a "và" inside a name when the commas give the right count', () => {
    expect(
      rows(
        'Trong quý III/2025, khu vực công nghiệp và xây dựng, khu vực dịch vụ tăng lần lượt 9,46% và 8,56% so với cùng kỳ năm trước.',
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ['Khu vực công nghiệp và xây dựng', 9.46],
      ['Khu vực dịch vụ', 8.56],
    ]);
  });

  it('gives the whole run the verb and sign of its first value ("giảm lần lượt")', () => {
    const r = extract(
      'Năm 2023, chỉ số giá vàng và chỉ số giá đô la Mỹ giảm lần lượt 1,2% và 0,8% so với năm trước.',
    ).figures;
    expect(r.map((f) => [f.value, f.kind])).toEqual([
      [-1.2, 'change-yoy'],
      [-0.8, 'change-yoy'],
    ]);
    expect(r.map((f) => f.subject)).toEqual(['Chỉ số giá vàng', 'Chỉ số giá đô la Mỹ']);
  });

  it('pairs nothing when the counts differ, so the usual subject rules apply', () => {
    const r = extract(
      'Năm 2024, xuất khẩu, nhập khẩu và đầu tư lần lượt tăng 14,3% và 16,7% so với năm trước.',
    ).figures;
    expect(r.every((f) => !f.rule.includes('subject:respectively'))).toBe(true);
  });
});
