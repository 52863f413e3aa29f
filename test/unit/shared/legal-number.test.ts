import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ADMINISTRATIVE_TYPES,
  documentNumberSymbol,
  formatLegalCitation,
  formatNumberLine,
  formatNumberSymbol,
  parseNumberSymbol,
  typeNameFromAbbrev,
  type NumberSymbol,
} from '../../../shared/format';
import type { LegalReference } from '../../../shared/domain/legal-ref';
import { itRefuses } from './refusal';

const parsed = (s: string): NumberSymbol => {
  const r = parseNumberSymbol(s);
  if (!r.ok) throw new Error(`refused ${s}: ${r.message.en}`);
  return r.value;
};

describe('parseNumberSymbol: the three families', () => {
  it('reads administrative documents (Decree 30)', () => {
    expect(parsed('1812/QĐ-TTg')).toEqual({
      family: 'administrative',
      number: 1812,
      year: null,
      typeAbbrev: 'QĐ',
      issuer: 'TTg',
      unit: null,
      typeName: 'Quyết định',
    });
    expect(parsed('153/NQ-CP')).toMatchObject({
      family: 'administrative',
      typeAbbrev: 'NQ',
      issuer: 'CP',
      typeName: 'Nghị quyết',
    });
    expect(parsed('381/TB-VPCP')).toMatchObject({
      typeAbbrev: 'TB',
      issuer: 'VPCP',
      typeName: 'Thông báo',
    });
    expect(parsed('01/TB-BCĐ')).toMatchObject({ number: 1, typeAbbrev: 'TB', issuer: 'BCĐ' });
    expect(parsed('15/QyĐ-BNV')).toMatchObject({ typeAbbrev: 'QyĐ', typeName: 'Quy định' });
  });

  it('reads a công văn, whose symbol is issuer and drafting unit', () => {
    expect(parsed('8769/VPCP-CN')).toEqual({
      family: 'administrative',
      number: 8769,
      year: null,
      typeAbbrev: null,
      issuer: 'VPCP',
      unit: 'CN',
      typeName: 'Công văn',
    });
    expect(parsed('3954/UBND-VX')).toMatchObject({
      issuer: 'UBND',
      unit: 'VX',
      typeName: 'Công văn',
    });
  });

  it('reads normative documents, with the year inside the number', () => {
    expect(parsed('30/2020/NĐ-CP')).toEqual({
      family: 'normative',
      number: 30,
      year: 2020,
      typeAbbrev: 'NĐ',
      issuer: 'CP',
      unit: null,
      typeName: 'Nghị định',
    });
    expect(parsed('117/2025/QH15')).toEqual({
      family: 'normative',
      number: 117,
      year: 2025,
      typeAbbrev: null,
      issuer: 'QH15',
      unit: null,
      typeName: null,
    });
    expect(parsed('01/2022/TT-BTTTT')).toMatchObject({
      number: 1,
      year: 2022,
      typeAbbrev: 'TT',
      typeName: 'Thông tư',
    });
  });

  it('reads Party documents, hyphen after the number', () => {
    expect(parsed('59-NQ/TW')).toEqual({
      family: 'party',
      number: 59,
      year: null,
      typeAbbrev: 'NQ',
      issuer: 'TW',
      unit: null,
      typeName: 'Nghị quyết',
    });
    expect(parsed('36-HD/VPTW')).toMatchObject({
      family: 'party',
      typeAbbrev: 'HD',
      issuer: 'VPTW',
      typeName: 'Hướng dẫn',
    });
    expect(parsed('121-KL/TW')).toMatchObject({ typeName: 'Kết luận' });
  });

  it('tolerates the "Số" prefix, NFD, stray spaces and typographic dashes', () => {
    const canonical = parsed('1812/QĐ-TTg');
    expect(parsed('Số: 1812/QĐ-TTg')).toEqual(canonical);
    expect(parsed('Số 1812/QĐ-TTg')).toEqual(canonical);
    expect(parsed('số:1812/QĐ-TTg')).toEqual(canonical);
    expect(parsed(' Số: 1812 / QĐ - TTg ')).toEqual(canonical);
    expect(parsed('1812/QĐ–TTg')).toEqual(canonical);
    expect(parsed('Số: 1812/QĐ-TTg'.normalize('NFD'))).toEqual(canonical);
    expect(parsed('Số 399-QĐ/TW')).toMatchObject({ family: 'party', number: 399 });
  });

  itRefuses(parseNumberSymbol, [
    'abc',
    '',
    '0/QĐ-TTg',
    '1812/QĐ',
    '1812/qđ-ttg',
    '1812',
    '59-NQ',
    '30/20/NĐ-CP',
    '12/1800/NĐ-CP',
    '1/2/3/4',
    'x'.repeat(500),
  ]);
});

