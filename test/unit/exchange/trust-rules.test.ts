// The pure rules behind "show only what was verified" (issue 11): the one text policy, the
// confusables skeleton, and which attachment names a package may carry.
import { describe, expect, it } from 'vitest';
import { confusable, skeleton } from '../../../shared/confusables';
import {
  attachmentNameProblem,
  isSafeAttachmentName,
} from '../../../shared/exchange/attachment-name';
import { nameText, text } from '../../../shared/text';
import { hasForbiddenCharacter, stripForbidden } from '../../../shared/text-policy';

describe('the text policy', () => {
  const invisible = [
    '\u0085',
    '\u009b',
    '\u0007',
    '\u007f', // C0/C1 controls and DEL
    '\u202e',
    '\u202d',
    '\u2066',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c', // bidi
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\ufeff',
    '\u00ad', // zero-width and format
    '\u2028',
    '\u2029',
    '\u034f',
    '\u3164', // separators, joiner, fillers
  ];
  it('refuses every control, bidi, zero-width and format character in any text field', () => {
    for (const c of invisible) {
      expect(hasForbiddenCharacter(`Bộ Ngoại${c}giao`)).toBe(true);
      expect(text(200).safeParse(`Bộ Ngoại${c}giao`).success).toBe(false);
      expect(stripForbidden(`Bộ Ngoại${c}giao`)).toBe('Bộ Ngoạigiao');
    }
  });
  it('keeps Vietnamese, line breaks in long text, and one line in names', () => {
    expect(text(200).parse('Đề án “Chuyển đổi số” — giai đoạn 2025–2030')).toBe(
      'Đề án “Chuyển đổi số” — giai đoạn 2025–2030',
    );
    expect(text(2000).safeParse('Dòng 1\nDòng 2\tcột').success).toBe(true);
    expect(nameText(200).safeParse('Bộ Ngoại giao\nBộ Tài chính').success).toBe(false);
  });
});

describe('the confusables skeleton', () => {
  it('sees Cyrillic, Greek, dotless and case variants of a name as the same', () => {
    for (const v of [
      'Bộ Ngоại giao',
      'Bộ Ngοại giao',
      'BỘ NGOẠI GIAO',
      'Bộ Ngoạı gıao',
      ' Bộ  Ngoại giao',
    ])
      expect(confusable(v, 'Bộ Ngoại giao')).toBe(true);
    expect(confusable('Bộ Tài chính', 'Вộ Тàі сhính')).toBe(true);
    expect(confusable('Ðà Nẵng', 'Đà Nẵng')).toBe(true);
    expect(confusable('Sở Công Thương', 'Sở Cong Thương')).toBe(false); // a visible mark differs
    expect(confusable('Bộ Ngoại giao', 'Bộ Công Thương')).toBe(false);
  });
  it('is stable: a skeleton is its own skeleton', () => {
    for (const s of ['Bộ Ngoại giao', 'UBND tỉnh Cà Mau', 'Вộ Тàі сhính'])
      expect(skeleton(skeleton(s))).toBe(skeleton(s));
  });
});

describe('attachment names', () => {
  it('accepts clean .pdf and .docx names, Vietnamese and dotted dates included', () => {
    for (const n of [
      '05-TB-VPCP Kết luận.docx',
      'Báo cáo 26.8.2025.pdf',
      'BÁO CÁO.PDF',
      'tại TP.HCM.pdf',
    ])
      expect(attachmentNameProblem(n)).toBeNull();
  });
  it('refuses other types, double extensions, paths, device names and invisible characters', () => {
    for (const n of [
      'Báo cáo.pdf.exe',
      'run.hta',
      'Báo cáo.exe.pdf',
      'a.docm',
      'x.pdf.',
      ' x.pdf',
      '.pdf',
      '../x.pdf',
      'a\\b.pdf',
      'CON.docx',
      'Báo cáo\u202Efdp.exe',
      'Báo\u200Bcáo.pdf',
      'a\nb.pdf',
    ])
      expect(isSafeAttachmentName(n)).toBe(false);
  });
});
