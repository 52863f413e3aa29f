// What comes in through the clipboard or a drop. Word and web pages paste HTML full of styles,
// comments, conditional blocks, hidden text and fonts; cleaning keeps only structure (paragraphs,
// headings, lists, tables, line breaks) and emphasis (bold, italic, underline), and the editor's
// parser then drops whatever its schema has no node for. All text is NFC without control
// characters, since Vietnamese typed on a Mac or copied from a PDF often arrives decomposed.
// Pure functions over strings, bytes and ProseMirror slices, so each rule is tested alone.
import type { Node as PmNode, Slice } from '@tiptap/pm/model';
import {
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  footnoteNode,
  indicatorFigureNode,
  meetingReferenceNode,
  directiveTableNode,
} from '../../../../shared/brief';
import type { Bilingual } from '../../../../shared/result';
// What the text policy forbids (controls, bidi, zero-width, soft hyphens) is removed on paste.
import { stripForbidden } from '../../../../shared/text-policy';

/** A paste bigger than this is refused whole: a brief is not the place for a book. */
export const MAX_PASTE_BYTES = 1024 * 1024;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export const utf8Length = (s: string): number => {
  // Counted, not encoded: a 1 MB paste must not cost a 1 MB copy before it is refused.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
};

/** Two decimals, so a paste just over the limit never reads "1 MB, at most 1 MB". */
const megabytes = (bytes: number, locale: 'vi' | 'en') =>
  (Math.floor((bytes / (1024 * 1024)) * 100) / 100).toLocaleString(
    locale === 'vi' ? 'vi-VN' : 'en-GB',
    { maximumFractionDigits: 2 },
  );

/** The refusal of a paste or drop over 1 MB (HTML or plain text, in UTF-8), or null. */
export function pasteTooLarge(html: string, text: string): Bilingual | null {
  const size = Math.max(utf8Length(html), utf8Length(text));
  if (size <= MAX_PASTE_BYTES) return null;
  return {
    vi: `Nội dung dán quá lớn (${megabytes(size, 'vi')} MB, tối đa 1 MB). Văn bản không thay đổi; hãy dán từng phần.`,
    en: `The pasted content is too large (${megabytes(size, 'en')} MB, at most 1 MB). The document is unchanged; paste it in parts.`,
  };
}

/** Plain text as the body stores it: NFC, no control characters, Windows line ends unified. */
export function cleanPastedText(text: string): string {
  return stripForbidden(text.replace(/\r\n?/g, '\n')).normalize('NFC');
}

const DROP_ELEMENTS =
  'script, style, meta, link, title, head, img, picture, svg, math, video, audio, canvas, iframe, object, embed, form, input, button, select, textarea, xml, template, noscript';

/**
 * Attributes that survive: table spans, a list's start, and the editor's own data attributes
 * (a copy inside the editor carries its footnotes and live references through the clipboard;
 * what they hold is checked against the schema before anything is inserted, see slicePasteProblem).
 */
const KEEP_ATTRIBUTES = new Set([
  'colspan',
  'rowspan',
  'start',
  'data-pm-slice',
  'data-footnote',
  'data-text',
  'data-indicator-figure',
  'data-indicator-id',
  'data-observation-id',
  'data-display',
  'data-snapshot',
  'data-meeting-reference',
  'data-meeting-id',
  'data-title',
  'data-date',
  'data-directive-table',
  'data-variant',
  'data-rows',
  'data-numbered',
  'data-list-style',
  'data-colwidth',
]);

const ALIGNMENTS = ['left', 'center', 'right', 'justify'];
const HIDDEN = /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/i;
const POINT_STYLE = /list-style(?:-type)?\s*:\s*lower-(?:alpha|latin)/i;

interface Emphasis {
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
}

/** What a style attribute says about emphasis: true, false (explicitly off) or null (silent). */
function emphasisOf(style: CSSStyleDeclaration): Emphasis {
  const weight = style.fontWeight;
  const bold =
    weight === '' ? null : weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const italic = style.fontStyle === '' ? null : style.fontStyle === 'italic';
  const decoration = `${style.textDecoration} ${style.textDecorationLine ?? ''}`.trim();
  const underline =
    decoration === ''
      ? null
      : decoration.includes('underline')
        ? true
        : decoration === 'none'
          ? false
          : null;
  return { bold, italic, underline };
}

