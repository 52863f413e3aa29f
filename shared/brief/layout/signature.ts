// Boxes 7a–7c, 9b and 12: the signature block at the right and "Nơi nhận" at the left, side by
// side in a borderless table so the label sits level with the first line of the authority
// (document-format.md §1.2, §1.6, §1.7). Minutes put the secretary and the chair side by side
// and the recipients under them (Mẫu 1.9). Working papers have neither.
import { distinctUnits } from '../wording';
import type { BriefHeader, SignatureBlock } from '../model';
import { line, SIGNATURE_COLUMNS_MM, SIZE, TEXT_WIDTH_MM } from './style';
import { borderlessTable } from './borderless';
import type { LayoutBlock } from './types';

/** Room left for the handwritten or digital signature and the seal between title and name. */
const SIGNING_SPACE_MM = 24;

const upper = (s: string): string => s.trim().toUpperCase();

/** "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG": the lines above the signature, in capitals. */
export function authorityLines(s: SignatureBlock): string[] {
  const lines: string[] = [];
  if (s.authority !== 'none') lines.push(`${s.authority}. ${upper(s.authorityOf) || '…'}`);
  if (s.title.trim()) lines.push(upper(s.title));
  return lines.length > 0 ? lines : ['…'];
}

function signerColumn(titleLines: string[], name: string): LayoutBlock[] {
  return [
    ...titleLines.map((t) => line([{ text: t, bold: true }], SIZE.signature)),
    { kind: 'spacer', heightMm: SIGNING_SPACE_MM },
    line([{ text: name.trim() || '…', bold: true }], SIZE.signature),
  ];
}

/** The final "Nơi nhận" line: `- Lưu: VT, TH, PL.(300).` (box 12 at its end). */
export function archiveLine(h: BriefHeader): string {
  const parts = ['VT', ...h.archiveUnits.map((u) => u.trim()).filter(Boolean)];
  const initials = h.drafter.initials.trim();
  if (initials) parts.push(h.drafter.copies ? `${initials}.(${h.drafter.copies})` : initials);
  return `- Lưu: ${parts.join(', ')}.`;
}

export function recipientBlocks(h: BriefHeader): LayoutBlock[] {
  // Each recipient once, one per line, never a ";" inside a line.
  const items = distinctUnits(h.recipients).map((r) => `- ${r};`);
  return [
    line([{ text: 'Nơi nhận:', bold: true, italic: true }], SIZE.recipientsLabel, {
      align: 'left',
    }),
    ...[...items, archiveLine(h)].map((t) =>
      line([{ text: t }], SIZE.recipients, { align: 'left' }),
    ),
  ];
}

/** The signature's columns: a little space inside each, so the two never touch. */
const table = (columnsMm: number[], rows: LayoutBlock[][][]) =>
  borderlessTable(columnsMm, rows, { paddingHMm: 0.5 });

export function signatureSection(h: BriefHeader): LayoutBlock[] {
  if (h.form === 'internal') return [];
  const spacer: LayoutBlock = { kind: 'spacer', heightMm: 4, keepWithNext: true };
  if (h.form === 'minutes') {
    const half = TEXT_WIDTH_MM / 2;
    const secretary = h.secondSignature ?? { title: 'THƯ KÝ', name: '' };
    return [
      spacer,
      table(
        [half, half],
        [
          [
            signerColumn([upper(secretary.title) || 'THƯ KÝ'], secretary.name),
            signerColumn(authorityLines(h.signature), h.signature.name),
          ],
          [[{ kind: 'spacer', heightMm: 4 }, ...recipientBlocks(h)], []],
        ],
      ),
    ];
  }
  return [
    spacer,
    table(
      [...SIGNATURE_COLUMNS_MM],
      [[recipientBlocks(h), signerColumn(authorityLines(h.signature), h.signature.name)]],
    ),
  ];
}
