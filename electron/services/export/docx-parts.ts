// Package parts the `docx` library writes in a way Word dislikes, written here instead (passed
// to Packer as overrides): the footnotes (its separators carry a footnote-reference run, a
// pattern reported to make Word offer to repair the file), the font table (empty, so Word and
// LibreOffice must guess what "Times New Roman" is), and the extended properties (no company).
import type { LayoutFootnote } from '../../../shared/brief/layout';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The one font the document uses, declared with its classification (panose, roman, variable). */
export function fontTableXml(font: string): string {
  return (
    `${XML}<w:fonts xmlns:w="${W}">` +
    `<w:font w:name="${esc(font)}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>` +
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
    '</w:fonts>'
  );
}

export interface FootnoteStyle {
  font: string;
  sizePt: number;
  /** Exact line pitch in twentieths of a point (as the PDF's). */
  lineTwips: number;
  afterTwips: number;
}

/**
 * The notes with the two separator notes Word expects (ids -1 and 0), each holding only its
 * separator run. Each note starts with its reference mark, superscript, then its text.
 */
export function footnotesXml(notes: readonly LayoutFootnote[], s: FootnoteStyle): string {
  const size = Math.round(s.sizePt * 2);
  const rPr = `<w:rPr><w:rFonts w:ascii="${esc(s.font)}" w:hAnsi="${esc(s.font)}" w:cs="${esc(s.font)}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  const plain = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>';
  const separators =
    `<w:footnote w:type="separator" w:id="-1"><w:p>${plain}<w:r><w:separator/></w:r></w:p></w:footnote>` +
    `<w:footnote w:type="continuationSeparator" w:id="0"><w:p>${plain}<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`;
  const body = notes
    .map(
      (n) =>
        `<w:footnote w:id="${n.number}"><w:p><w:pPr><w:spacing w:before="0" w:after="${s.afterTwips}" w:line="${s.lineTwips}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>` +
        `<w:r><w:rPr><w:rFonts w:ascii="${esc(s.font)}" w:hAnsi="${esc(s.font)}" w:cs="${esc(s.font)}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>` +
        `<w:r>${rPr}<w:t xml:space="preserve"> ${esc(n.text)}</w:t></w:r></w:p></w:footnote>`,
    )
    .join('');
  return `${XML}<w:footnotes xmlns:w="${W}">${separators}${body}</w:footnotes>`;
}

/** Extended properties: the organisation as the company, the application that made the file. */
export function appXml(organisation: string): string {
  return (
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>Briefing Desk</Application><Company>${esc(organisation)}</Company></Properties>`
  );
}
