// Printing what a page lays out for paper (the brief's A4 preview, a register's table): the
// browser host prints with Chromium's own dialog, the Electron shell's window.print() goes to
// webContents.print. Both wait for the next paint, so what was just mounted is laid out.

/** Prints after the next paint. */
export function printAfterPaint(): void {
  requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
}

/** True for Ctrl+P / ⌘P without other modifiers. */
export function isPrintKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p';
}
