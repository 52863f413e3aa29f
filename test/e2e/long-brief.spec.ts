// A 100-page body in the editor, where Blink draws only the blocks near the screen
// (content-visibility in brief-editor.css): what lies far from the screen is still there for
// the author. Find in page reaches it, Ctrl+A selects and copies all of it, Ctrl+End and
// Ctrl+Home bring the caret's line into view (below the title bar stuck at the top), typing on
// past the bottom keeps it there, an arrow key up brings the line above out from under the bar,
// and a footnote's text shows whole below the last line of its paragraph (the containment would
// clip it there).
import { test, expect, type Page } from '@playwright/test';
import { briefFromMeeting, browserHostWithSample } from './steps';

const PARAGRAPHS = 330;
const FAR = 'Quảng Trị tổng kết mô hình hợp tác xã kiểu mới';
const sentence =
  'Tiếp tục đẩy mạnh hội nhập quốc tế sâu rộng, hiệu quả; Đắk Lắk, Cà Mau báo cáo kết quả quý III/2025. ';
const paragraph = sentence.repeat(9);

type Pm = {
  commands: { insertContentAt(pos: number, c: unknown): boolean; focus(pos: string): boolean };
  state: { doc: { content: { size: number } }; selection: { from: number; to: number } };
};

/** The caret's (or selection focus's) rectangle lies inside the editor's scrolled view. */
function caretInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const sel = getSelection()!;
    const range = document.createRange();
    range.setStart(sel.focusNode!, sel.focusOffset);
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const view = document.querySelector('.brief-editor__page')!.getBoundingClientRect();
    return r.bottom > view.top && r.top < view.bottom;
  });
}

/**
 * The caret's rectangle as the editor computes it (an empty paragraph has no text to measure),
 * the editor page's top and visible bottom, and the bottom of the brief's title bar.
 */
function caretPlace(page: Page) {
  return page.evaluate(() => {
    type View = {
      state: { selection: { head: number } };
      coordsAtPos(pos: number): { top: number; bottom: number };
    };
    const pm = document.querySelector('.ProseMirror') as unknown as { editor: { view: View } };
    const view = pm.editor.view;
    const { top, bottom } = view.coordsAtPos(view.state.selection.head);
    const el = document.querySelector('.brief-editor__page')!;
    const box = el.getBoundingClientRect();
    const bar = document.querySelector('.brief-main > .editor-bar')!.getBoundingClientRect();
    return {
      top,
      bottom,
      pageTop: box.top,
      visibleBottom: Math.min(box.top + el.clientTop + el.clientHeight, window.innerHeight),
      barBottom: bar.bottom,
    };
  });
}

/** The caret lies wholly inside the editor page's visible client area. */
async function caretWhollyInView(page: Page): Promise<boolean> {
  const c = await caretPlace(page);
  return c.bottom > c.top && c.top >= c.pageTop && c.bottom <= c.visibleBottom;
}

/**
 * The caret lies below the brief's title bar, which stays stuck at the top of the scroller
 * (ProseMirror and the browser alike would leave a line scrolled to the top under it).
 */
async function caretBelowTitleBar(page: Page): Promise<boolean> {
  const c = await caretPlace(page);
  return c.top >= c.barBottom;
}

