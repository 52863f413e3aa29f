import { describe, expect, it } from 'vitest';
import { createBrief, preExportCheck, type Brief, type ExportProblem } from '../../../shared/brief';
import { SECRECY_WARNING } from '../../../shared/domain';
import { drafted, smallContext } from './fixtures';

const fresh = (name: Parameters<typeof createBrief>[0] = 'report'): Brief =>
  createBrief(name, smallContext());

/** The template's brief with what it leaves for the drafter done: guidance lines written over, task cells filled. */
function completed(b: Brief): Brief {
  b.body.content = drafted(b.body.content, (r) => ({
    ...r,
    deadline: r.deadline ?? '2025-12-31',
    responsibility: r.responsibility || 'Bộ trưởng',
    deliverable: r.deliverable || 'Báo cáo',
    authority: r.authority || 'Thủ tướng',
  }));
  return b;
}
const codes = (ps: ExportProblem[]) => ps.map((p) => `${p.severity}:${p.code}:${p.field}`);

function expectBilingual(ps: ExportProblem[]) {
  for (const p of ps) {
    expect(p.message.vi.length).toBeGreaterThan(5);
    expect(p.message.en.length).toBeGreaterThan(5);
    expect(p.message.vi).not.toBe(p.message.en);
  }
}

describe('preExportCheck', () => {
  it('a complete registered brief has nothing to report', () => {
    const b = completed(fresh());
    b.header.numberSymbol.number = 15;
    expect(preExportCheck(b)).toEqual([]);
  });

  it('catches each empty required header field, naming the field', () => {
    const b = fresh();
    b.header.issuingBody = '';
    b.header.place = '  ';
    b.header.typeName = '';
    b.header.abstract = '';
    b.header.signature.name = '';
    b.header.signature.authorityOf = '';
    const found = preExportCheck(b);
    expect(codes(found)).toEqual(
      expect.arrayContaining([
        'blocking:empty-field:header.issuingBody',
        'blocking:empty-field:header.place',
        'blocking:empty-field:header.typeName',
        'blocking:empty-field:header.abstract',
        'blocking:empty-field:header.signature.name',
        'blocking:empty-field:header.signature.authorityOf',
      ]),
    );
    expectBilingual(found);
  });

  it('an official letter needs its addressees and its V/v line', () => {
    const b = fresh('official-letter');
    b.header.addressees = [];
    b.header.abstract = '';
    const found = preExportCheck(b);
    expect(codes(found)).toEqual(
      expect.arrayContaining([
        'blocking:empty-field:header.addressees',
        'blocking:empty-field:header.abstract',
      ]),
    );
    expect(found.find((p) => p.field === 'header.abstract')?.message.vi).toMatch(/V\/v/);
  });

  it.each([
    ['a type abbreviation not in Appendix III', { typeAbbrev: 'XYZ' }],
    ['an issuer abbreviation in lower case', { issuerAbbrev: 'vpcp' }],
    ['a space inside the symbol', { issuerAbbrev: 'VP CP' }],
    ['an empty issuer abbreviation', { issuerAbbrev: '' }],
  ])('refuses a malformed number-symbol: %s', (_, parts) => {
    const b = fresh();
    Object.assign(b.header.numberSymbol, parts);
    const found = preExportCheck(b).filter((p) => p.code === 'number-symbol');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('blocking');
    expectBilingual(found);
  });

  it('refuses a type abbreviation on an official letter, whose symbol is issuer-unit', () => {
    const b = fresh('official-letter');
    b.header.numberSymbol.issuerAbbrev = 'BC';
    b.header.numberSymbol.unitAbbrev = 'VPCP';
    expect(codes(preExportCheck(b))).toContain('blocking:number-symbol:header.numberSymbol');
  });

  it('a draft without number or date is only reminded, not refused', () => {
    const b = completed(fresh());
    b.header.date = null;
    const found = preExportCheck(b);
    expect(codes(found)).toEqual([
      'warning:no-number:header.numberSymbol.number',
      'warning:no-date:header.date',
    ]);
  });

  it('warns about a secrecy mark with the legal warning of security.md', () => {
    const b = fresh();
    b.header.numberSymbol.number = 3;
    b.header.secrecy = 'toi-mat';
    const [p] = preExportCheck(b);
    expect(p).toMatchObject({ code: 'secrecy-mark', severity: 'warning' });
    expect(p?.message.vi).toContain('TỐI MẬT');
    expect(p?.message.vi).toContain(SECRECY_WARNING.vi);
    expect(p?.message.en).toContain(SECRECY_WARNING.en);
  });

  it('refuses an empty body', () => {
    const b = fresh();
    b.body = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '   ' }] },
      ],
    };
    expect(codes(preExportCheck(b))).toContain('blocking:empty-body:body');
  });

  it('refuses to issue with a stale figure; warns about vanished and unsourced figures', () => {
    const b = completed(fresh());
    b.header.numberSymbol.number = 1;
    expect(codes(preExportCheck(b, { figureState: () => 'stale' }))).toEqual([
      'blocking:stale-figure:body',
    ]);
    expect(codes(preExportCheck(b, { figureState: () => 'missing' }))).toEqual([
      'warning:missing-figure:body',
    ]);
    const unsourced = JSON.parse(
      JSON.stringify(b).replace('Cổng Thông tin điện tử Chính phủ (VGP), 26/8/2025', ''),
    ) as Brief;
    expect(codes(preExportCheck(unsourced))).toEqual(['warning:unsourced-figure:body']);
  });
});
