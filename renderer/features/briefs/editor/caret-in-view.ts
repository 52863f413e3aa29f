// After every key ProseMirror scrolls the caret into view: it walks every ancestor of the editor
// up to the document, asking each for its box and sizes (getBoundingClientRect, offsetWidth,
// clientWidth…), whether or not anything needs to move. In a 100-page brief that walk was
// ~0.4–0.6 ms of each key's ~3 ms of script (bench:typing, CPU profile). While the caret is
// plainly visible — inside every ancestor that clips, below the bars stuck at its top, and
// inside the window — there is nothing to scroll, and a couple of boxes say so. Anywhere else
// (near an edge, in a table that scrolls sideways, a node selection) ProseMirror does its usual
// walk.
//
// Neither ProseMirror nor the browser counts a sticky bar: Ctrl+Home or an arrow key up past
// the top left the caret's line under the brief's title bar (and the formatting toolbar below
// it), which stay stuck at the top of the scroller. Elements marked `data-sticky-top` are such
// bars: the band they cover is taken off the visible area here, and given to ProseMirror's walk
// as its top threshold and margin (read from the same objects on each walk), so that it
// scrolls the caret out from under them.
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The ancestors of an editor that clip (and so may need scrolling), found once per editor. */
const clipping = new WeakMap<Element, Element[]>();

function clippingAncestors(dom: HTMLElement): Element[] {
  const known = clipping.get(dom);
  if (known && known.every((el) => el.isConnected && el.contains(dom))) return known;
  const found: Element[] = [];
  for (let el = dom.parentElement; el; el = el.parentElement) {
    const s = getComputedStyle(el);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') found.push(el);
  }
  clipping.set(dom, found);
  return found;
}

/**
 * The band at the top of a scroller's client area (from `top`) that its stuck bars cover: the
 * title bar, and the formatting toolbar stuck right below it.
 */
function coveredTop(scroller: Element, top: number, editor: HTMLElement): number {
  const bars: DOMRect[] = [];
  for (const bar of scroller.querySelectorAll('[data-sticky-top]'))
    if (!bar.contains(editor)) bars.push(bar.getBoundingClientRect());
  bars.sort((a, b) => a.top - b.top);
  let cover = 0;
  // A bar not (yet) stuck lies further down, in the flow: it covers nothing at the top.
  for (const r of bars) if (r.top <= top + cover + 1) cover = Math.max(cover, r.bottom - top);
  return cover;
}

/** ProseMirror's `scrollThreshold` and `scrollMargin`, as they are read on each walk. */
interface Sides {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Scrolls the caret out from under a stuck bar, when that is where it is: a selection the
 * browser moved itself (Ctrl+Home) is revealed by Blink at the scroller's top edge, and
 * ProseMirror scrolls after it only when the change reached it within 50 ms of the key.
 */
function uncover(view: EditorView): void {
  const caret = view.coordsAtPos(view.state.selection.head, 1);
  for (const el of clippingAncestors(view.dom)) {
    const clientTop = el.getBoundingClientRect().top + el.clientTop;
    const covered = coveredTop(el, clientTop, view.dom);
    if (covered > 0 && caret.bottom > clientTop && caret.top < clientTop + covered) {
      el.scrollTop -= clientTop + covered + 5 - caret.top;
      return;
    }
  }
}

/**
 * The scrolling props of an editor: `handleScrollToSelection` answers "nothing to scroll"
 * while the caret is in view, and otherwise sets the walk's top threshold and margin to the
 * band the stuck bars cover before ProseMirror walks; `uncover` is for every selection change.
 */
export function caretScrolling(): {
  handleScrollToSelection: (view: EditorView) => boolean;
  scrollThreshold: Sides;
  scrollMargin: Sides;
  uncover: (view: EditorView) => void;
} {
  // ProseMirror's defaults: no threshold, a 5 px margin.
  const scrollThreshold: Sides = { top: 0, right: 0, bottom: 0, left: 0 };
  const scrollMargin: Sides = { top: 5, right: 5, bottom: 5, left: 5 };
  return {
    scrollThreshold,
    scrollMargin,
    uncover,
    handleScrollToSelection(view) {
      // What is visible: the window, cut by each clipping ancestor's client area (no
      // scrollbar) less the band its stuck bars cover.
      let top = 0;
      let left = 0;
      let bottom = window.innerHeight;
      let right = window.innerWidth;
      let cover = 0;
      for (const el of clippingAncestors(view.dom)) {
        const box = el.getBoundingClientRect();
        const clientTop = box.top + el.clientTop;
        const covered = coveredTop(el, clientTop, view.dom);
        cover = Math.max(cover, covered);
        top = Math.max(top, clientTop + covered);
        left = Math.max(left, box.left + el.clientLeft);
        bottom = Math.min(bottom, clientTop + el.clientHeight);
        right = Math.min(right, box.left + el.clientLeft + el.clientWidth);
      }
      scrollThreshold.top = cover;
      scrollMargin.top = cover + 5;
      const sel = view.state.selection;
      if (!(sel instanceof TextSelection)) return false;
      const $head = sel.$head;
      for (let d = $head.depth; d > 0; d--) if ($head.node(d).type.spec.tableRole) return false;
      const caret = view.coordsAtPos(sel.head, 1);
      // ProseMirror scrolls an ancestor only when the caret crosses such an edge.
      return (
        caret.top >= top && caret.bottom <= bottom && caret.left >= left && caret.right <= right
      );
    },
  };
}
