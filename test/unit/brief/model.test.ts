import { describe, expect, it } from 'vitest';
import {
  brief as briefSchema,
  createBrief,
  MAX_TABLE_ROWS,
  MAX_TEXT_NODE,
  parseBrief,
  TEMPLATE_NAMES,
  type Brief,
} from '../../../shared/brief';
import { smallContext } from './fixtures';

const base = (): Brief => createBrief('report', smallContext());
const nfd = (s: string) => s.normalize('NFD');

describe('brief model', () => {
  it('every template produces a brief the schema accepts unchanged', () => {
    for (const name of TEMPLATE_NAMES) {
      const b = createBrief(name, smallContext());
      expect(briefSchema.parse(JSON.parse(JSON.stringify(b)))).toEqual(b);
    }
  });

  it('normalises NFD text of the body and the header to NFC', () => {
    const b = base();
    const raw = JSON.parse(JSON.stringify(b)) as Brief;
    raw.header.abstract = nfd('Kết quả thực hiện Nghị quyết');
    raw.body.content = [
      { type: 'paragraph', content: [{ type: 'text', text: nfd('Tăng trưởng ổn định ') }] },
    ];
    const parsed = parseBrief(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.header.abstract).toBe('Kết quả thực hiện Nghị quyết'.normalize('NFC'));
    const para = parsed.value.body.content[0];
    expect(para?.type === 'paragraph' && para.content?.[0]).toMatchObject({
      text: 'Tăng trưởng ổn định ',
    });
  });

  it('keeps the spaces of text runs (runs join mid-sentence)', () => {
    const raw = {
      ...base(),
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: ' và ' }] }],
      },
    };
    const parsed = parseBrief(raw);
    expect(parsed.ok && parsed.value.body.content[0]).toMatchObject({
      content: [{ text: ' và ' }],
    });
  });

  it('refuses a text node longer than the bound with a bilingual message', () => {
    const raw = {
      ...base(),
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'a'.repeat(MAX_TEXT_NODE + 1) }] },
        ],
      },
    };
    const parsed = parseBrief(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('invalid-input');
    expect(parsed.error.issues?.[0]?.message).toMatch(/quá dài.*too long/);
  });

  it('refuses pathological nesting without overflowing the stack', () => {
    let node: unknown = { type: 'paragraph' };
    for (let i = 0; i < 100_000; i++)
      node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
    const parsed = parseBrief({ ...base(), body: { type: 'doc', content: [node] } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message.en).toMatch(/nested too deeply/);
  });

  it('refuses a table over the row bound, accepts one at 2,000 rows', () => {
    const row = {
      type: 'tableRow',
      content: [
        {
          type: 'tableCell',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
        },
      ],
    };
    const table = (n: number) => ({ type: 'table', content: Array.from({ length: n }, () => row) });
    expect(parseBrief({ ...base(), body: { type: 'doc', content: [table(2_000)] } }).ok).toBe(true);
    const tooMany = parseBrief({
      ...base(),
      body: { type: 'doc', content: [table(MAX_TABLE_ROWS + 1)] },
    });
    expect(tooMany.ok).toBe(false);
  });

  it('refuses node types and marks it does not know (pasted HTML leftovers)', () => {
    const withNode = (n: unknown) => parseBrief({ ...base(), body: { type: 'doc', content: [n] } });
    expect(withNode({ type: 'image', attrs: { src: 'http://example.com/x.png' } }).ok).toBe(false);
    expect(
      withNode({
        type: 'paragraph',
        content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }],
      }).ok,
    ).toBe(false);
    expect(withNode({ type: 'paragraph', content: [{ type: 'text', text: 'a\u0007b' }] }).ok).toBe(
      false,
    );
  });

  it('bounds header fields: an abstract over Decree 30’s 500 characters is refused', () => {
    const raw = JSON.parse(JSON.stringify(base())) as Brief;
    raw.header.abstract = 'x'.repeat(501);
    expect(parseBrief(raw).ok).toBe(false);
  });
});
