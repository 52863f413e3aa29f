// @vitest-environment jsdom
// Pasting into the editor as a user does, from Word, from a web page, as plain text, as files,
// and copying inside the editor: what ends up in the saved body, and what is refused with the
// document exactly as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, waitFor } from '@testing-library/react';
import { bodyDoc, indicatorFigure, type BodyDoc } from '../../../../shared/brief';
import { sampleContext } from '../../brief/fixtures';
import { cursorAtEnd, doc, mountEditor, para, paste } from './helpers';

afterEach(cleanup);

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:""}</style></head><body>
<!--StartFragment--><p class=MsoNormal style='text-align:justify'><span style='font-size:14.0pt;font-family:"Times New Roman"'>Tăng trưởng </span><b><span style='font-size:14.0pt'>GDP</span></b><o:p></o:p></p>
<p class=MsoNormal align=center style='text-align:center'><i><span style='font-size:14.0pt'>Hà Nội</span></i></p>
<img src="file:///C:/clip_image001.png"><!--EndFragment--></body></html>`;

describe('pasting text', () => {
  it('from Word: clean paragraphs, marks and alignment, nothing else, a valid body; pictures left out with a notice', () => {
    const m = mountEditor(doc(para('Mở đầu')));
    cursorAtEnd(m);
    paste(m.pm(), { html: WORD_HTML, text: 'Tăng trưởng GDP\nHà Nội' });
    const saved = m.saved();
    expect(saved).toEqual(
      doc(
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Mở đầuTăng trưởng ' },
            { type: 'text', text: 'GDP', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'paragraph',
          attrs: { textAlign: 'center' },
          content: [{ type: 'text', text: 'Hà Nội', marks: [{ type: 'italic' }] }],
        },
      ),
    );
    expect(bodyDoc.safeParse(saved).success).toBe(true);
    expect(m.changes.at(-1)).toEqual(saved);
    expect(m.notices).toHaveLength(1);
    expect(m.notices[0]!.vi).toMatch(/hình ảnh.*bỏ qua/);
  });

  it('decomposed Vietnamese (NFD), as plain text or HTML, is stored composed (NFC)', () => {
    const nfd = 'Hội nhập quốc tế'.normalize('NFD');
    const m = mountEditor(doc(para('A')));
    cursorAtEnd(m);
    paste(m.pm(), { text: ` ${nfd}` });
    paste(m.pm(), { html: `<p>${nfd}</p>`, text: nfd });
    const text = JSON.stringify(m.saved());
    expect(text).toContain('Hội nhập quốc tế');
    expect(text).not.toContain(nfd);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('a 1 MB paste is refused whole with a notice in both languages; the document stays exactly as it was', () => {
    const body = doc(para('Nội dung đã có'));
    const m = mountEditor(body);
    cursorAtEnd(m);
    const big = 'Hội nhập '.repeat(100_000); // 1.1 MB in UTF-8
    const event = paste(m.pm(), { text: big, html: `<p>${big}</p>` });
    expect(event.defaultPrevented).toBe(true);
    expect(m.notices).toHaveLength(1);
    expect(m.notices[0]!.vi).toMatch(/quá lớn.*tối đa 1 MB/);
    expect(m.notices[0]!.en).toMatch(/too large.*at most 1 MB/);
    expect(m.changes).toEqual([]);
    expect(m.saved()).toEqual(body);
    expect(m.editor().can().undo()).toBe(false);
  });

  it('a table of 31 columns is refused; the document stays as it was', () => {
    const body = doc(para('Bảng'));
    const m = mountEditor(body);
    cursorAtEnd(m);
    paste(m.pm(), { html: `<table><tr>${'<td>ô</td>'.repeat(31)}</tr></table>`, text: 'ô' });
    expect(m.notices[0]?.vi).toMatch(/31 cột/);
    expect(m.saved()).toEqual(body);
  });
});

describe('pasting files', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  it('an image, a file named like one, and a 6 MB image: nothing inserted, each its own notice', async () => {
    const body = doc(para('Không ảnh'));
    const m = mountEditor(body);
    cursorAtEnd(m);
    paste(m.pm(), { files: [new File([PNG], 'bieu-do.png', { type: 'image/png' })] });
    paste(m.pm(), {
      files: [new File(['MZ\u0090 not an image'], 'anh.png', { type: 'image/png' })],
    });
    const huge = new Uint8Array(6 * 1024 * 1024);
    huge.set(PNG);
    paste(m.pm(), { files: [new File([huge], 'lon.jpg', { type: 'image/jpeg' })] });
    await waitFor(() => expect(m.notices).toHaveLength(3));
    const vi = m.notices.map((n) => n.vi).sort();
    expect(vi.find((v) => v.includes('bieu-do.png'))).toMatch(/chưa hỗ trợ chèn ảnh/);
    expect(vi.find((v) => v.includes('anh.png'))).toMatch(/không phải là ảnh/);
    expect(vi.find((v) => v.includes('lon.jpg'))).toMatch(/quá lớn \(6 MB, tối đa 5 MB\)/);
    expect(m.notices.every((n) => n.en.length > 20)).toBe(true);
    expect(m.saved()).toEqual(body);
    expect(m.changes).toEqual([]);
  });

  it('a copy from Word that carries a picture of itself pastes its text, not a refusal', () => {
    const m = mountEditor(doc(para('X')));
    cursorAtEnd(m);
    paste(m.pm(), {
      html: '<p>Chỉ đạo</p>',
      text: 'Chỉ đạo',
      files: [new File([PNG], 'image.png', { type: 'image/png' })],
    });
    expect(JSON.stringify(m.saved())).toContain('Chỉ đạo');
    expect(m.notices).toEqual([]);
  });

  it('a dropped file is refused the same way', async () => {
    const body = doc(para('Thả tệp'));
    const m = mountEditor(body);
    const drop = Object.assign(new Event('drop', { bubbles: true, cancelable: true }), {
      dataTransfer: {
        files: [new File(['%PDF-1.7'], 'bao-cao.pdf')],
        getData: () => '',
        types: ['Files'],
      },
      clientX: 0,
      clientY: 0,
    });
    act(() => {
      m.pm().dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(true);
    await waitFor(() => expect(m.notices).toHaveLength(1));
    expect(m.notices[0]!.vi).toMatch(/"bao-cao.pdf" không phải là ảnh/);
    expect(m.saved()).toEqual(body);
  });
});

describe('copying inside the editor', () => {
  it('a figure copied and pasted keeps its snapshot, so the copy prints the same and can go stale too', () => {
    const ctx = sampleContext();
    const gdp = ctx.indicators.find((i) => i.observations.some((o) => o.value === 7.52))!;
    const h1 = gdp.observations.find((o) => o.value === 7.52)!;
    const figure = indicatorFigure(gdp, h1);
    const body: BodyDoc = doc({
      type: 'paragraph',
      content: [{ type: 'text', text: 'GDP tăng ' }, figure],
    });
    const m = mountEditor(body);
    const view = m.editor().view;
    const { dom } = view.serializeForClipboard(view.state.doc.slice(10, 11));
    cursorAtEnd(m);
    paste(m.pm(), { html: dom.innerHTML, text: dom.textContent ?? '' });
    const inline = (m.saved().content[0] as { content: unknown[] }).content;
    expect(inline).toEqual([{ type: 'text', text: 'GDP tăng ' }, figure, figure]);
    expect(m.notices).toEqual([]);
    m.rerender({ staleFigures: [h1.id] });
    expect(m.pm().querySelectorAll('[data-stale="true"]')).toHaveLength(2);
  });
});
