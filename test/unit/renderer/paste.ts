// A plain-text paste as the browser fires it: a cancelable `paste` event whose clipboard holds
// `text`. Fields that refuse a paste past their limit, and tables that split an Excel paste
// into rows, are tested through it; the event comes back so a test can ask whether the field
// refused it (`defaultPrevented`). The rich editor's pastes (HTML, files) are in
// brief-editor/helpers.tsx.
import { fireEvent } from '@testing-library/react';

export function pasteText(target: Element, text: string): Event {
  const paste = new Event('paste', { bubbles: true, cancelable: true }) as Event & {
    clipboardData: unknown;
  };
  paste.clipboardData = { getData: () => text };
  fireEvent(target, paste);
  return paste;
}
