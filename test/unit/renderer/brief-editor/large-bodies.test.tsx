// @vitest-environment jsdom
// Large bodies load whole and stay editable: a 2,000-row table, a 2,000-row directive table and
// the largest template body. The times are printed for the record (jsdom, shared CI cores), not
// asserted; what is asserted is that every row is there and comes back out unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import {
  MAX_DIRECTIVE_ROWS,
  TEMPLATE_NAMES,
  TEMPLATES,
  bodyDoc,
  directiveTable,
  type BodyDoc,
  type TableRowNode,
} from '../../../../shared/brief';
import { MEETING_IDS } from '../../../../shared/sample';
import { sampleContext } from '../../brief/fixtures';
import { cursorAtEnd, doc, mountEditor, para, typeText } from './helpers';

afterEach(cleanup);

function timed<T>(what: string, f: () => T): T {
  const t = performance.now();
  const out = f();
  console.log(`${what}: ${(performance.now() - t).toFixed(0)} ms (jsdom)`);
  return out;
}

const row = (i: number): TableRowNode => ({
  type: 'tableRow',
  content: ['STT', 'Nội dung', 'Đơn vị'].map((c) => ({
    type: 'tableCell',
    attrs: { colspan: 1, rowspan: 1, colwidth: null },
    content: [para(`${c} dòng ${i + 1}`)],
  })),
});

describe('large bodies', () => {
  it('a 2,000-row table mounts whole, saves unchanged, and a keystroke after it is reported', () => {
    const body: BodyDoc = doc(
      para('Phụ lục số liệu'),
      { type: 'table', content: Array.from({ length: 2000 }, (_, i) => row(i)) },
      para('Hết phụ lục'),
    );
    const m = timed('mount, 2,000-row table', () => mountEditor(body));
    expect(m.pm().querySelectorAll('tr')).toHaveLength(2000);
    expect(timed('save (toBodyDoc), 2,000-row table', () => m.saved())).toEqual(body);
    cursorAtEnd(m);
    timed('one keystroke with onChange, 2,000-row table', () => typeText(m, '.'));
    const last = m.changes.at(-1)!;
    expect(last.content.at(-1)).toEqual(para('Hết phụ lục.'));
    expect(bodyDoc.safeParse(last).success).toBe(true);
  });

  it('a directive table of the most rows the schema allows', () => {
    const base = sampleContext().directives[0]!;
    const directives = Array.from({ length: MAX_DIRECTIVE_ROWS }, (_, i) => ({
      ...base,
      id: `${base.id.slice(0, 24)}${String(i).padStart(12, '0')}`,
      task: `${base.task} (${i + 1})`,
    }));
    const body = doc(directiveTable(directives, 'six-ro', null));
    const m = timed(`mount, ${MAX_DIRECTIVE_ROWS}-row directive table`, () => mountEditor(body));
    expect(m.pm().querySelectorAll('[data-testid="brief-directive-table"] tbody tr')).toHaveLength(
      MAX_DIRECTIVE_ROWS,
    );
    expect(m.saved()).toEqual(body);
  });

  it('the largest template body', () => {
    const bodies = [MEETING_IDS.committee20250826, MEETING_IDS.review2025].flatMap((id) =>
      TEMPLATE_NAMES.map((name) => ({ name, body: TEMPLATES[name](sampleContext(id)).body })),
    );
    const largest = bodies.reduce((a, b) =>
      JSON.stringify(b.body).length > JSON.stringify(a.body).length ? b : a,
    );
    const m = timed(
      `mount, largest template body (${largest.name}, ${JSON.stringify(largest.body).length} chars)`,
      () => mountEditor(largest.body),
    );
    expect(m.saved()).toEqual(largest.body);
  });
});
