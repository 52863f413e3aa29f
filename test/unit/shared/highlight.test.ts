import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightSegments, type HighlightSegment } from '../../../shared/search/highlight';

const marked = (segments: HighlightSegment[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('highlightSegments', () => {
  const sentence =
    'Tổng vốn FDI đăng ký và thực hiện 7 tháng đầu năm 2025 lần lượt đạt 24,1 tỷ USD';

  it('finds đầu tư from a query typed without diacritics', () => {
    const segments = highlightSegments('Thu hút đầu tư nước ngoài', 'dau tu');
    expect(segments).toEqual([
      { text: 'Thu hút ', match: false },
      { text: 'đầu', match: true },
      { text: ' ', match: false },
      { text: 'tư', match: true },
      { text: ' nước ngoài', match: false },
    ]);
  });

  it('ignores case: hội marks Hội', () => {
    expect(marked(highlightSegments('Hội nghị Ban Chỉ đạo, hội nhập quốc tế', 'hội'))).toEqual([
      'Hội',
      'hội',
    ]);
  });

  it('matches query words as prefixes of words, like the prefix search', () => {
    expect(marked(highlightSegments(sentence, 'đăng thu'))).toEqual(['đăng', 'thự']);
    // A word in the middle of another word is not a match.
    expect(marked(highlightSegments('Chính phủ', 'inh'))).toEqual([]);
    expect(marked(highlightSegments(sentence, 'fdi 2025 usd'))).toEqual(['FDI', '2025', 'USD']);
  });

  it('marks the longer prefix when two query words fit the same word', () => {
    expect(marked(highlightSegments('đầu tư', 'd dau'))).toEqual(['đầu']);
  });

  it('maps back onto NFD text without splitting a letter from its marks', () => {
    const nfd = 'Đầu tư nước ngoài'.normalize('NFD');
    const segments = highlightSegments(nfd, 'đầ');
    expect(segments.map((s) => s.text).join('')).toBe(nfd);
    expect(marked(segments)).toEqual(['Đầ'.normalize('NFD')]);
  });

  it('leaves the text unmarked for an empty query or no match', () => {
    expect(highlightSegments('Hội nghị', '')).toEqual([{ text: 'Hội nghị', match: false }]);
    expect(highlightSegments('Hội nghị', ' ,. ')).toEqual([{ text: 'Hội nghị', match: false }]);
    expect(highlightSegments('Hội nghị', 'xuất')).toEqual([{ text: 'Hội nghị', match: false }]);
    expect(highlightSegments('', 'hội')).toEqual([]);
  });

  it('copes with characters that fold to more than one letter', () => {
    // A Hangul syllable decomposes to jamo; highlighting must still cover the whole syllable.
    const segments = highlightSegments('회의 họp', '회');
    expect(marked(segments)).toEqual(['회']);
  });

  const vietnamese = fc
    .array(
      fc.constantFrom(
        'đầu',
        'tư',
        'Hội',
        'nghị',
        'Đ',
        'ư',
        'ơ',
        'ầ',
        ' ',
        ',',
        '7,52%',
        '\u0301',
        'A',
        '1812/QĐ-TTg',
        '회',
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join(''));
  const anyText = fc.oneof(
    vietnamese,
    fc.string({ unit: 'binary' }),
    vietnamese.map((s) => s.normalize('NFD')),
  );
  const anyQuery = fc.oneof(
    vietnamese,
    fc.string({ unit: 'binary', maxLength: 10 }),
    fc.constantFrom('dau tu', 'hoi', 'd', 'đ'),
  );

  it('always gives back the original text exactly, in non-empty alternating segments', () => {
    fc.assert(
      fc.property(anyText, anyQuery, (text, query) => {
        const segments = highlightSegments(text, query);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const [i, s] of segments.entries()) {
          expect(s.text.length).toBeGreaterThan(0);
          if (i > 0) expect(s.match).not.toBe(segments[i - 1]?.match);
        }
      }),
    );
  });

  it('marks a whole word when the query is that word without diacritics', () => {
    const word = fc.constantFrom('đầu', 'tư', 'Hội', 'nghị', 'quốc', 'Đảng', 'kinh', 'tế');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(), (words, pick) => {
        const target = words[pick % words.length] ?? '';
        const query = target
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D');
        expect(marked(highlightSegments(words.join(' '), query))).toContain(target);
      }),
    );
  });
});

describe('highlightSegments with a phrase (issue 13 §6)', () => {
  const text = 'Thủ tướng yêu cầu đổi mới tư duy thu hút đầu tư, nhất là đầu tư công nghệ cao';

  it('marks the words where they stand together as typed, not the same words elsewhere', () => {
    expect(marked(highlightSegments(text, 'dau tu'))).toEqual(['đầu', 'tư', 'đầu', 'tư']);
    expect(marked(highlightSegments(text, 'đầu tư công'))).toEqual(['đầu', 'tư', 'công']);
  });

  it('marks each word when the text holds the words but not the phrase', () => {
    expect(marked(highlightSegments('Tư duy mới về đầu mối', 'dau tu'))).toEqual(['Tư', 'đầu']);
  });

  it('a phrase typed in another order is not the phrase', () => {
    expect(marked(highlightSegments('đầu tư và tư duy', 'tu dau'))).toEqual(['đầu', 'tư', 'tư']);
  });
});