// The browser host's app is started by the steps, not by Playwright's fixtures.
// eslint-disable-next-line no-empty-pattern
test('a 100-page body: find, select all, jump to either end, a footnote on a last line', async ({}, info) => {
  const app = await browserHostWithSample(info);
  const { page } = app;
  try {
    await briefFromMeeting(page, 'conclusion-notice');
    const body = page.getByTestId('brief-body');
    await expect(body).toBeVisible();
    // 330 paragraphs of ~850 characters; one far down holds FAR, and the one before the last
    // ends with a footnote mark (on its last line).
    await page.evaluate(
      ([p, n, far]) => {
        const editor = (document.querySelector('.ProseMirror') as unknown as { editor: Pm }).editor;
        const content = Array.from({ length: n }, (_, i) => ({
          type: 'paragraph',
          content:
            i === n - 2
              ? [
                  { type: 'text', text: p },
                  { type: 'footnote', attrs: { text: 'Báo cáo số 12/BC-BNG ngày 20/8/2025' } },
                ]
              : [{ type: 'text', text: i === 250 ? `${p}${far}.` : p }],
        }));
        editor.commands.insertContentAt(editor.state.doc.content.size, content);
        editor.commands.focus('start');
      },
      [paragraph, PARAGRAPHS, FAR] as const,
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll('.brief-body > p').length > n,
      PARAGRAPHS,
    );

    // Find in page reaches a paragraph ~75 pages down and shows it.
    expect(
      await page.evaluate(
        (far) => (window as unknown as { find(s: string): boolean }).find(far),
        FAR,
      ),
    ).toBe(true);
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(FAR);
    await expect.poll(() => caretInView(page)).toBe(true);

    // Ctrl+A selects the whole body, and the selection copies every paragraph's text.
    await body.click();
    await page.keyboard.press('Control+a');
    const copied = await page.evaluate(() => getSelection()!.toString());
    expect(copied).toContain(FAR);
    expect(copied.split(paragraph.trim()).length - 1).toBeGreaterThanOrEqual(PARAGRAPHS);

    // Ctrl+End and Ctrl+Home: the caret goes to either end and its line is on screen.
    await page.keyboard.press('Control+End');
    await expect.poll(() => caretInView(page)).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const e = (document.querySelector('.ProseMirror') as unknown as { editor: Pm }).editor;
          return e.state.doc.content.size - e.state.selection.from;
        }),
      )
      .toBe(1);

    // Typing on at the end: each new line past the bottom of the view scrolls it along, the
    // caret wholly in view (caret-in-view.ts lets ProseMirror skip its scroll only while the
    // caret is inside every clipping ancestor).
    // (Enter is ProseMirror's own, not the browser's: only ProseMirror scrolls for it.)
    await page.keyboard.type(' Dòng mới');
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Enter');
      expect(await caretWhollyInView(page), `line ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('Control+Home');
    await expect.poll(() => caretInView(page)).toBe(true);
    await expect.poll(() => caretBelowTitleBar(page)).toBe(true);
    // A key while the caret is in view moves nothing.
    const scroller = page.locator('.brief-main');
    const before = await scroller.evaluate((el) => el.scrollTop);
    await page.keyboard.type('Kính gửi ');
    expect(await scroller.evaluate((el) => el.scrollTop)).toBe(before);
    expect(await caretWhollyInView(page)).toBe(true);
    expect(await caretBelowTitleBar(page)).toBe(true);

    // An arrow key up from a line just below the title bar: the line above comes out from
    // under the bar, not only to the scroller's top edge.
    await page.keyboard.press('Control+End');
    await expect.poll(() => caretInView(page)).toBe(true);
    // ~100 pages down, the formatting toolbar is still at hand, stuck right below the title bar.
    const toolbar = page.getByTestId('brief-toolbar');
    await expect(toolbar).toBeInViewport();
    const [barBottom, toolbarTop] = await toolbar.evaluate((el) => [
      document.querySelector('.brief-main > .editor-bar')!.getBoundingClientRect().bottom,
      el.getBoundingClientRect().top,
    ]);
    expect(Math.abs(toolbarTop! - barBottom!)).toBeLessThanOrEqual(1);
    await page.evaluate(() => {
      const main = document.querySelector('.brief-main')!;
      const bar = main.querySelector(':scope > .editor-bar')!.getBoundingClientRect();
      type View = {
        state: { selection: { head: number } };
        coordsAtPos(pos: number): { top: number };
      };
      const pm = document.querySelector('.ProseMirror') as unknown as { editor: { view: View } };
      const view = pm.editor.view;
      const caret = view.coordsAtPos(view.state.selection.head);
      // The caret's line a few pixels below the bar.
      main.scrollTop += caret.top - bar.bottom - 4;
    });
    expect(await caretBelowTitleBar(page)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => caretBelowTitleBar(page)).toBe(true);

    // The footnote at the end of its paragraph shows its text below that paragraph's last line.
    const mark = body.getByTestId('brief-footnote');
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect(mark).toHaveCSS('cursor', 'pointer');
    const bubble = await mark.evaluate((sup) => getComputedStyle(sup, '::after').content);
    expect(bubble).toContain('Báo cáo số 12/BC-BNG');
    // A point inside the bubble, below the paragraph, is the mark's (its ::after) once the
    // hover has been drawn.
    await expect
      .poll(() =>
        mark.evaluate((sup) => {
          const p = sup.closest('p')!.getBoundingClientRect();
          const s = sup.getBoundingClientRect();
          return document.elementFromPoint(s.left + 8, p.bottom + 6) === sup;
        }),
      )
      .toBe(true);
  } finally {
    await app.close();
  }
});
