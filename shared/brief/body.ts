// The body of a brief: a TipTap/ProseMirror JSON document (`{ type: 'doc', content: [...] }`)
// restricted to what an official document can print. Node and attribute names are TipTap's
// (paragraph.textAlign, heading.level, tableCell.colspan/rowspan/colwidth) so the editor can
// load and save this JSON as is; the three live-reference nodes carry a snapshot of the
// record they show, so the file prints without the vault and staleness can be detected later.
import { z } from 'zod';
import { finiteNumber, isoDate, recordId } from '../domain/common';
import { directiveStatus } from '../domain/directive';
import { observationStatus } from '../domain/indicator';
import { period } from '../domain/period';
import { nfc, requiredText, text, SHORT, LONG } from '../text';
import { chartNode, type ChartNode } from './chart-node';
import { FORBIDDEN_MESSAGE, hasForbiddenCharacter } from '../text-policy';

/** Longest single text node: a pasted page without line breaks still fits, a pasted book does not. */
export const MAX_TEXT_NODE = 50_000;

// Text nodes keep their spaces (runs join mid-sentence), so unlike text() they are not trimmed.
// Tab survives (Word pastes carry it); line breaks are hardBreak nodes, never characters.
// No line breaks either (shared/text-policy.ts: the one policy for every field).
const forbiddenInline = (s: string) => hasForbiddenCharacter(s) || /[\n\r]/.test(s);
const inlineText = z
  .string()
  .min(1, { message: 'đoạn chữ rỗng / empty text node' })
  .max(MAX_TEXT_NODE * 4, {
    message: `đoạn chữ quá dài / text node too long (tối đa ${MAX_TEXT_NODE} ký tự)`,
  })
  .transform(nfc)
  .pipe(
    z
      .string()
      .max(MAX_TEXT_NODE, {
        message: `đoạn chữ quá dài / text node too long (tối đa ${MAX_TEXT_NODE} ký tự)`,
      })
      .refine((s) => !forbiddenInline(s), { message: FORBIDDEN_MESSAGE }),
  );

export const textMark = z.object({ type: z.enum(['bold', 'italic', 'underline']) }).strict();
export type TextMark = z.infer<typeof textMark>;

export const textNode = z
  .object({ type: z.literal('text'), text: inlineText, marks: z.array(textMark).max(3).optional() })
  .strict();
export type TextNode = z.infer<typeof textNode>;

export const hardBreakNode = z.object({ type: z.literal('hardBreak') }).strict();

/** A footnote written by the author; its text prints at the foot of the page. */
export const footnoteNode = z
  .object({ type: z.literal('footnote'), attrs: z.object({ text: requiredText(2000) }).strict() })
  .strict();
export type FootnoteNode = z.infer<typeof footnoteNode>;

/** What an indicator figure showed when it was inserted or last refreshed. */
export const figureSnapshot = z
  .object({
    indicatorName: requiredText(SHORT),
    value: finiteNumber,
    unit: text(50),
    period,
    source: text(1000),
    status: observationStatus,
    asOf: isoDate.nullable(),
    /** The observation's revision at snapshot time: a newer one in the vault means stale. */
    revision: z.number().int().min(1),
  })
  .strict();
export type FigureSnapshot = z.infer<typeof figureSnapshot>;

export const indicatorFigureNode = z
  .object({
    type: z.literal('indicatorFigure'),
    attrs: z
      .object({
        indicatorId: recordId,
        observationId: recordId,
        /** `7,52%` alone, or `7,52% (6 tháng đầu năm 2025)`. */
        display: z.enum(['value', 'value-period']).default('value-period'),
        snapshot: figureSnapshot,
      })
      .strict(),
  })
  .strict();
export type IndicatorFigureNode = z.infer<typeof indicatorFigureNode>;

export const meetingReferenceNode = z
  .object({
    type: z.literal('meetingReference'),
    attrs: z.object({ meetingId: recordId, title: requiredText(1000), date: isoDate }).strict(),
  })
  .strict();
export type MeetingReferenceNode = z.infer<typeof meetingReferenceNode>;

export const inlineNode = z.discriminatedUnion('type', [
  textNode,
  hardBreakNode,
  footnoteNode,
  indicatorFigureNode,
  meetingReferenceNode,
]);
export type InlineNode = z.infer<typeof inlineNode>;

const inlineContent = z.array(inlineNode).max(20_000);

export const textAlign = z.enum(['left', 'center', 'right', 'justify']);

export const paragraphNode = z
  .object({
    type: z.literal('paragraph'),
    attrs: z
      .object({ textAlign: textAlign.nullable().default(null) })
      .strict()
      .optional(),
    content: inlineContent.optional(),
  })
  .strict();
export type ParagraphNode = z.infer<typeof paragraphNode>;

/** Levels 1–4: Phần / I. / 1. / a). `numbered: false` prints the title without a label. */
export const headingNode = z
  .object({
    type: z.literal('heading'),
    attrs: z
      .object({
        level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        numbered: z.boolean().default(true),
      })
      .strict(),
    content: inlineContent.optional(),
  })
  .strict();
export type HeadingNode = z.infer<typeof headingNode>;

/** One row of a directive table: the "6 rõ" and status as they were when the table was made. */
export const directiveRowSnapshot = z
  .object({
    directiveId: recordId,
    revision: z.number().int().min(1),
    task: text(LONG),
    assignee: text(SHORT),
    leadUnit: text(SHORT),
    coordinatingUnits: z.array(text(SHORT)).max(100),
    deadline: isoDate.nullable(),
    authority: text(SHORT),
    responsibility: text(SHORT),
    deliverable: text(2000),
    status: directiveStatus,
  })
  .strict();
