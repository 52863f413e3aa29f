// What a paste, a broken editor or a hostile renderer can send as a brief: NFD text, a 1 MB
// paste, a 2,000-row table, runaway nesting, oversized strings, forbidden keys. Each is either
// stored whole (and read back identical) or refused with a bilingual reason, and a refusal
// leaves the brief's current revision and its history exactly as they were.
import { describe, expect, it } from 'vitest';
import type { BodyBlock, Brief } from '../../../shared/brief';
import { contract } from '../../../shared/contract';
import { MEETING_IDS } from '../../../shared/sample';
import type { TestDesk } from '../handlers/helpers';
import { bodyText, deskWithSample, paragraph, withBody, fromSampleMeeting } from './helpers';

const MEETING = MEETING_IDS.committee20250826;

/** The brief's current state and history, to compare before and after a refusal. */
async function state(desk: TestDesk, id: string) {
  return {
    current: await desk.ok('briefs.get', { id }),
    history: await desk.ok('briefs.revisions', { id }),
  };
}

function nestedList(depth: number): BodyBlock {
  let block: BodyBlock = paragraph('đáy');
  for (let i = 0; i < depth; i++)
    block = { type: 'bulletList', content: [{ type: 'listItem', content: [block] }] };
  return block;
}

function table(rows: number, columns: number): BodyBlock {
  return {
    type: 'table',
    content: Array.from({ length: rows }, (_, r) => ({
      type: 'tableRow' as const,
      content: Array.from({ length: columns }, (_, c) => ({
        type: 'tableCell' as const,
        attrs: { colspan: 1, rowspan: 1, colwidth: null },
        content: [paragraph(`Hàng ${r + 1}, cột ${c + 1}: Đắk Lắk`)],
      })),
    })),
  };
}

describe('briefs: hostile and oversized content', () => {
  it('stores NFD text as NFC; the same text in NFC is then an identical save', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'conclusion-notice');
    const words = 'Nghị quyết về hội nhập quốc tế, Đắk Lắk';
    const nfd = withBody(v1.brief, [paragraph(words.normalize('NFD'))]);
    nfd.header.abstract = 'Về việc triển khai'.normalize('NFD');
    const v2 = await desk.ok('briefs.save', { id: v1.id, revision: 1, brief: nfd });
    expect(v2.revision).toBe(2);
    expect(bodyText(v2.brief.body.content)).toBe(words.normalize('NFC'));
    expect(v2.brief.header.abstract).toBe('Về việc triển khai'.normalize('NFC'));
    const nfcCopy = withBody(v1.brief, [paragraph(words.normalize('NFC'))]);
    nfcCopy.header.abstract = 'Về việc triển khai'.normalize('NFC');
    expect(
      (await desk.ok('briefs.save', { id: v1.id, revision: 2, brief: nfcCopy })).revision,
    ).toBe(2);
  });

  it('stores a 1 MB paste in one paragraph intact', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'conclusion-notice');
    // Twenty runs of 50,000 characters (the longest a single run may be): over a million.
    const runs = Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(50_000, 'Hội nhập quốc tế. '));
    const paste = withBody(v1.brief, [paragraph(...runs)]);
    const v2 = await desk.ok('briefs.save', { id: v1.id, revision: 1, brief: paste });
    expect(v2.revision).toBe(2);
    const text = bodyText(v2.brief.body.content);
    expect(text.length).toBe(1_000_000);
    expect(text).toBe(runs.join(''));
    expect((await desk.ok('briefs.get', { id: v1.id })).brief).toEqual(v2.brief);
  });

  it('round-trips a 2,000-row table and exports it', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'conclusion-notice');
    const big = withBody(v1.brief, [paragraph('Bảng tổng hợp:'), table(2_000, 4)]);
    const v2 = await desk.ok('briefs.save', { id: v1.id, revision: 1, brief: big });
    expect(v2.revision).toBe(2);
    const stored = await desk.ok('briefs.revision', { id: v1.id, revision: 2 });
    expect(stored.body).toEqual(big.body);
    const rows = stored.body.content[1];
    expect(rows?.type === 'table' && rows.content.length).toBe(2_000);
    const docx = await desk.ok('briefs.export', { id: v1.id, format: 'docx' });
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
  });

  const refusals: [string, (b: Brief) => unknown, RegExp][] = [
    ['one text run of 1 MB', (b) => withBody(b, [paragraph('đ'.repeat(1_000_000))]), /too long/],
    [
      'a body over the 4,000,000-character bound',
      (b) => withBody(b, [paragraph(...Array.from({ length: 90 }, () => 'ư'.repeat(50_000)))]),
      /too long|quá dài/,
    ],
    ['a list nested 60 deep', (b) => withBody(b, [nestedList(60)]), /too-deep|nested/],
    // The block union reports only zod's generic "Invalid input" here (shared/brief/body.ts).
    ['a table of 5,001 rows', (b) => withBody(b, [table(5_001, 1)]), /.+/],
    [
      'a 10 MB abstract',
      (b) => ({ ...b, header: { ...b.header, abstract: 'a'.repeat(10_000_000) } }),
      /too long/,
    ],
    ['a control character in a run', (b) => withBody(b, [paragraph('a\u0007b')]), /control/],
    [
      'an unknown node type',
      (b) => ({ ...b, body: { type: 'doc', content: [{ type: 'script', text: 'x' }] } }),
      /.+/,
    ],
    ['an extra header key', (b) => ({ ...b, header: { ...b.header, isAdmin: true } }), /.+/],
    [
      'a __proto__ key',
      (b) =>
        JSON.parse(JSON.stringify(b).replace('"version":1', '"__proto__":{"x":1},"version":1')),
      /forbidden-key/,
    ],
    ['a string for the body', (b) => ({ ...b, body: 'không phải văn bản' }), /.+/],
  ];

  it.each(refusals)(
    'refuses %s with a bilingual reason, changing nothing',
    async (_name, mutate, detail) => {
      const { desk } = await deskWithSample();
      const v1 = await fromSampleMeeting(desk, 'conclusion-notice');
      await desk.ok('briefs.save', {
        id: v1.id,
        revision: 1,
        brief: withBody(v1.brief, [paragraph('Bản đã lưu.')]),
      });
      const before = await state(desk, v1.id);
      const error = await desk.failure('briefs.save', {
        id: v1.id,
        revision: 2,
        brief: mutate(before.current.brief),
      });
      expect(error.code).toBe('invalid-input');
      expect(error.message.vi).toMatch(/chưa có gì được lưu/);
      expect(error.message.en).toMatch(/nothing was saved/);
      expect(error.issues?.map((i) => i.message).join(' ')).toMatch(detail);
      expect(await state(desk, v1.id)).toEqual(before);
    },
  );

  it('the contract itself applies parseBrief’s bounds, with a bilingual reason', () => {
    const schema = contract['briefs.save'].input;
    // Deeper than the brief's own 40 levels: the payload pre-check is not what refuses it here.
    const deep = { type: 'doc', content: [nestedList(25)] };
    const parsed = schema.safeParse({ id: MEETING, revision: 1, brief: { body: deep } });
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((i) => i.message).join(' ') ?? '';
    expect(messages).toContain('Văn bản lồng nhau quá sâu.');
    expect(messages).toContain('The document is nested too deeply.');
  });
});
