// The editor's JSON → the stored body's shape. TipTap adds attributes the schema does not have
// (an ordered list's `type`, `textAlign: null` on every paragraph) and omits none we need; this
// keeps exactly the schema's attributes, written the way the templates write them, so a body
// loaded and saved without an edit is byte-for-byte the body that was loaded. What the editor
// can hold but the schema cannot (a control character typed in, a pasted run longer than one
// text node may be, a width out of range) is brought within the schema here, so a save never
// fails on the editor's own output.
import type { JSONContent } from '@tiptap/core';
import type {
  BodyBlock,
  BodyDoc,
  InlineNode,
  ListItemNode,
  TableCellNode,
  TableRowNode,
  TextMark,
} from '../../../../shared/brief';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, MAX_TEXT_NODE } from '../../../../shared/brief';
import { nfc } from '../../../../shared/text';

// Line breaks are hardBreak nodes, so a newline inside a text node reads as a space.
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Splits a long run into pieces the schema accepts, never between a surrogate pair. */
function pieces(text: string): string[] {
  if (text.length <= MAX_TEXT_NODE) return [text];
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + MAX_TEXT_NODE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

const clampInt = (v: unknown, min: number, max: number, fallback: number): number => {
  const n = Math.round(Number(v));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

const blocks = (nodes: JSONContent[] | undefined): BodyBlock[] => (nodes ?? []).flatMap(block);

const MARKS = new Set(['bold', 'italic', 'underline']);

function inline(node: JSONContent): InlineNode[] {
  const a = node.attrs ?? {};
  switch (node.type) {
    case 'text': {
      const text = nfc((node.text ?? '').replace(/\n/g, ' ').replace(CONTROL, ''));
      if (text === '') return [];
      const marks = (node.marks ?? [])
        .filter((m) => MARKS.has(m.type))
        .map((m) => ({ type: m.type }) as TextMark);
      return pieces(text).map((t) =>
        marks.length > 0 ? { type: 'text', text: t, marks } : { type: 'text', text: t },
      );
    }
    case 'hardBreak':
      return [{ type: 'hardBreak' }];
    case 'footnote':
      return [{ type: 'footnote', attrs: { text: nfc(String(a.text ?? '')) } }];
    case 'indicatorFigure':
      return [
        {
          type: 'indicatorFigure',
          attrs: {
            indicatorId: a.indicatorId,
            observationId: a.observationId,
            display: a.display,
            snapshot: a.snapshot,
          },
        } as InlineNode,
      ];
    case 'meetingReference':
      return [
        {
          type: 'meetingReference',
          attrs: { meetingId: a.meetingId, title: a.title, date: a.date },
        } as InlineNode,
      ];
    default:
      return [];
  }
}

const inlines = (nodes: JSONContent[] | undefined): InlineNode[] | undefined => {
  const out = (nodes ?? []).flatMap(inline);
  return out.length > 0 ? out : undefined;
};

const listItems = (nodes: JSONContent[] | undefined): ListItemNode[] =>
  (nodes ?? []).map((item) => {
    const content = blocks(item.content);
    return { type: 'listItem', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
  });

function cell(node: JSONContent): TableCellNode {
  const a = node.attrs ?? {};
  const content = blocks(node.content);
  const colwidth = Array.isArray(a.colwidth)
    ? (a.colwidth as unknown[]).slice(0, MAX_TABLE_COLUMNS).map((w) => clampInt(w, 1, 4000, 1))
    : null;
  return {
    type: node.type === 'tableHeader' ? 'tableHeader' : 'tableCell',
    attrs: {
      colspan: clampInt(a.colspan, 1, MAX_TABLE_COLUMNS, 1),
      rowspan: clampInt(a.rowspan, 1, MAX_TABLE_ROWS, 1),
      colwidth,
    },
    content: content.length > 0 ? content : [{ type: 'paragraph' }],
  };
}

function block(node: JSONContent): BodyBlock[] {
  const a = node.attrs ?? {};
  switch (node.type) {
    case 'paragraph': {
      const content = inlines(node.content);
      const align = a.textAlign as 'left' | 'center' | 'right' | 'justify' | null | undefined;
      return [
        {
          type: 'paragraph',
          ...(align ? { attrs: { textAlign: align } } : {}),
          ...(content ? { content } : {}),
        },
      ];
    }
    case 'heading': {
      const content = inlines(node.content);
      const level = Math.min(4, Math.max(1, Number(a.level ?? 1))) as 1 | 2 | 3 | 4;
      return [
        {
          type: 'heading',
          attrs: { level, numbered: a.numbered !== false },
          ...(content ? { content } : {}),
        },
      ];
    }
    case 'bulletList':
      return [{ type: 'bulletList', content: listItems(node.content) }];
    case 'orderedList':
      return [
        {
          type: 'orderedList',
          attrs: {
            start: clampInt(a.start, 1, 100_000, 1),
            listStyle: a.listStyle === 'point' ? 'point' : 'decimal',
          },
          content: listItems(node.content),
        },
      ];
    case 'table':
      return [
        {
          type: 'table',
          content: (node.content ?? []).map((row): TableRowNode => ({
            type: 'tableRow',
            content: (row.content ?? []).map(cell),
          })),
        },
      ];
    case 'directiveTable':
      return [
        {
          type: 'directiveTable',
          attrs: {
            meetingId: a.meetingId ?? null,
            variant: a.variant,
            rows: a.rows,
            // Written only when set, so a table in the text saves as it did before appendices.
            ...(a.placement === 'appendix' ? { placement: 'appendix' } : {}),
          },
        } as BodyBlock,
      ];
    case 'chart':
      // The editor node carries every kind's attributes; the body keeps only its kind's.
      return [
        (a.kind === 'indicator-series'
          ? {
              type: 'chart',
              attrs: { kind: a.kind, caption: a.caption ?? '', snapshot: a.snapshot },
            }
          : {
              type: 'chart',
              attrs: {
                kind: a.kind,
                by: a.by,
                meetingId: a.meetingId ?? null,
                caption: a.caption ?? '',
                snapshot: a.snapshot,
              },
            }) as BodyBlock,
      ];
    default:
      return [];
  }
}

export function toBodyDoc(json: JSONContent): BodyDoc {
  const content = blocks(json.content);
  // An editor always holds one paragraph; a body with only an empty one is an empty body.
  const empty =
    content.length === 1 &&
    content[0]!.type === 'paragraph' &&
    !('content' in content[0]!) &&
    !('attrs' in content[0]!);
  return { type: 'doc', content: empty ? [] : content };
}
