// toBodyDoc: the editor's JSON → the stored schema's shape. Attributes TipTap adds are dropped,
// the schema's own are kept, and what the editor can hold but the schema cannot is brought
// within it, so a save never fails on the editor's own output.
import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { toBodyDoc } from '../../../../renderer/features/briefs/editor';
import { MAX_TEXT_NODE, bodyDoc } from '../../../../shared/brief';

describe('toBodyDoc', () => {
  it('drops what TipTap adds (orderedList.type, null alignment, cell align) and keeps the schema’s attributes', () => {
    const json: JSONContent = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { textAlign: null }, content: [{ type: 'text', text: 'Một' }] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'right' },
          content: [
            {
              type: 'text',
              text: 'Hai',
              marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'x' } }],
            },
          ],
        },
        {
          type: 'heading',
          attrs: { level: 2, numbered: false, id: 'h' },
          content: [{ type: 'text', text: 'Ba' }],
        },
        {
          type: 'orderedList',
          attrs: { start: 3, type: 'a', listStyle: 'point' },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  attrs: { colspan: 2, rowspan: 1, colwidth: [100.4, 50], align: 'center' },
                  content: [],
                },
              ],
            },
          ],
        },
        { type: 'blockquote', content: [{ type: 'paragraph' }] },
      ],
    };
    const body = toBodyDoc(json);
    expect(body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Một' }] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'right' },
          content: [{ type: 'text', text: 'Hai', marks: [{ type: 'bold' }] }],
        },
        {
          type: 'heading',
          attrs: { level: 2, numbered: false },
          content: [{ type: 'text', text: 'Ba' }],
        },
        {
          type: 'orderedList',
          attrs: { start: 3, listStyle: 'point' },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  attrs: { colspan: 2, rowspan: 1, colwidth: [100, 50] },
                  content: [{ type: 'paragraph' }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(bodyDoc.safeParse(body).success).toBe(true);
  });

  it('splits a run longer than a text node may be, removes control characters and composes NFD text', () => {
    const long = 'ạ'.repeat(MAX_TEXT_NODE + 10);
    const body = toBodyDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: `${long}\u0001\n${'ế'.normalize('NFD')}` }],
        },
      ],
    });
    const parts = (body.content[0] as { content: { text: string }[] }).content;
    expect(parts.map((p) => p.text.length)).toEqual([MAX_TEXT_NODE, 10 + 2]);
    expect(parts.map((p) => p.text).join('')).toBe(`${long} ế`);
    expect(bodyDoc.safeParse(body).success).toBe(true);
  });

  it('an editor holding one empty paragraph is an empty body', () => {
    expect(
      toBodyDoc({ type: 'doc', content: [{ type: 'paragraph', attrs: { textAlign: null } }] }),
    ).toEqual({
      type: 'doc',
      content: [],
    });
  });
});
