// The directive register a page at a time (issue 13 §6), on a real encrypted vault: the pages
// of every filter in every order, read one after another, are exactly the whole filtered list
// in that order (no row twice, none missing, even among tasks sharing a deadline), the count
// is the list's length, each filter keeps what its rule says, and a page larger than the
// contract's cap, or before the first row, is refused.
import { describe, expect, it } from 'vitest';
import { isOverdue, missingRo, type Directive } from '../../../shared/domain';
import { PAGE_LIMIT, type DirectiveSort } from '../../../shared/contract';
import { foldForSearch } from '../../../shared/text';
import { deskWithVault, type TestDesk } from '../handlers/helpers';
import { meeting } from '../vault/helpers';
import { directiveInput } from './directive-input';

const TODAY = '2025-09-15';
const UNITS = ['Bộ Tài chính', 'Bộ Công Thương', 'Đắk Lắk', 'Vụ Tổng hợp', ''];
const STATUSES = ['not-started', 'in-progress', 'done'] as const;
const PILLARS = ['economy', 'general', 'politics-defence-security'] as const;
const SORTS: DirectiveSort[] = [
  'deadline-asc',
  'deadline-desc',
  'status',
  'lead-unit',
  'updated-desc',
];

let desk: TestDesk;
let meetingId: string;
let all: Directive[];

// The handler tests' desks close after each test: each test fills its own vault.
async function fill() {
  ({ desk } = await deskWithVault());
  meetingId = (await desk.ok('meetings.save', meeting({ title: 'Hội nghị giao ban' }))).id;
  // 160 tasks over 7 deadlines (many ties), some without one, some missing a "rõ".
  for (let i = 0; i < 160; i++) {
    const status = STATUSES[i % 3]!;
    await desk.ok(
      'directives.save',
      directiveInput({
        task: `Nhiệm vụ ${i}`,
        deadline: i % 8 === 7 ? null : `2025-0${(i % 7) + 3}-1${i % 2}`,
        leadUnit: UNITS[i % 5],
        status,
        completedOn: status === 'done' ? '2025-08-30' : null,
        pillar: PILLARS[i % 3],
        deliverable: i % 4 === 0 ? '' : 'Báo cáo',
        meetingId: i % 6 === 0 ? meetingId : null,
      }),
    );
  }
  all = await desk.ok('directives.list', { today: TODAY });
}

const FILTERS: [string, Record<string, unknown>, (d: Directive) => boolean][] = [
  ['none', {}, () => true],
  ['overdue', { overdue: true }, (d) => isOverdue(d, TODAY)],
  ['status', { status: 'in-progress' }, (d) => d.status === 'in-progress'],
  ['lead unit', { leadUnit: 'tai chinh' }, (d) => foldForSearch(d.leadUnit).includes('tai chinh')],
  ['meeting', { meetingId: '' }, (d) => d.meetingId !== null],
  ['incomplete', { incomplete: true }, (d) => missingRo(d).length > 0],
  ['pillar', { pillar: 'general' }, (d) => d.pillar === 'general'],
  [
    'two at once',
    { overdue: true, incomplete: true },
    (d) => isOverdue(d, TODAY) && missingRo(d).length > 0,
  ],
];

async function readPages(filter: Record<string, unknown>, limit: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += limit) {
    const page = await desk.ok('directives.page', {
      ...filter,
      today: TODAY,
      offset,
      limit,
    } as never);
    totals.add(page.total);
    ids.push(...page.rows.map((d) => d.id));
    if (page.rows.length < limit) break;
  }
  return { ids, totals: [...totals] };
}

describe('the directive register in pages', () => {
  it('pages of every filter in every order make up the whole list', async () => {
    await fill();
    for (const [name, f, rule] of FILTERS) {
      const filter = { ...f, ...('meetingId' in f ? { meetingId } : {}) };
      const expected = all.filter(rule).map((d) => d.id);
      expect(expected.length, name).toBeGreaterThan(3);
      for (const sort of SORTS) {
        const list = (
          await desk.ok('directives.list', { ...filter, sort, today: TODAY } as never)
        ).map((d) => d.id);
        expect(new Set(list), `${name} ${sort}`).toEqual(new Set(expected));
        const { ids, totals } = await readPages({ ...filter, sort }, 7);
        expect(ids, `${name} ${sort}`).toEqual(list);
        expect(totals).toEqual([list.length]);
      }
    }
  }, 120_000);

  it('orders pages as the register says: by deadline (none last), by lead unit (none last)', async () => {
    await fill();
    const byDeadline = (await readPages({}, 50)).ids.map((id) => all.find((d) => d.id === id)!);
    const deadlines = byDeadline.map((d) => d.deadline ?? '9999');
    expect(deadlines).toEqual([...deadlines].sort());
    const desc = (await readPages({ sort: 'deadline-desc' }, 50)).ids.map(
      (id) => all.find((d) => d.id === id)!.deadline,
    );
    expect(desc.slice(0, -20)).toEqual(
      desc
        .slice(0, -20)
        .filter((x) => x !== null)
        .sort()
        .reverse(),
    );
    expect(desc.slice(-20)).toEqual(Array(20).fill(null));
    const units = (await readPages({ sort: 'lead-unit' }, 50)).ids.map((id) =>
      foldForSearch(all.find((d) => d.id === id)!.leadUnit),
    );
    const named = units.filter((u) => u !== '');
    expect(units).toEqual([...named.sort(), ...units.filter((u) => u === '')]);
  });

  it('answers past the end with no rows and the count', async () => {
    ({ desk } = await deskWithVault());
    await desk.ok('directives.save', directiveInput());
    const page = await desk.ok('directives.page', { offset: 1000, limit: 10, today: TODAY });
    expect(page).toEqual({ rows: [], total: 1 });
  }, 60_000);

  it('refuses a page larger than the cap, empty, or before the first row', async () => {
    await fill();
    for (const bad of [
      { offset: 0, limit: PAGE_LIMIT + 1 },
      { offset: 0, limit: 0 },
      { offset: -1, limit: 10 },
      { offset: 0.5, limit: 10 },
      { offset: 0 },
      { offset: 0, limit: 10, sort: 'random' },
    ])
      expect((await desk.failure('directives.page', bad)).code).toBe('invalid-input');
    const biggest = await desk.ok('directives.page', { offset: 0, limit: PAGE_LIMIT });
    expect(biggest.rows).toHaveLength(160);
  }, 60_000);
});
