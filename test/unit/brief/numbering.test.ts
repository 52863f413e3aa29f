import { describe, expect, it } from 'vitest';
import {
  headingLabel,
  layoutBrief,
  pointLabel,
  pointLetter,
  romanNumeral,
  runsText,
  type Brief,
} from '../../../shared/brief';
import { numbered, p } from '../../../shared/brief/templates/build';
import type { LayoutBlock } from '../../../shared/brief/layout';
import { createBrief } from '../../../shared/brief';
import { smallContext } from './fixtures';

// The Vietnamese alphabet as Decree 30 numbers points: no f, j, w, z; đ right after d.
const POINTS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

const texts = (blocks: LayoutBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [runsText(b.runs)] : []));

describe('point labels', () => {
  it('run through the Vietnamese alphabet without skipping a letter, đ after d', () => {
    const letters = POINTS.map((_, i) => pointLetter(i + 1));
    expect(letters).toEqual(POINTS);
    expect(letters.indexOf('đ')).toBe(letters.indexOf('d') + 1);
    for (const foreign of ['f', 'j', 'w', 'z']) expect(letters).not.toContain(foreign);
  });

  it('print with a closing parenthesis and stay unique past y', () => {
    expect(pointLabel(5)).toBe('đ)');
    expect(pointLabel(23)).toBe('y)');
    const many = Array.from({ length: 600 }, (_, i) => pointLetter(i + 1));
    expect(new Set(many).size).toBe(600);
    expect(pointLetter(24)).toBe('aa');
    expect(() => pointLetter(0)).toThrow(RangeError);
  });

  it('roman numerals and heading labels follow the report hierarchy', () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(romanNumeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'IX',
      'XIV',
      'XL',
    ]);
    expect(headingLabel(1, 2)).toBe('Phần II');
    expect(headingLabel(2, 3)).toBe('III.');
    expect(headingLabel(3, 4)).toBe('4.');
    expect(headingLabel(4, 5)).toBe('đ)');
  });
});

describe('numbering in the printed layout', () => {
  const withBody = (content: Brief['body']['content']): Brief => {
    const b = createBrief('report', smallContext());
    return { ...b, body: { type: 'doc', content } };
  };

  it('an ordered list of points prints a) b) c) d) đ) e)', () => {
    const items = Array.from({ length: 6 }, (_, i) => [`Nội dung ${i + 1};`]);
    const lines = texts(layoutBrief(withBody([numbered(items, 'point')])).blocks);
    const labels = lines.filter((l) => l.includes('Nội dung')).map((l) => l.split(' ')[0]);
    expect(labels).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
  });

  it('headings count per level and restart under a new parent', () => {
    const h = (level: 1 | 2 | 3 | 4, text: string) => ({
      type: 'heading' as const,
      attrs: { level, numbered: true },
      content: [{ type: 'text' as const, text }],
    });
    const lines = texts(
      layoutBrief(
        withBody([
          h(2, 'Kết quả'),
          h(3, 'Kinh tế'),
          h(4, 'Tăng trưởng'),
          h(4, 'Xuất khẩu'),
          h(3, 'Xã hội'),
          h(2, 'Hạn chế'),
          h(3, 'Thể chế'),
          p('Hết.'),
        ]),
      ).blocks,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'I. KẾT QUẢ',
        '1. Kinh tế',
        'a) Tăng trưởng',
        'b) Xuất khẩu',
        '2. Xã hội',
        'II. HẠN CHẾ',
        '1. Thể chế',
      ]),
    );
  });
});
