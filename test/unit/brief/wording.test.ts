// Names and lists from data, written as a records clerk writes them.
import { describe, expect, it } from 'vitest';
import {
  curlyQuotes,
  distinctUnits,
  joinUnits,
  meetingPhrase,
  sentenceCaseName,
} from '../../../shared/brief/wording';
import { createBrief } from '../../../shared/brief';
import { layoutBrief, runsText, type LayoutBlock } from '../../../shared/brief/layout';
import { sampleContext } from './fixtures';

const texts = (blocks: readonly LayoutBlock[]): string[] =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [runsText(b.runs)]
      : b.kind === 'table'
        ? b.rows.flatMap((r) => r.cells.flatMap((c) => texts(c.blocks)))
        : [],
  );

describe('wording from data', () => {
  it('an issuer typed in capitals for the header is in sentence case in prose', () => {
    expect(sentenceCaseName('VĂN PHÒNG CHÍNH PHỦ')).toBe('Văn phòng Chính phủ');
    expect(sentenceCaseName('BỘ NGOẠI GIAO')).toBe('Bộ Ngoại giao');
    expect(sentenceCaseName('Bộ Công Thương')).toBe('Bộ Công Thương');
  });

  it('recipients once each, a narrower group dropped beside a wider one, never a ";" inside', () => {
    expect(
      distinctUnits([
        'Các bộ, ngành',
        'Bộ Ngoại giao',
        'Các bộ, ngành, địa phương',
        'bộ ngoại giao',
        'Bộ Tài chính; Bộ Nội vụ',
      ]),
    ).toEqual(['Bộ Ngoại giao', 'Các bộ, ngành, địa phương', 'Bộ Tài chính', 'Bộ Nội vụ']);
  });

  it('the members of a group are left out beside the whole group; other units stay', () => {
    expect(
      distinctUnits([
        'Các bộ, ngành, địa phương thành viên Ban Chỉ đạo',
        'Các thành viên Ban Chỉ đạo',
        'Các bộ, ngành, địa phương',
        'Ủy ban nhân dân tỉnh',
        'Ủy ban nhân dân tỉnh Bắc Ninh',
      ]),
    ).toEqual([
      'Các thành viên Ban Chỉ đạo',
      'Các bộ, ngành, địa phương',
      'Ủy ban nhân dân tỉnh',
      'Ủy ban nhân dân tỉnh Bắc Ninh',
    ]);
  });

  it('units joined in running text: common nouns lower case, proper names kept, "và" before the last', () => {
    expect(
      joinUnits(['Bộ Ngoại giao', 'Các bộ, ngành, địa phương', 'Ủy ban nhân dân các tỉnh']),
    ).toBe('Bộ Ngoại giao, các bộ, ngành, địa phương và ủy ban nhân dân các tỉnh');
  });

  it('a meeting named inside a sentence is "cuộc họp …"', () => {
    expect(meetingPhrase('Họp Ban Chỉ đạo quốc gia về hội nhập quốc tế')).toBe(
      'cuộc họp Ban Chỉ đạo quốc gia về hội nhập quốc tế',
    );
  });

  it('straight quotes become typographic ones', () => {
    expect(curlyQuotes('theo tinh thần "6 rõ", nước "đi sau"')).toBe(
      'theo tinh thần \u201C6 rõ\u201D, nước \u201Cđi sau\u201D',
    );
  });

  it('the exported conclusion notice and report read that way, whatever the header form of the issuer', () => {
    const ctx = sampleContext();
    ctx.organisation = { ...ctx.organisation, name: 'VĂN PHÒNG CHÍNH PHỦ' };
    for (const name of ['conclusion-notice', 'report'] as const) {
      const lines = texts(layoutBrief(createBrief(name, ctx)).blocks);
      const prose = lines.filter((l) => l.length > 80);
      expect(prose.some((l) => l.includes('Văn phòng Chính phủ'))).toBe(true);
      expect(prose.some((l) => l.includes('VĂN PHÒNG CHÍNH PHỦ'))).toBe(false);
      expect(lines.some((l) => /tại Họp /u.test(l))).toBe(false);
      expect(lines.some((l) => l.includes('"'))).toBe(false);
      const recipients = lines.filter((l) => l.startsWith('- ') && l.endsWith(';'));
      expect(recipients.every((l) => l.indexOf(';') === l.length - 1)).toBe(true);
      expect(new Set(recipients).size).toBe(recipients.length);
      expect(lines.some((l) => /^a\) /u.test(l)) && !lines.some((l) => /^b\) /u.test(l))).toBe(
        false,
      );
    }
  });
});
