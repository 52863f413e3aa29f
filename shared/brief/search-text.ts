// What search sees of a brief (issue 13 §6): its title as the lists show it, and the plain
// text a reader sees — one field per paragraph, so a snippet is cut from the paragraph that
// matched and the search folds only the paragraphs it needs. Figures, meeting references,
// footnotes, task tables and chart captions count as text: they are printed in the document.
import { leafBlocks, type BodyBlock, type InlineNode } from './body';
import type { Brief } from './model';
import { numberLine } from './number-line';

/**
 * "Báo cáo: Tình hình thực hiện…": how every list names a brief (search, the trash and history,
 * the register, the CLI, the send panel) from its type name and abstract; '' when both are blank.
 */
export const briefLabel = (typeName: string, abstract: string): string =>
  [typeName, abstract].filter((s) => s.trim() !== '').join(': ');

export const briefTitleOf = (brief: Brief): string =>
  briefLabel(brief.header.typeName, brief.header.abstract);

function inlineText(nodes: readonly InlineNode[]): { line: string; notes: string[] } {
  let line = '';
  const notes: string[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        line += n.text;
        break;
      case 'hardBreak':
        line += ' ';
        break;
      case 'footnote':
        notes.push(n.attrs.text);
        break;
      case 'indicatorFigure':
        line += ` ${n.attrs.snapshot.indicatorName} `;
        break;
      case 'meetingReference':
        line += n.attrs.title;
        break;
    }
  }
  return { line, notes };
}

/** The paragraphs of a body in reading order (iterative: bodies can be deep and long). */
export function bodyParagraphs(blocks: readonly BodyBlock[]): string[] {
  const out: string[] = [];
  for (const b of leafBlocks(blocks)) {
    switch (b.type) {
      case 'paragraph':
      case 'heading': {
        const { line, notes } = inlineText(b.content ?? []);
        if (line.trim() !== '') out.push(line);
        out.push(...notes);
        break;
      }
      case 'directiveTable':
        for (const r of b.attrs.rows) out.push(r.task);
        break;
      case 'chart':
        if (b.attrs.caption.trim() !== '') out.push(b.attrs.caption);
        break;
    }
  }
  return out;
}

/** The brief's search document: the title, then its number line and the body's paragraphs. */
export function briefSearchText(brief: Brief): { title: string; fields: string[] } {
  const number = numberLine(brief.header.numberSymbol, brief.header.form) ?? '';
  return {
    title: briefTitleOf(brief),
    fields: [number, ...bodyParagraphs(brief.body.content)].filter((f) => f.trim() !== ''),
  };
}