export type DirectiveRowSnapshot = z.infer<typeof directiveRowSnapshot>;

export const MAX_DIRECTIVE_ROWS = 2_000;

export const directiveTableNode = z
  .object({
    type: z.literal('directiveTable'),
    attrs: z
      .object({
        /** The meeting whose directives these are, or null for a filtered register. */
        meetingId: recordId.nullable(),
        /** "six-ro": the six columns and status; "plan": the task table of a Kế hoạch. */
        variant: z.enum(['six-ro', 'plan']),
        rows: z.array(directiveRowSnapshot).max(MAX_DIRECTIVE_ROWS, {
          message: `bảng nhiệm vụ quá lớn / directive table too large (tối đa ${MAX_DIRECTIVE_ROWS} dòng)`,
        }),
        /**
         * Where the table prints: in the text (absent, as in every brief stored before this
         * existed) or in a landscape appendix after the signature, the text referring to it.
         */
        placement: z.enum(['text', 'appendix']).optional(),
      })
      .strict(),
  })
  .strict();
export type DirectiveTableNode = z.infer<typeof directiveTableNode>;

export const MAX_TABLE_ROWS = 5_000;
export const MAX_TABLE_COLUMNS = 30;

// Recursive part: lists hold items, items hold blocks, cells hold blocks. Typed by hand since
// zod cannot infer through z.lazy.
export interface ListItemNode {
  type: 'listItem';
  content: BodyBlock[];
}
export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}
export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start: number; listStyle: 'decimal' | 'point' };
  content: ListItemNode[];
}
export interface TableCellNode {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan: number; rowspan: number; colwidth: number[] | null };
  content: BodyBlock[];
}
export interface TableRowNode {
  type: 'tableRow';
  content: TableCellNode[];
}
export interface TableNode {
  type: 'table';
  content: TableRowNode[];
}
export type BodyBlock =
  | ParagraphNode
  | HeadingNode
  | BulletListNode
  | OrderedListNode
  | TableNode
  | DirectiveTableNode
  | ChartNode;

/** A block with no blocks inside it: what a reader meets going through lists and tables. */
export type LeafBlock = ParagraphNode | HeadingNode | DirectiveTableNode | ChartNode;

/**
 * The leaf blocks of a body in reading order, lists and tables opened (iterative: bodies can be
 * deep and long). The checks, the search text and the placeholder scan all read a body this way.
 */
export function* leafBlocks(blocks: readonly BodyBlock[]): Generator<LeafBlock> {
  const stack: BodyBlock[] = [...blocks].reverse();
  while (stack.length > 0) {
    const b = stack.pop() as BodyBlock;
    if (b.type === 'bulletList' || b.type === 'orderedList') {
      for (const item of [...b.content].reverse()) stack.push(...[...item.content].reverse());
    } else if (b.type === 'table') {
      for (const row of [...b.content].reverse())
        for (const c of [...row.content].reverse()) stack.push(...[...c.content].reverse());
    } else yield b;
  }
}

const blocks: z.ZodType<BodyBlock[]> = z.lazy(() => z.array(bodyBlock).min(1).max(20_000));

const listItemNode: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: blocks }).strict(),
);

const listItems = z.array(listItemNode).min(1).max(5_000);

export const bulletListNode: z.ZodType<BulletListNode> = z
  .object({ type: z.literal('bulletList'), content: listItems })
  .strict();

export const orderedListNode: z.ZodType<OrderedListNode> = z
  .object({
    type: z.literal('orderedList'),
    attrs: z
      .object({
        start: z.number().int().min(1).max(100_000).default(1),
        listStyle: z.enum(['decimal', 'point']).default('decimal'),
      })
      .strict()
      .optional(),
    content: listItems,
  })
  .strict();

const tableCellNode: z.ZodType<TableCellNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(['tableCell', 'tableHeader']),
      attrs: z
        .object({
          colspan: z.number().int().min(1).max(MAX_TABLE_COLUMNS).default(1),
          rowspan: z.number().int().min(1).max(MAX_TABLE_ROWS).default(1),
          colwidth: z
            .array(z.number().int().min(1).max(4000))
            .max(MAX_TABLE_COLUMNS)
            .nullable()
            .default(null),
        })
        .strict()
        .optional(),
      content: blocks,
    })
    .strict(),
);

const tableRowNode: z.ZodType<TableRowNode> = z
  .object({
    type: z.literal('tableRow'),
    content: z.array(tableCellNode).min(1).max(MAX_TABLE_COLUMNS),
  })
  .strict();

export const tableNode: z.ZodType<TableNode> = z
  .object({
    type: z.literal('table'),
    content: z
      .array(tableRowNode)
      .min(1)
      .max(MAX_TABLE_ROWS, {
        message: `bảng quá lớn / table too large (tối đa ${MAX_TABLE_ROWS} dòng)`,
      }),
  })
  .strict();

export const bodyBlock: z.ZodType<BodyBlock> = z.lazy(() =>
  z.union([
    paragraphNode,
    headingNode,
    bulletListNode,
    orderedListNode,
    tableNode,
    directiveTableNode,
    chartNode,
  ]),
);

export interface BodyDoc {
  type: 'doc';
  content: BodyBlock[];
}

export const bodyDoc: z.ZodType<BodyDoc> = z
  .object({ type: z.literal('doc'), content: z.array(bodyBlock).max(50_000) })
  .strict();
