// Boxes 1–5, 9a, 10a, 10b, 11 and the legal bases (document-format.md §1.2–1.3). The header is a
// borderless two-column table: issuer and number on the left, Quốc hiệu, Tiêu ngữ and the italic
// place and date on the right, the date in the same row as the number so the two share a line.
import { SECRECY_MARK, URGENCY_MARK } from '../../domain/marks';
import { formatDecree30Date } from '../../format/date';
import { CIRCULATION_TEXT, type BriefHeader } from '../model';
import { numberLine } from '../number-line';
import {
  FIRST_LINE_INDENT_MM,
  HEADER_COLUMNS_MM,
  line,
  MOTTO,
  MOTTO_WIDTH_MM,
  NATIONAL_NAME,
  paragraph,
  RED,
  rule,
  ruleUnder,
  SIZE,
  TEXT_WIDTH_MM,
} from './style';
import { borderlessTable } from './borderless';
import type { LayoutBlock, LayoutFrame, LayoutTable } from './types';

const upper = (s: string): string => s.trim().toUpperCase();

/** §4.2: KHẨN 20 × 8, THƯỢNG KHẨN 40 × 8, HỎA TỐC 30 × 8 mm; MẬT 20, TỐI MẬT 30, TUYỆT MẬT 40 × 8. */
const MARK_WIDTH_MM: Record<string, number> = {
  KHẨN: 20,
  'THƯỢNG KHẨN': 40,
  'HỎA TỐC': 30,
  MẬT: 20,
  'TỐI MẬT': 30,
  'TUYỆT MẬT': 40,
};

function frame(
  text: string,
  color: string,
  double: boolean,
  align: LayoutFrame['align'],
  widthMm?: number,
): LayoutFrame {
  return {
    kind: 'frame',
    text,
    widthMm: widthMm ?? MARK_WIDTH_MM[text] ?? 40,
    heightMm: 8,
    sizePt: SIZE.mark,
    color,
    double,
    align,
    spaceBeforePt: 6,
  };
}

/**
 * Place and date, box 4: `Hà Nội, ngày 26 tháng 8 năm 2025`; blank date as in the models. A
 * draft printed for circulation (`blankDay`) leaves the day and month to the records office
 * and prints only the year: `Hà Nội, ngày      tháng      năm 2026`.
 */
export function placeAndDate(h: BriefHeader, blankDay = false): string {
  const where = h.place.trim() || '…';
  return `${where}, ${dateWords(h, blankDay)}`;
}

/** The date of box 4 without the place, blank where the header leaves it blank. */
export function dateWords(h: BriefHeader, blankDay = false): string {
  const gap = '\u00a0'.repeat(6);
  if (!h.date) return 'ngày … tháng … năm …';
  return blankDay ? `ngày${gap}tháng${gap}năm ${h.date.slice(0, 4)}` : formatDecree30Date(h.date);
}

function issuerCell(h: BriefHeader): LayoutBlock[] {
  const [leftMm] = HEADER_COLUMNS_MM;
  const out: LayoutBlock[] = [];
  if (h.superiorBody.trim()) out.push(line([{ text: upper(h.superiorBody) }], SIZE.superiorBody));
  const issuer = upper(h.issuingBody) || '…';
  out.push(line([{ text: issuer, bold: true }], SIZE.issuingBody));
  out.push(ruleUnder(issuer, SIZE.issuingBody, leftMm, 18));
  return out;
}

function nationalCell(): LayoutBlock[] {
  return [
    line([{ text: NATIONAL_NAME, bold: true }], SIZE.nationalName),
    line([{ text: MOTTO, bold: true }], SIZE.motto),
    rule(MOTTO_WIDTH_MM),
  ];
}

function numberCell(h: BriefHeader): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  const number = numberLine(h.numberSymbol, h.form);
  if (number) out.push(line([{ text: number }], SIZE.number, { spaceBeforePt: 6 }));
  if (h.form === 'official-letter') {
    // Box 5b: the letter's summary after "V/v", 6 pt under the number, wrapping in the column.
    out.push(
      line([{ text: `V/v ${h.abstract.trim() || '…'}` }], SIZE.letterAbstract, {
        spaceBeforePt: 6,
      }),
    );
  }
  // Boxes 10a (secrecy) and 10b (urgency): red frames at the left, under the number block.
  if (h.secrecy !== 'none') out.push(frame(SECRECY_MARK[h.secrecy], RED, true, 'left'));
  if (h.urgency !== 'none') out.push(frame(URGENCY_MARK[h.urgency], RED, false, 'left'));
  return out;
}

