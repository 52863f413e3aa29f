// Printing the open brief exactly as its A4 preview: while the preview is on screen the body
// carries `print-brief`, which the print stylesheet (styles/print-brief.css) turns into "print
// the preview's pages and nothing else". The browser host prints with Chromium's own dialog
// (Ctrl+P or the button); the Electron shell's window.print() goes to webContents.print.
import { useEffect } from 'react';
import { isPrintKey, printAfterPaint } from '../../../lib/print';

export { printAfterPaint };

export const PRINT_CLASS = 'print-brief';

/** Marks the document for printing the brief while the calling component is mounted. */
export function usePrintableBrief(): void {
  useEffect(() => {
    document.body.classList.add(PRINT_CLASS);
    return () => document.body.classList.remove(PRINT_CLASS);
  }, []);
}

/** Ctrl+P / ⌘P anywhere in the brief workspace: show the preview, then print it. */
export function usePrintShortcut(showPreview: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isPrintKey(e)) {
        e.preventDefault();
        showPreview();
        printAfterPaint();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [showPreview]);
}
