// Small constructors for body nodes, so templates read like the documents they produce.
import type {
  BodyBlock,
  BulletListNode,
  HeadingNode,
  InlineNode,
  OrderedListNode,
  ParagraphNode,
  TextNode,
} from '../body';

export type Inline = string | InlineNode;

const toInline = (x: Inline): InlineNode => (typeof x === 'string' ? { type: 'text', text: x } : x);

export const bold = (text: string): TextNode => ({ type: 'text', text, marks: [{ type: 'bold' }] });
export const italic = (text: string): TextNode => ({
  type: 'text',
  text,
  marks: [{ type: 'italic' }],
});

/** A paragraph; empty strings are dropped (ProseMirror text nodes cannot be empty). */
export function p(...content: Inline[]): ParagraphNode {
  const nodes = content.filter((c) => c !== '').map(toInline);
  return nodes.length > 0 ? { type: 'paragraph', content: nodes } : { type: 'paragraph' };
}

/** A paragraph set flush left without indent (salutations, labelled lines). */
export function pLeft(...content: Inline[]): ParagraphNode {
  return { ...p(...content), attrs: { textAlign: 'left' } };
}

export function h(level: 1 | 2 | 3 | 4, text: string): HeadingNode {
  return { type: 'heading', attrs: { level, numbered: true }, content: [{ type: 'text', text }] };
}

/** A guidance line for the drafter, in italics: what to write here. */
export const guide = (text: string): ParagraphNode => p(italic(text));

type Item = Inline[] | BodyBlock[];

function listItem(item: Item) {
  const isBlocks =
    item.length > 0 &&
    typeof item[0] === 'object' &&
    item[0] !== null &&
    'type' in item[0] &&
    isBlock(item[0]);
  return {
    type: 'listItem' as const,
    content: isBlocks ? (item as BodyBlock[]) : [p(...(item as Inline[]))],
  };
}

function isBlock(node: { type: string }): boolean {
  return [
    'paragraph',
    'heading',
    'bulletList',
    'orderedList',
    'table',
    'directiveTable',
    'chart',
  ].includes(node.type);
}

export function bullets(items: Item[]): BulletListNode {
  return { type: 'bulletList', content: items.map(listItem) };
}

export function numbered(
  items: Item[],
  listStyle: 'decimal' | 'point' = 'decimal',
): OrderedListNode {
  return { type: 'orderedList', attrs: { start: 1, listStyle }, content: items.map(listItem) };
}

/** An enumerator typed at the start of a line: "1.", "2)", "a)", "đ)", "-", "–", "•", "+". */
const ENUMERATOR = /^(?:\d{1,3}[.)]|[a-zđ]\)|[-–•+*])\s+/u;

/**
 * A multi-line record field laid out by the template, not by what the user typed: runs of
 * lines the user numbered or dashed become one list of the style the place calls for (items
 * under the heading "1." are "a)", "b)", not a second "1.", "2."), their own enumerators
 * dropped; other lines stay paragraphs, in their order.
 */
export function blocksOf(text: string, listStyle: 'decimal' | 'point' | 'bullet'): BodyBlock[] {
  const out: BodyBlock[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length === 0) return;
    const items = run.map((l) => [l]);
    out.push(listStyle === 'bullet' ? bullets(items) : numbered(items, listStyle));
    run = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const marker = ENUMERATOR.exec(line);
    if (marker) run.push(line.slice(marker[0].length));
    else {
      endRun();
      out.push(p(line));
    }
  }
  endRun();
  return out;
}

/** "Về hội nhập…" → "về hội nhập…" inside a sentence; proper names are left alone. */
export function lowerLead(s: string): string {
  const t = s.trim();
  return /^(Về|Việc|Triển khai|Thực hiện|Tiếp tục|Xây dựng|Hoàn thành|Hoàn thiện|Chuẩn bị|Đẩy mạnh|Kết luận)(?=\s)/u.test(
    t,
  )
    ? t.charAt(0).toLowerCase() + t.slice(1)
    : t;
}

export const upperFirst = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** Makes a sentence end with a full stop. */
export const sentence = (s: string): string => {
  const t = s.trim();
  return /[.!?…:;]$/.test(t) ? t.replace(/[;:]$/, '.') : `${t}.`;
};
