// Page numbers (document-format.md §1.9, Decree 30 Appendix I): Arabic numerals from 1, centred
// in the top margin, the first page's not shown; "page numbers restart in each appendix". The
// main text and each appendix are parts numbered on their own, and the three renderings (DOCX,
// PDF, preview) take the number a page prints from here.
//
// The first page of an appendix does not show its number either. An appendix numbered on its
// own is paged as a document of its own, and the rule for a document is that its page 1 is not
// shown; that page opens with the appendix heading ("Phụ lục", the title, "Kèm theo …"), which
// says where it belongs, as the national name and box 1 do on page 1 of the text. A reader of a
// one-page appendix sees no number at all, as on a one-page letter. Nothing in the decree or
// the Mẫu 2.1 model asks for a "1" there, so the one convention holds for every part.

/** Where a page falls: its part (0 the main text, 1 the first appendix…) and its number there. */
export interface PartPage {
  part: number;
  /** From 1 at the part's first page. */
  number: number;
}

/**
 * The part and number within it of an absolute page (1-based), given the absolute page each
 * part starts on (1 for the main text, then each appendix's first page, ascending).
 */
export function pageInPart(page: number, partStarts: readonly number[]): PartPage {
  let part = 0;
  for (let i = 1; i < partStarts.length; i++) if (page >= partStarts[i]!) part = i;
  return { part, number: page - (partStarts[part] ?? 1) + 1 };
}

/** Whether a page prints its number: every page of a part but the part's first. */
export const showsPageNumber = (numberInPart: number): boolean => numberInPart > 1;