function dateCell(h: BriefHeader, blankDay: boolean): LayoutBlock[] {
  // Minutes (Mẫu 1.9) carry no place and date in the header.
  if (h.form === 'minutes') return [];
  return [
    line([{ text: placeAndDate(h, blankDay), italic: true }], SIZE.placeDate, { spaceBeforePt: 6 }),
  ];
}

export function headerTable(h: BriefHeader, blankDay = false): LayoutTable {
  return borderlessTable(
    [...HEADER_COLUMNS_MM],
    [
      [issuerCell(h), nationalCell()],
      [numberCell(h), dateCell(h, blankDay)],
    ],
  );
}

/** Box 5a: type name in capitals and the trích yếu, centred, with a short rule under them. */
export function titleBlock(h: BriefHeader): LayoutBlock[] {
  if (h.form === 'official-letter') return [];
  const out: LayoutBlock[] = [];
  const type = upper(h.typeName) || '…';
  out.push(
    line([{ text: type, bold: true }], SIZE.typeName, { spaceBeforePt: 18, keepWithNext: true }),
  );
  const abstract = h.abstract.trim();
  if (abstract)
    out.push(line([{ text: abstract, bold: true }], SIZE.abstract, { keepWithNext: true }));
  out.push({ ...ruleUnder(abstract || type, SIZE.abstract, TEXT_WIDTH_MM, 20), spaceAfterPt: 12 });
  return out;
}

/** Punctuation of listed lines: each ends with ";", the last with "." (§1.2 legal basis, 9a, 9b). */
export function listPunctuation(lines: readonly string[]): string[] {
  return lines.map((l, i) => {
    const bare = l.trim().replace(/[;.,]+$/, '');
    return `${bare}${i === lines.length - 1 ? '.' : ';'}`;
  });
}

/**
 * Box 9a. One addressee on the "Kính gửi:" line, centred; several as "- …;" lines whose dashes
 * align under the colon, which a two-column borderless table gives in both formats.
 */
export function addresseeBlock(h: BriefHeader): LayoutBlock[] {
  const names = h.addressees.map((a) => a.trim()).filter(Boolean);
  if (names.length === 0) return [];
  if (names.length === 1) {
    return [
      line([{ text: `Kính gửi: ${names[0]?.replace(/[;.]+$/, '')}` }], SIZE.addressee, {
        spaceBeforePt: 12,
        spaceAfterPt: 12,
      }),
    ];
  }
  const label = 25;
  const list = 105;
  return [
    { kind: 'spacer', heightMm: 3 },
    borderlessTable(
      [label, list],
      [
        [
          [line([{ text: 'Kính gửi:' }], SIZE.addressee, { align: 'right' })],
          listPunctuation(names).map((n) =>
            line([{ text: `- ${n}` }], SIZE.addressee, { align: 'left' }),
          ),
        ],
      ],
      {
        cantSplit: false,
        paddingHMm: 0.8,
        indentMm: (TEXT_WIDTH_MM - label - list) / 2,
        spaceAfterPt: 12,
      },
    ),
  ];
}

/** Box 6 legal bases: italic, one per line, ";" then "." at the last. */
export function legalBasisBlock(h: BriefHeader): LayoutBlock[] {
  return listPunctuation(h.legalBases).map((b, i, all) =>
    paragraph([{ text: b, italic: true }], {
      firstLineIndentMm: FIRST_LINE_INDENT_MM,
      spaceBeforePt: i === 0 ? 6 : 0,
      spaceAfterPt: i === all.length - 1 ? 6 : 3,
    }),
  );
}

/** Page-1 top margin: the draft frame at the left, box 11 (circulation note) towards the right. */
export function firstPageHeader(h: BriefHeader): LayoutBlock[] {
  const circulation = CIRCULATION_TEXT[h.circulation];
  if (!h.draft && !circulation) return [];
  return [
    borderlessTable(
      [85, 80],
      [
        [
          h.draft ? [{ ...frame('DỰ THẢO', '000000', false, 'left', 30), spaceBeforePt: 0 }] : [],
          circulation
            ? [{ ...frame(circulation, '000000', false, 'center', 52), spaceBeforePt: 0 }]
            : [],
        ],
      ],
    ),
  ];
}
