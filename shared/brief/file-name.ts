// The suggested file name of an export (issue 3 §3): number-symbol then abstract,
// "05-TB-VPCP Kết luận của Thủ tướng….docx", safe on Windows, macOS and Linux.
import { nfc } from '../text';
import type { Brief } from './model';
import { symbolOf } from './number-line';

const MAX_STEM = 120;
// Reserved on Windows, plus the C0 controls; slashes of the number-symbol become hyphens.
// eslint-disable-next-line no-control-regex -- control characters are among the unsafe ones
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

export function exportFileName(brief: Brief, format: 'docx' | 'pdf'): string {
  const h = brief.header;
  const symbol = symbolOf(h.numberSymbol, h.form);
  const number =
    h.numberSymbol.number === null ? '' : String(h.numberSymbol.number).padStart(2, '0');
  const code = [number, symbol].filter(Boolean).join('-');
  const title = h.abstract.trim() || h.typeName.trim() || 'van-ban';
  const stem = nfc(`${code} ${title}`)
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STEM)
    .replace(/[ .]+$/, '');
  return `${stem || 'van-ban'}.${format}`;
}
