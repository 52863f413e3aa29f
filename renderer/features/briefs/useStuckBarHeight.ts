// The brief's title bar sticks at the top of its scroller and the formatting toolbar sticks
// right below it, so the toolbar's `top` must follow the title bar's height (one or two lines
// of title, actions that wrap on a narrow window): a callback ref for the scroller that keeps
// `--stuck-bar-height` on it equal to its stuck bar's height.
import { useCallback, useRef } from 'react';

export function useStuckBarHeight(): (scroller: HTMLElement | null) => void {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((scroller: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    const bar = scroller?.querySelector(':scope > [data-sticky-top]');
    if (!scroller || !bar) return;
    const follow = () =>
      scroller.style.setProperty('--stuck-bar-height', `${bar.getBoundingClientRect().height}px`);
    follow();
    // Every browser the app runs in has it; a DOM without layout (jsdom, tests) does not.
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(follow);
    observer.current.observe(bar);
  }, []);
}
