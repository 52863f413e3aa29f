// Issue 9, item 2 and 6: times as officials write them, blocks pasted from Excel, and the
// field limits the validators and the editors share.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingInput } from '../../../shared/domain';
import { parseClockTime } from '../../../shared/format/time';
import { parseTabular, pasteRows } from '../../../shared/format/tabular';
import { LIMITS, lengthAfterPaste, nearLimit } from '../../../shared/limits';
import { emptyMeeting } from '../../../renderer/stores/meetingsStore';

describe('parseClockTime', () => {
  it.each([
    ['8:30', '08:30'],
    ['8h30', '08:30'],
    ['08:30', '08:30'],
    ['8H30', '08:30'],
    ['8 giờ 30', '08:30'],
    ['14h', '14:00'],
    ['14.00', '14:00'],
    [' 7:05 ', '07:05'],
    ['23:59', '23:59'],
  ])('reads %s as %s', (typed, stored) => expect(parseClockTime(typed)).toBe(stored));

  it.each(['24:00', '8:60', '8:3', 'tám giờ', '830', '', '8:30:15'])('refuses %s', (typed) =>
    expect(parseClockTime(typed)).toBeNull(),
  );

  it('the meeting schema stores every accepted spelling as HH:MM and refuses the rest with a message', () => {
    const base = { ...emptyMeeting('2025-08-26'), title: 'Họp' };
    for (const time of ['8:30', '8h30', '08:30'])
      expect(meetingInput.parse({ ...base, time }).time).toBe('08:30');
    const bad = meetingInput.safeParse({ ...base, time: '25h' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/giờ không hợp lệ.*invalid time/);
  });

  it('gives back every valid HH:MM unchanged, and in its h spelling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const hh = String(h).padStart(2, '0');
        const mm = String(m).padStart(2, '0');
        expect(parseClockTime(`${hh}:${mm}`)).toBe(`${hh}:${mm}`);
        expect(parseClockTime(`${h}h${mm}`)).toBe(`${hh}:${mm}`);
      }),
      { seed: 9009, numRuns: 300 },
    );
  });
});

describe('parseTabular (cells copied from Excel)', () => {
  it('reads tab-separated rows, with Excel quoting and Windows line ends', () => {
    const excel =
      'Nguyễn Văn A\tThứ trưởng\tBộ Ngoại giao\r\n"Trần Thị B\nkiêm nhiệm"\tVụ trưởng\t"Vụ ""Tổng hợp"""\r\n';
    expect(parseTabular(excel)).toEqual([
      ['Nguyễn Văn A', 'Thứ trưởng', 'Bộ Ngoại giao'],
      ['Trần Thị B\nkiêm nhiệm', 'Vụ trưởng', 'Vụ "Tổng hợp"'],
    ]);
  });

  it('leaves a single cell to an ordinary paste, and keeps quotes inside text', () => {
    expect(parseTabular('Nghị quyết 59-NQ/TW')).toBeNull();
    expect(parseTabular('Nghị quyết "59"\tx')).toEqual([['Nghị quyết "59"', 'x']]);
  });

  it('normalises to NFC and drops empty rows', () => {
    const nfd = 'Hội nhập'.normalize('NFD');
    expect(parseTabular(`${nfd}\ta\n\t\n`)).toEqual([['Hội nhập', 'a']]);
  });

  it('lays a block over the rows from the cell pasted into, adding rows and dropping extra columns', () => {
    type P = { a: string; b: string };
    const rows: P[] = [{ a: '1', b: '2' }];
    const out = pasteRows(
      rows,
      [
        ['x', 'y', 'z'],
        ['u', 'v'],
      ],
      { row: 0, column: 1 },
      ['a', 'b'] as const,
      () => ({ a: '', b: '' }),
      (r, c, v) => ({ ...r, [c]: v }),
    );
    expect(out).toEqual([
      { a: '1', b: 'x' },
      { a: '', b: 'u' },
    ]);
    expect(rows).toEqual([{ a: '1', b: '2' }]);
  });
});

describe('field limits', () => {
  it('the validators refuse one character past the limit the editors show', () => {
    const base = { ...emptyMeeting('2025-08-26'), title: 'Họp' };
    expect(meetingInput.safeParse({ ...base, summary: 'a'.repeat(LIMITS.long) }).success).toBe(
      true,
    );
    expect(meetingInput.safeParse({ ...base, summary: 'a'.repeat(LIMITS.long + 1) }).success).toBe(
      false,
    );
    expect(meetingInput.safeParse({ ...base, title: 'a'.repeat(LIMITS.title + 1) }).success).toBe(
      false,
    );
  });

  it('counts a paste as replacing the selection, in NFC', () => {
    expect(lengthAfterPaste('abcdef', 1, 3, 'xyz')).toBe(7);
    expect(lengthAfterPaste('', 0, 0, 'Việt'.normalize('NFD'))).toBe(4);
    expect(nearLimit(15_999, 20_000)).toBe(false);
    expect(nearLimit(16_000, 20_000)).toBe(true);
  });
});
