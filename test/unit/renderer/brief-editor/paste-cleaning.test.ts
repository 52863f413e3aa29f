// @vitest-environment jsdom
// What a paste from Word, Google Docs or a web page leaves of itself, and what is refused: a
// paste over 1 MB, a table or live reference the schema cannot hold, a file that only claims to
// be an image, a huge image, and any image at all (the body holds no pictures yet), each with
// its own bilingual reason.
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { DOMParser as PmParser, Slice } from '@tiptap/pm/model';
import {
  MAX_PASTE_BYTES,
  cleanPastedHtml,
  cleanPastedText,
  htmlHasImages,
  imageKind,
  imageRefusal,
  pasteTooLarge,
  slicePasteProblem,
  utf8Length,
} from '../../../../renderer/features/briefs/editor/paste-cleaning';
import { briefExtensions } from '../../../../renderer/features/briefs/editor/schema';

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{font-family:"Times New Roman";mso-style-parent:""}</style></head>
<body lang=VI style='tab-interval:36.0pt'><!--StartFragment-->
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<p class=MsoNormal style='text-align:justify;mso-line-height-alt:12pt'><span lang=VI style='font-size:14.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman"'>Tăng trưởng </span><b><span style='font-size:14.0pt'>GDP</span></b><span style='mso-spacerun:yes'> </span><span style='display:none;mso-hide:all'>ẩn</span><o:p></o:p></p>
<p class=MsoNormal align=center style='text-align:center'><i><span style='font-size:14.0pt'>Hà Nội</span></i><!--[if supportFields]><span style='mso-element:field-begin'></span> PAGE <![endif]--></p>
<p class=MsoNormal><span style='font-weight:bold;text-decoration:underline'>Kết luận</span></p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse;mso-yfti-tbllook:1184'><tr><td width=200 valign=top style='width:150pt'><p class=MsoNormal>Chỉ tiêu<o:p></o:p></p></td><td colspan=2 style='width:100pt'><p class=MsoNormal>Giá trị</p></td></tr></table>
<img width=100 src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"><v:shape id="_x0000_i1025"><v:imagedata src="clip.png"/></v:shape>
<script>alert(1)</script><!--EndFragment--></body></html>`;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;
const schema = getSchema(briefExtensions());
const sliceOf = (html: string) => PmParser.fromSchema(schema).parseSlice(parse(html));

describe('cleaning pasted HTML', () => {
  it('keeps Word’s paragraphs, alignment, emphasis and table; drops styles, Office tags, comments, hidden text, images and scripts', () => {
    const out = cleanPastedHtml(WORD_HTML);
    expect(out).not.toMatch(
      /mso|class=|font-family|lang=|<o:p|<v:|<img|<script|<!--|WordDocument|width=|ẩn/,
    );
    const body = parse(out);
    const ps = [...body.querySelectorAll(':scope > p')];
    expect(ps.map((p) => p.textContent)).toEqual(['Tăng trưởng GDP ', 'Hà Nội', 'Kết luận']);
    expect(ps[0]!.querySelector('b')?.textContent).toBe('GDP');
    expect((ps[0] as HTMLElement).style.textAlign).toBe('justify');
    expect(ps[1]!.querySelector('i')?.textContent).toBe('Hà Nội');
    expect((ps[1] as HTMLElement).style.textAlign).toBe('center');
    expect(ps[2]!.querySelector('strong > u, u > strong, strong u')?.textContent).toBe('Kết luận');
    expect(body.querySelector('td[colspan="2"]')?.textContent).toBe('Giá trị');
  });

  it('what the editor makes of a Word paste is only the schema’s nodes, marks and attributes', () => {
    const json = sliceOf(cleanPastedHtml(WORD_HTML)).content.toJSON() as { type: string }[];
    expect(json.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'table']);
    expect(json[1]).toMatchObject({
      attrs: { textAlign: 'center' },
      content: [{ text: 'Hà Nội', marks: [{ type: 'italic' }] }],
    });
    expect(JSON.stringify(json)).not.toMatch(/image|link|strike|code|font/);
  });

  it('does not make a whole Google Docs paste bold (its wrapper is <b style="font-weight:normal">)', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr"><span style="font-size:11pt;font-weight:700;">Mục tiêu</span><span style="font-size:11pt;font-weight:400;"> năm 2026</span></p></b>';
    const body = parse(cleanPastedHtml(html));
    expect(body.querySelectorAll('b')).toHaveLength(0);
    expect([...body.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(['Mục tiêu']);
    expect(body.textContent).toBe('Mục tiêu năm 2026');
  });

  it('turns a list lettered a), b) (type="a" or lower-alpha) into a points list', () => {
    const body = parse(
      cleanPastedHtml(
        '<ol type="a"><li>Một</li></ol><ol style="list-style-type: lower-alpha"><li>Hai</li></ol><ol><li>Ba</li></ol>',
      ),
    );
    expect([...body.querySelectorAll('ol')].map((o) => o.getAttribute('data-list-style'))).toEqual([
      'point',
      'point',
      null,
    ]);
    const lists = sliceOf(body.innerHTML).content.toJSON() as { attrs: { listStyle: string } }[];
    expect(lists.map((l) => l.attrs.listStyle)).toEqual(['point', 'point', 'decimal']);
  });

  it('drops links but keeps their words; drops code, quotes and rules as such, keeping the text', () => {
    const html =
      '<p>Xem <a href="https://example.org" style="color:blue">cổng thông tin</a></p><pre><code>mã</code></pre><blockquote><p>trích</p></blockquote><hr><p><s>gạch</s></p>';
    const json = JSON.stringify(sliceOf(cleanPastedHtml(html)).content.toJSON());
    expect(json).toContain('cổng thông tin');
    expect(json).toContain('trích');
    expect(json).not.toMatch(/"link"|"code|"blockquote"|"horizontalRule"|"strike"|example\.org/);
  });

  it('normalises decomposed Vietnamese (NFD) to NFC and removes control characters', () => {
    const nfd = 'Hội nhập quốc tế'.normalize('NFD');
    expect(nfd).not.toBe('Hội nhập quốc tế');
    expect(parse(cleanPastedHtml(`<p>${nfd}\u0007</p>`)).textContent).toBe('Hội nhập quốc tế');
    expect(cleanPastedText(nfd)).toBe('Hội nhập quốc tế');
    expect(cleanPastedText('a\u0007b\r\nc\rd\u0000\te')).toBe('ab\nc\nd\te');
  });

  it('notices pictures in the HTML, which cleaning leaves out', () => {
    expect(htmlHasImages(WORD_HTML)).toBe(true);
    expect(htmlHasImages('<p>chữ</p>')).toBe(false);
  });
});

describe('refusing a paste', () => {
  it('over 1 MB in UTF-8 (HTML or text), with a message in both languages; one byte less is accepted', () => {
    expect(utf8Length('ađ€😀')).toBe(1 + 2 + 3 + 4);
    const big = 'đ'.repeat(MAX_PASTE_BYTES / 2 + 1);
    const refusal = pasteTooLarge('', big);
    expect(refusal?.vi).toMatch(/quá lớn.*tối đa 1 MB.*không thay đổi/);
    expect(refusal?.en).toMatch(/too large.*at most 1 MB.*unchanged/);
    expect(pasteTooLarge(`<p>${big}</p>`, 'ngắn')).not.toBeNull();
    expect(pasteTooLarge('', 'a'.repeat(MAX_PASTE_BYTES))).toBeNull();
    // Just over the limit still reads as over it.
    expect(pasteTooLarge('', 'a'.repeat(MAX_PASTE_BYTES + 20_000))?.vi).toMatch(
      /\(1,01 MB, tối đa 1 MB\)/,
    );
  });

  it('a table wider than 30 columns or a forged live reference, before anything is inserted', () => {
    const wide = `<table><tr>${'<td>x</td>'.repeat(31)}</tr></table>`;
    expect(slicePasteProblem(sliceOf(wide))?.vi).toMatch(/31 cột/);
    expect(
      slicePasteProblem(sliceOf(`<table><tr>${'<td>x</td>'.repeat(30)}</tr></table>`)),
    ).toBeNull();
    const forged =
      '<p>GDP <span data-indicator-figure data-snapshot="{&quot;value&quot;:&quot;nhiều&quot;}">999%</span></p>';
    expect(slicePasteProblem(sliceOf(cleanPastedHtml(forged)))?.en).toMatch(/not valid/);
    expect(slicePasteProblem(sliceOf('<p>Chữ thường</p>'))).toBeNull();
    expect(slicePasteProblem(Slice.empty)).toBeNull();
  });
});

describe('pasted or dropped files', () => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  it('are told apart by their bytes, not their name', () => {
    expect(imageKind(new Uint8Array(PNG))).toBe('png');
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(imageKind(new TextEncoder().encode('GIF89a'))).toBe('gif');
    expect(imageKind(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(imageKind(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(imageKind(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(imageKind(new Uint8Array([]))).toBeNull();
  });

  it('a file that is not an image, a huge image and a valid image each get their own reason', () => {
    const fake = imageRefusal('bieu-do.png', 1000, new TextEncoder().encode('MZ\x90\x00'));
    const huge = imageRefusal('anh.png', 12 * 1024 * 1024, new Uint8Array(PNG));
    const ok = imageRefusal('anh.png', 1000, new Uint8Array(PNG));
    expect(fake.vi).toMatch(/"bieu-do.png" không phải là ảnh/);
    expect(fake.en).toMatch(/is not an image/);
    expect(huge.vi).toMatch(/quá lớn \(12 MB, tối đa 5 MB\)/);
    expect(huge.en).toMatch(/too large \(12 MB, at most 5 MB\)/);
    expect(ok.vi).toMatch(/chưa hỗ trợ chèn ảnh/);
    expect(ok.en).toMatch(/not yet part of the document body/);
    expect(new Set([fake.vi, huge.vi, ok.vi]).size).toBe(3);
  });
});
