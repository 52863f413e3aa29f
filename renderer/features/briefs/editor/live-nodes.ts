// The body's own nodes: a footnote, and the three live references. Each is an atom that draws
// its snapshot exactly as the exports print it (never the vault's current value), and keeps
// its attributes as JSON in data attributes so copy and paste inside the editor keeps them.
import { Node, mergeAttributes } from '@tiptap/core';
import {
  figureFootnote,
  figureText,
  meetingReferenceText,
  type LayoutTable,
  type DirectiveTableNode,
  type IndicatorFigureNode,
  type MeetingReferenceNode,
} from '../../../../shared/brief';
import { directiveTableLayout } from '../../../../shared/brief/layout/directive-table';
import { TEXT_WIDTH_MM } from '../../../../shared/brief/layout/style';

/**
 * An attribute kept as JSON in a data attribute (`indicatorId` ↔ `data-indicator-id` unless the
 * node names its own), so copy and paste inside the editor keeps it. Missing, unreadable or null
 * reads as the default: every live node and the chart read their attributes this one way.
 */
export const jsonAttr = (
  name: string,
  fallback: unknown,
  data = `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
) => ({
  default: fallback,
  parseHTML: (el: HTMLElement) => {
    try {
      return (JSON.parse(el.getAttribute(data) ?? 'null') as unknown) ?? fallback;
    } catch {
      return fallback;
    }
  },
  renderHTML: (attrs: Record<string, unknown>) => ({ [data]: JSON.stringify(attrs[name]) }),
});

const inlineAtom = { group: 'inline', inline: true, atom: true, selectable: true } as const;

/** A block that is one piece (a directive table, a chart): selected, moved and deleted whole. */
export const blockAtom = { group: 'block', atom: true, selectable: true, draggable: true } as const;

/**
 * An author's footnote. The mark shows its number (a decoration, see decorations.ts); its text
 * shows on hover and while the mark is selected, and a click opens it for editing.
 */
export const Footnote = Node.create({
  name: 'footnote',
  ...inlineAtom,
  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-text') ?? '',
        renderHTML: (a) => ({ 'data-text': String(a.text) }),
      },
    };
  },
  parseHTML: () => [{ tag: 'sup[data-footnote]' }],
  renderHTML: ({ HTMLAttributes, node }) => [
    'sup',
    mergeAttributes(HTMLAttributes, {
      'data-footnote': '',
      contenteditable: 'false',
      'data-testid': 'brief-footnote',
      class: 'bd-footnote',
      title: `Chú thích: ${String(node.attrs.text)} (bấm để sửa)`,
    }),
  ],
  renderText: () => '',
});

/** `7,52% (6 tháng đầu năm 2025)`; its source prints as a footnote, shown here on hover. */
export const IndicatorFigure = Node.create({
  name: 'indicatorFigure',
  ...inlineAtom,
  addAttributes() {
    return {
      indicatorId: jsonAttr('indicatorId', ''),
      observationId: jsonAttr('observationId', ''),
      display: jsonAttr('display', 'value-period'),
      snapshot: jsonAttr('snapshot', null),
    };
  },
  parseHTML: () => [{ tag: 'span[data-indicator-figure]' }],
  renderHTML: ({ HTMLAttributes, node }) => {
    const figure = node.toJSON() as IndicatorFigureNode;
    const ok = figure.attrs.snapshot !== null;
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-indicator-figure': '',
        contenteditable: 'false',
        'data-testid': 'brief-figure',
        class: 'bd-figure',
        title: ok ? figureFootnote(figure.attrs.snapshot) : '',
      }),
      ok ? figureText(figure) : '?',
    ];
  },
  renderText: ({ node }) => figureText(node.toJSON() as IndicatorFigureNode),
});

/** `Họp … ngày 26/8/2025`. */
export const MeetingReference = Node.create({
  name: 'meetingReference',
  ...inlineAtom,
  addAttributes() {
    return {
      meetingId: jsonAttr('meetingId', ''),
      title: jsonAttr('title', ''),
      date: jsonAttr('date', ''),
    };
  },
  parseHTML: () => [{ tag: 'span[data-meeting-reference]' }],
  renderHTML: ({ HTMLAttributes, node }) => [
    'span',
    mergeAttributes(HTMLAttributes, {
      'data-meeting-reference': '',
      contenteditable: 'false',
      'data-testid': 'brief-meeting-reference',
      class: 'bd-meeting-ref',
    }),
    meetingReferenceText(node.toJSON() as MeetingReferenceNode),
  ],
  renderText: ({ node }) => meetingReferenceText(node.toJSON() as MeetingReferenceNode),
});

/** Text, or an element with its text, as renderHTML takes them. */
type CellPart = string | [string, Record<string, string>?, string?];
type Cell = LayoutTable['rows'][number]['cells'][number];

/** A layout cell's runs as HTML: "(chưa rõ)" italic as it prints, lines of a cell as breaks. */
function cellContent(cell: Cell): CellPart[] {
  const out: CellPart[] = [];
  cell.blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph') return;
    if (i > 0) out.push(['br']);
    for (const run of block.runs) {
      if (run.lineBreak) out.push(['br']);
      else if (run.italic) out.push(['em', {}, run.text]);
      else if (run.bold) out.push(['strong', {}, run.text]);
      else out.push(run.text);
    }
  });
  return out;
}

const alignOf = (cell: Cell): string => {
  const first = cell.blocks[0];
  return first?.kind === 'paragraph' ? first.align : 'left';
};

/**
 * The directives of a meeting as a read-only table: the columns, cell texts and "(chưa rõ)"
 * of the export's own layout (shared/brief/layout/directive-table.ts), so what is seen here
 * is what prints.
 */
export const DirectiveTable = Node.create({
  name: 'directiveTable',
  ...blockAtom,
  addAttributes() {
    return {
      meetingId: jsonAttr('meetingId', null),
      variant: jsonAttr('variant', 'six-ro'),
      rows: jsonAttr('rows', []),
      /** "text" or "appendix": the table prints on a landscape appendix page. */
      placement: jsonAttr('placement', 'text'),
    };
  },
  parseHTML: () => [{ tag: 'div[data-directive-table]' }],
  renderHTML: ({ HTMLAttributes, node }) => {
    const table = directiveTableLayout(node.toJSON() as DirectiveTableNode, TEXT_WIDTH_MM);
    const total = table.columnsMm.reduce((s, w) => s + w, 0);
    const [head, ...body] = table.rows;
    const appendix = node.attrs.placement === 'appendix';
    // Said where the table stands: the text will print only a sentence referring to it.
    const note = appendix
      ? [
          [
            'p',
            { class: 'bd-directive-table__placement', 'data-testid': 'directive-table-appendix' },
            'In ở phụ lục, trang ngang, sau phần chữ ký; tại đây văn bản ghi “(Chi tiết tại Phụ lục kèm theo)”.',
          ],
        ]
      : [];
    return [
      'div',
      mergeAttributes(HTMLAttributes, {
        'data-directive-table': '',
        contenteditable: 'false',
        'data-testid': 'brief-directive-table',
        class:
          `bd-directive-table bd-directive-table--${String(node.attrs.variant)}` +
          (appendix ? ' bd-directive-table--appendix' : ''),
        title: 'Bảng nhiệm vụ lấy từ dữ liệu cuộc họp (chỉ đọc)',
      }),
      ...note,
      [
        'table',
        {},
        [
          'colgroup',
          {},
          ...table.columnsMm.map((w) => [
            'col',
            { style: `width: ${((w / total) * 100).toFixed(2)}%` },
          ]),
        ],
        ['thead', {}, ['tr', {}, ...(head?.cells ?? []).map((c) => ['th', {}, ...cellContent(c)])]],
        [
          'tbody',
          {},
          ...body.map((row) => [
            'tr',
            {},
            ...row.cells.map((c) => {
              const align = alignOf(c);
              return [
                'td',
                {
                  ...(c.colSpan > 1 ? { colspan: String(c.colSpan) } : {}),
                  ...(align !== 'left' ? { style: `text-align: ${align}` } : {}),
                },
                ...cellContent(c),
              ];
            }),
          ]),
        ],
      ],
    ];
  },
});
