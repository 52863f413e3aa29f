// Where a line may break (shared/brief/layout/unbreakable.ts): a number-symbol, a date or a
// range is one piece kept whole in both formats; everything else stays as written.
import { describe, expect, it } from 'vitest';
import { unbreakablePieces } from '../../../shared/brief/layout/unbreakable';

describe('unbreakablePieces', () => {
  it('keeps number-symbols, dates and ranges whole and leaves the text between them as it is', () => {
    expect(
      unbreakablePieces('Nghị quyết số 59-NQ/TW ngày 24/01/2025, giai đoạn 2026–2030.'),
    ).toEqual([
      { text: 'Nghị quyết số ' },
      { text: '59-NQ/TW', whole: true },
      { text: ' ngày ' },
      { text: '24/01/2025,', whole: true },
      { text: ' giai đoạn ' },
      { text: '2026–2030.', whole: true },
    ]);
  });

  it('gives text without a joiner back as one piece, and nothing for no text', () => {
    expect(unbreakablePieces('Tăng trưởng GDP đạt 7,52%')).toEqual([
      { text: 'Tăng trưởng GDP đạt 7,52%' },
    ]);
    expect(unbreakablePieces('')).toEqual([]);
  });

  it('lets a lone dash and a word too long for a line break as before', () => {
    const url = `https://example.gov.vn/${'van-ban/'.repeat(6)}`;
    expect(unbreakablePieces(`Kết luận - xem ${url} nhé`)).toEqual([
      { text: 'Kết luận ' },
      { text: '-' },
      { text: ' xem ' },
      { text: url },
      { text: ' nhé' },
    ]);
  });

  it('cuts any text into pieces that give it back whole, joiners only inside marked words', () => {
    const seed = Number(process.env.BD_SEED ?? 20261204);
    console.log(`unbreakablePieces: seed ${seed} (BD_SEED to repeat)`);
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const letters = ['a', 'Đ', '5', ' ', '\u00a0', '\n', '-', '/', '–', '—', '‐', 'ư'];
    for (let i = 0; i < 5_000; i++) {
      const text = Array.from(
        { length: Math.floor(next() * 30) },
        () => letters[Math.floor(next() * letters.length)],
      ).join('');
      const pieces = unbreakablePieces(text);
      expect(pieces.map((p) => p.text).join('')).toBe(text);
      for (const p of pieces) {
        expect(p.text.length).toBeGreaterThan(0);
        if (p.whole) expect(p.text).toMatch(/^\S*[-\u2010-\u2014/]\S*$/);
        // The text between kept words holds no joiner: a word with one is never split.
        else if (/[-\u2010-\u2014/]/.test(p.text)) expect(p.text).toMatch(/^[-\u2010-\u2014/]$/);
      }
    }
  });
});
