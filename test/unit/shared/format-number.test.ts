import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatNumber,
  formatPercent,
  formatQuantity,
  parseVietnameseNumber,
} from '../../../shared/format';
import { itRefuses } from './refusal';

describe('formatNumber: Vietnamese separators', () => {
  it('writes the corpus figures the way GSO does', () => {
    // "tăng trưởng GDP 06 tháng đầu năm 2025 đạt 7,52%", "xuất khẩu … đạt trên 514 tỷ USD",
    // "FDI … lần lượt đạt 24,1 tỷ USD và 13,6 tỷ USD"
    expect(formatPercent(7.52)).toBe('7,52%');
    expect(formatQuantity(514, 'tỷ USD')).toBe('514 tỷ USD');
    expect(formatQuantity(24.1, 'tỷ USD')).toBe('24,1 tỷ USD');
    expect(formatQuantity(13.6, 'tỷ USD')).toBe('13,6 tỷ USD');
    expect(formatQuantity(7.52, '%')).toBe('7,52%');
    expect(formatQuantity(38, 'đối tác')).toBe('38 đối tác');
    expect(formatQuantity(40417.7, 'tỷ đồng')).toBe('40.417,7 tỷ đồng');
  });

  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(514)).toBe('514');
    expect(formatNumber(-3.2)).toBe('-3,2');
    expect(formatNumber(-1234567.25)).toBe('-1.234.567,25');
  });

  it('never shows -0', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.00001)).toBe('0');
    expect(formatNumber(-0.001, { decimals: 2 })).toBe('0,00');
  });

  it('pads to a fixed number of decimals when asked, and rounds as written on paper', () => {
    expect(formatNumber(7.5, { decimals: 2 })).toBe('7,50');
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1,01');
    expect(formatNumber(999.995, { decimals: 2 })).toBe('1.000,00');
    expect(formatNumber(2.5, { decimals: 0 })).toBe('3');
    expect(formatNumber(-2.5, { decimals: 0 })).toBe('-3');
  });

  it('hides floating-point noise by default', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
  });

  it('always yields a well-formed Vietnamese number for any finite value', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 6 }),
        (v, d) => {
          const s = formatNumber(v, { decimals: d });
          expect(s).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
          expect(s).not.toMatch(/^-0(,0*)?$/);
        },
      ),
    );
  });
});

describe('parseVietnameseNumber: what a user types', () => {
  const value = (s: string) => {
    const r = parseVietnameseNumber(s);
    if (!r.ok) throw new Error(`refused ${s}: ${r.message.en}`);
    return r;
  };

  it('reads decimal commas and thousands dots', () => {
    expect(value('7,52').value).toBe(7.52);
    expect(value('1.234,5').value).toBe(1234.5);
    expect(value('1234,5').value).toBe(1234.5);
    expect(value('-3,2').value).toBe(-3.2);
    expect(value('−3,2').value).toBe(-3.2);
    expect(value('1.234.567').value).toBe(1234567);
  });

  it('reads scale words and units, keeping the figure as written', () => {
    expect(value('514 tỷ')).toEqual({
      ok: true,
      value: 514,
      scale: 'tỷ',
      unit: null,
      unitText: 'tỷ',
    });
    expect(value('24,1 tỷ USD')).toEqual({
      ok: true,
      value: 24.1,
      scale: 'tỷ',
      unit: 'USD',
      unitText: 'tỷ USD',
    });
    expect(value('1.234,5 nghìn tỷ')).toMatchObject({
      value: 1234.5,
      scale: 'nghìn tỷ',
      unit: null,
    });
    expect(value('1.234,5 nghìn tỷ đồng')).toMatchObject({
      value: 1234.5,
      scale: 'nghìn tỷ',
      unit: 'đồng',
    });
    expect(value('2.223 triệu USD')).toMatchObject({ value: 2223, scale: 'triệu', unit: 'USD' });
    expect(value('7,52%')).toMatchObject({ value: 7.52, scale: null, unit: '%' });
    expect(value('38 đối tác')).toMatchObject({ value: 38, scale: null, unit: 'đối tác' });
  });

  it('accepts spelling variants and keyboards without Vietnamese input', () => {
    expect(value('5 ngàn tỉ đồng')).toMatchObject({ scale: 'nghìn tỷ', unit: 'đồng' });
    expect(value('514 ty USD')).toMatchObject({ scale: 'tỷ', unit: 'USD' });
    expect(value('3 trieu')).toMatchObject({ scale: 'triệu' });
    // "ngan" without accents is also "ngân": not a scale word.
    expect(value('5 ngân hàng')).toMatchObject({ scale: null, unit: 'ngân hàng' });
  });

  it('tolerates NFD input, surrounding spaces and non-breaking spaces', () => {
    expect(value('24,1 tỷ USD'.normalize('NFD'))).toMatchObject({
      value: 24.1,
      scale: 'tỷ',
      unit: 'USD',
    });
    expect(value('  24,1\u00a0tỷ\u202fUSD  ')).toMatchObject({
      value: 24.1,
      scale: 'tỷ',
      unit: 'USD',
    });
    expect(value('38 đối tác'.normalize('NFD')).unit).toBe('đối tác');
  });

  it('reads 1.234 the Vietnamese way and 7.52 as an English decimal point', () => {
    // A dot followed by exactly three digits is a thousands dot …
    expect(value('1.234').value).toBe(1234);
    expect(value('12.500').value).toBe(12500);
    // … any other count cannot be one, so the user meant a decimal point.
    expect(value('7.52').value).toBe(7.52);
    expect(value('7.5').value).toBe(7.5);
    // A comma is always the decimal comma.
    expect(value('1,234').value).toBe(1.234);
  });

  itRefuses(parseVietnameseNumber, [
    'abc',
    '1,2,3',
    '1.23.4',
    '',
    '   ',
    'Infinity',
    'NaN',
    '7,',
    '1.234,5,6',
    '1234.567',
    '1e5',
    '12 34',
    '9'.repeat(400),
    '1234567890123456',
    '7,52 %%',
  ]);

  it('round-trips every formatted number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const v = n / 10 ** d;
        const r = parseVietnameseNumber(formatNumber(v));
        expect(r.ok && r.value).toBe(v === 0 ? 0 : v);
      }),
    );
  });

  it('round-trips quantities with scale and unit', () => {
    const units = fc.constantFrom(
      'tỷ USD',
      'nghìn tỷ đồng',
      'triệu USD',
      '%',
      'đối tác',
      'quốc gia',
      'ha',
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 2 }),
        units,
        (n, d, unit) => {
          const v = n / 10 ** d;
          const r = parseVietnameseNumber(formatQuantity(v, unit));
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(r.value).toBe(v);
            expect(r.unitText).toBe(unit);
          }
        },
      ),
    );
  });
});