describe('formatting number-symbols', () => {
  it('pads numbers below 10 and gives the canonical form back', () => {
    expect(formatNumberSymbol(parsed('Số: 1/TB-BCĐ'))).toBe('01/TB-BCĐ');
    expect(formatNumberSymbol(parsed('9/2025/QĐ-TTg'))).toBe('09/2025/QĐ-TTg');
    expect(formatNumberSymbol(parsed('3-BC/CB'))).toBe('03-BC/CB');
    expect(formatNumberSymbol(parsed('8769 / VPCP - CN'))).toBe('8769/VPCP-CN');
  });

  it('prints the number line with a colon, except on Party documents', () => {
    expect(formatNumberLine(parsed('01/TB-BCĐ'))).toBe('Số: 01/TB-BCĐ');
    expect(formatNumberLine(parsed('399-QĐ/TW'))).toBe('Số 399-QĐ/TW');
  });

  it('numbers new administrative documents per Decree 30', () => {
    expect(documentNumberSymbol(1, 'TB', 'BCĐ')).toBe('01/TB-BCĐ');
    expect(documentNumberSymbol(12, 'BC', 'BCĐ')).toBe('12/BC-BCĐ');
    expect(documentNumberSymbol(381, 'TB', 'VPCP')).toBe('381/TB-VPCP');
    expect(() => documentNumberSymbol(0, 'TB', 'BCĐ')).toThrow(RangeError);
    expect(() => documentNumberSymbol(1.5, 'TB', 'BCĐ')).toThrow(RangeError);
    expect(() => documentNumberSymbol(1, 'tb', 'BCĐ')).toThrow(RangeError);
    expect(() => documentNumberSymbol(1, 'TB', '')).toThrow(RangeError);
  });

  it('names types from the Appendix III and Party tables', () => {
    expect(typeNameFromAbbrev('TB')).toBe('Thông báo');
    expect(typeNameFromAbbrev('TTr')).toBe('Tờ trình');
    expect(typeNameFromAbbrev('GM')).toBe('Giấy mời');
    expect(typeNameFromAbbrev('KL')).toBe('Kết luận');
    expect(typeNameFromAbbrev('KL', 'administrative')).toBeNull();
    expect(typeNameFromAbbrev('NĐ', 'normative')).toBe('Nghị định');
    expect(typeNameFromAbbrev('XYZ')).toBeNull();
  });

  it('cites a document in running text', () => {
    const ref = (
      numberSymbol: string,
      type: string,
      date: string | null,
      issuer = '',
    ): LegalReference => ({
      numberSymbol,
      type,
      issuer,
      date,
      title: '',
    });
    expect(formatLegalCitation(ref('1812/QĐ-TTg', 'Quyết định', '2025-08-25'))).toBe(
      'Quyết định số 1812/QĐ-TTg ngày 25/8/2025',
    );
    expect(formatLegalCitation(ref('153/NQ-CP', 'Nghị quyết', '2025-05-31'))).toBe(
      'Nghị quyết số 153/NQ-CP ngày 31/5/2025',
    );
    expect(formatLegalCitation(ref('121-KL/TW', '', '2025-01-24'))).toBe(
      'Kết luận số 121-KL/TW, ngày 24/1/2025',
    );
    expect(
      formatLegalCitation(ref('59-NQ/TW', 'Nghị quyết', null, 'Bộ Chính trị'), {
        withIssuer: true,
      }),
    ).toBe('Nghị quyết số 59-NQ/TW của Bộ Chính trị');
    expect(
      formatLegalCitation(ref('30/2020/NĐ-CP', 'Nghị định', '2020-03-05', 'Chính phủ'), {
        dateStyle: 'long',
        withIssuer: true,
      }),
    ).toBe('Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ');
  });
});

// Generators for canonical number-symbols of each family.
const segment = fc.stringMatching(/^[A-ZĐ][A-Za-zĐđ0-9]{0,5}$/);
const issuer = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('-'));
const number = fc.integer({ min: 1, max: 9_999_999 });
const adminType = fc.constantFrom(...ADMINISTRATIVE_TYPES.keys());

const anySymbol: fc.Arbitrary<NumberSymbol> = fc.oneof(
  fc.record({ number, typeAbbrev: adminType, issuer }).map((r): NumberSymbol => ({
    family: 'administrative',
    year: null,
    unit: null,
    typeName: typeNameFromAbbrev(r.typeAbbrev, 'administrative'),
    ...r,
  })),
  fc
    .record({ number, issuer: segment.filter((s) => !ADMINISTRATIVE_TYPES.has(s)), unit: issuer })
    .map((r): NumberSymbol => ({
      family: 'administrative',
      year: null,
      typeAbbrev: null,
      typeName: 'Công văn',
      ...r,
    })),
  fc
    .record({ number, year: fc.integer({ min: 1945, max: 2200 }), typeAbbrev: segment, issuer })
    .map((r): NumberSymbol => ({
      family: 'normative',
      unit: null,
      typeName: typeNameFromAbbrev(r.typeAbbrev, 'normative'),
      ...r,
    })),
  fc
    .record({ number, year: fc.integer({ min: 1945, max: 2200 }), issuer: segment })
    .map((r): NumberSymbol => ({
      family: 'normative',
      typeAbbrev: null,
      unit: null,
      typeName: null,
      ...r,
    })),
  fc.record({ number, typeAbbrev: segment, issuer }).map((r): NumberSymbol => ({
    family: 'party',
    year: null,
    unit: null,
    typeName: typeNameFromAbbrev(r.typeAbbrev, 'party'),
    ...r,
  })),
);

describe('number-symbol properties', () => {
  it('parses back exactly what it formats', () => {
    fc.assert(
      fc.property(anySymbol, (p) => {
        expect(parseNumberSymbol(formatNumberSymbol(p))).toEqual({ ok: true, value: p });
      }),
    );
  });

  it('reads the same symbol however it is decorated', () => {
    fc.assert(
      fc.property(
        anySymbol,
        fc.constantFrom('', 'Số: ', 'Số ', 'số:'),
        fc.boolean(),
        (p, prefix, spaced) => {
          let s = prefix + formatNumberSymbol(p);
          if (spaced) s = s.replace(/([/-])/g, ' $1 ');
          expect(parseNumberSymbol(s.normalize('NFD'))).toEqual({ ok: true, value: p });
        },
      ),
    );
  });
});