const EMPHASIS_TAGS: Record<string, keyof Emphasis> = {
  B: 'bold',
  STRONG: 'bold',
  I: 'italic',
  EM: 'italic',
  U: 'underline',
};

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

function cleanElement(doc: Document, el: HTMLElement): void {
  const tag = el.tagName;
  const rawStyle = el.getAttribute('style') ?? '';
  if (HIDDEN.test(rawStyle)) {
    el.remove();
    return;
  }
  const style = el.style;
  const emphasis = emphasisOf(style);
  const align = style.textAlign || el.getAttribute('align') || '';
  const pointList =
    tag === 'OL' &&
    (el.getAttribute('type') === 'a' ||
      POINT_STYLE.test(rawStyle) ||
      el.getAttribute('data-list-style') === 'point');
  for (const attr of [...el.attributes]) {
    if (!KEEP_ATTRIBUTES.has(attr.name)) el.removeAttribute(attr.name);
  }
  // Office's namespaced tags (<o:p>, <w:Sdt>, <v:shape>…) carry nothing a brief keeps but text.
  if (tag.includes(':')) {
    unwrap(el);
    return;
  }
  if ((tag === 'P' || /^H[1-6]$/.test(tag) || tag === 'DIV') && ALIGNMENTS.includes(align)) {
    el.style.textAlign = align;
  }
  if (pointList) el.setAttribute('data-list-style', 'point');
  const markName = EMPHASIS_TAGS[tag];
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all.
  if (markName && emphasis[markName] === false) {
    unwrap(el);
    return;
  }
  // The editor's own live references are spans too; they stay whole (and are checked later).
  const ownNode =
    el.hasAttribute('data-indicator-figure') || el.hasAttribute('data-meeting-reference');
  if (
    !ownNode &&
    (tag === 'SPAN' || tag === 'FONT' || tag === 'A' || tag === 'MARK' || tag === 'SMALL')
  ) {
    // Word and Google Docs mark emphasis with styles on spans, not with <b>/<i>/<u>.
    let inner: Node[] = [...el.childNodes];
    for (const [on, wrapTag] of [
      [emphasis.underline, 'u'],
      [emphasis.italic, 'em'],
      [emphasis.bold, 'strong'],
    ] as const) {
      if (on !== true) continue;
      const wrap = doc.createElement(wrapTag);
      wrap.append(...inner);
      inner = [wrap];
    }
    el.replaceWith(...inner);
  }
}

/**
 * Word/web HTML → HTML holding only structure and emphasis. Comments (Word's conditional
 * `<!--[if …]>` blocks), Office namespaced tags, hidden text, images, scripts and every style,
 * class and font attribute go; a paragraph's alignment and styled emphasis become the schema's
 * attribute and marks; an ordered list lettered a), b) becomes a points list. All text is NFC.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROP_ELEMENTS).forEach((el) => el.remove());
  const comments = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const dead: Node[] = [];
  for (let n = comments.nextNode(); n; n = comments.nextNode()) dead.push(n);
  dead.forEach((n) => n.parentNode?.removeChild(n));
  // Children first, so unwrapping a span never leaves its children unvisited.
  const all = [...doc.body.querySelectorAll('*')].reverse() as HTMLElement[];
  for (const el of all) if (el.isConnected) cleanElement(doc, el);
  const texts = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = texts.nextNode(); n; n = texts.nextNode()) {
    n.nodeValue = stripForbidden(n.nodeValue ?? '').normalize('NFC');
  }
  return doc.body.innerHTML;
}

/** Did the clipboard HTML hold pictures (dropped by cleaning)? The user is told they were left out. */
export const htmlHasImages = (html: string): boolean =>
  /<(img|picture|svg|v:imagedata)\b/i.test(html);

const LIVE_SCHEMAS = {
  footnote: footnoteNode,
  indicatorFigure: indicatorFigureNode,
  meetingReference: meetingReferenceNode,
  directiveTable: directiveTableNode,
} as const;

/**
 * What the parsed paste holds that the body's schema refuses: a table wider or longer than a
 * brief's table may be, or a footnote or live reference whose attributes are not a valid
 * snapshot (pasted HTML imitating the editor's own). Null when the slice may go in.
 */
export function slicePasteProblem(slice: Slice): Bilingual | null {
  let problem: Bilingual | null = null;
  const check = (node: PmNode): boolean => {
    if (problem) return false;
    const name = node.type.name;
    if (name === 'table') {
      const cols = Math.max(0, ...mapChildren(node, (row) => row.childCount));
      if (node.childCount > MAX_TABLE_ROWS || cols > MAX_TABLE_COLUMNS) {
        problem = {
          vi: `Bảng dán vào quá lớn (${node.childCount} dòng × ${cols} cột; tối đa ${MAX_TABLE_ROWS} dòng và ${MAX_TABLE_COLUMNS} cột). Văn bản không thay đổi.`,
          en: `The pasted table is too large (${node.childCount} rows × ${cols} columns; at most ${MAX_TABLE_ROWS} rows and ${MAX_TABLE_COLUMNS} columns). The document is unchanged.`,
        };
        return false;
      }
    }
    if (name in LIVE_SCHEMAS) {
      const schema = LIVE_SCHEMAS[name as keyof typeof LIVE_SCHEMAS];
      if (!schema.safeParse(node.toJSON()).success) {
        problem = {
          vi: 'Nội dung dán có chú thích hoặc số liệu liên kết không hợp lệ nên không được dán. Văn bản không thay đổi.',
          en: 'The pasted content holds a footnote or live reference that is not valid, so it was not pasted. The document is unchanged.',
        };
      }
      return false;
    }
    return true;
  };
  slice.content.forEach((node) => {
    if (check(node)) node.descendants(check);
  });
  return problem;
}

function mapChildren<T>(node: PmNode, f: (child: PmNode) => T): T[] {
  const out: T[] = [];
  node.forEach((child) => out.push(f(child)));
  return out;
}

export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp';

/** What the bytes are, by their signature — never by the file name or the claimed type. */
export function imageKind(head: Uint8Array): ImageKind | null {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, k) => head[i + k] === b);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38) && (at(4, 0x37, 0x61) || at(4, 0x39, 0x61))) return 'gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}

/** Bytes needed to tell an image: the longest signature (WebP's RIFF….WEBP). */
export const IMAGE_SIGNATURE_BYTES = 16;

/**
 * A pasted or dropped file, checked. The body has no picture node yet (official briefs carry
 * figures as text and tables), so even a valid image is not inserted: the user is told why,
 * and a file that only claims to be an image, or a huge one, gets its own reason.
 */
export function imageRefusal(name: string, size: number, head: Uint8Array): Bilingual {
  if (imageKind(head) === null)
    return {
      vi: `Tệp "${name}" không phải là ảnh (nội dung không khớp định dạng PNG, JPEG, GIF hay WebP). Không có gì được chèn.`,
      en: `"${name}" is not an image (its content is not PNG, JPEG, GIF or WebP). Nothing was inserted.`,
    };
  if (size > MAX_IMAGE_BYTES)
    return {
      vi: `Ảnh "${name}" quá lớn (${megabytes(size, 'vi')} MB, tối đa 5 MB). Không có gì được chèn.`,
      en: `The image "${name}" is too large (${megabytes(size, 'en')} MB, at most 5 MB). Nothing was inserted.`,
    };
  return {
    vi: `Nội dung văn bản chưa hỗ trợ chèn ảnh; ảnh "${name}" không được chèn. Hãy đưa số liệu vào bảng hoặc ghi thành chữ.`,
    en: `Images are not yet part of the document body; "${name}" was not inserted. Put the figures in a table or in words.`,
  };
}

export const IMAGES_LEFT_OUT: Bilingual = {
  vi: 'Nội dung đã được dán; hình ảnh trong đó được bỏ qua vì nội dung văn bản chưa hỗ trợ ảnh.',
  en: 'The content was pasted; the pictures in it were left out, as the document body does not hold images yet.',
};
