// Statistics and register exports through the handlers, over a real encrypted vault whose
// "today" is fixed (2025-09-15): the counts are the hand-computed ones, and the files read
// back — the xlsx without exceljs (xlsx-reader.ts), the docx through LibreOffice and poppler.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { deskWithVault, type TestDesk } from '../handlers/helpers';
import { sofficeToPdf } from '../briefs/office';
import { hasTool } from '../export/poppler';
import { readXlsx } from './xlsx-reader';
import { directiveInput as directive } from './directive-input';
import { statsRow } from '../../fixtures/stats';
import { STATS_HEADERS } from '../../../shared/registers/stats-register';

const SOFFICE = hasTool('soffice') && hasTool('pdftotext');

let desk: TestDesk;
let dir: string;

// Per test: the handler helpers lock and remove every desk after each test.
beforeEach(async () => {
  ({ desk, dir } = await deskWithVault());
  for (const d of [
    directive({
      task: 'Đúng hạn',
      status: 'done',
      deadline: '2025-09-10',
      completedOn: '2025-09-09',
    }),
    directive({
      task: 'Trễ hạn',
      status: 'done',
      deadline: '2025-09-10',
      completedOn: '2025-09-12',
    }),
    directive({ task: 'Hạn hôm nay', status: 'in-progress', deadline: '2025-09-15' }),
    directive({
      task: 'Quá hạn 12 ngày',
      status: 'not-started',
      deadline: '2025-09-03',
      coordinatingUnits: ['Bộ Tài chính', 'Bộ Xây dựng'],
    }),
    directive({ task: 'Không thời hạn', status: 'in-progress', leadUnit: 'Bộ Tài chính' }),
  ]) {
    await desk.ok('directives.save', directive(d));
  }
  const gdp = await desk.ok('indicators.save', {
    name: 'Tăng trưởng GDP',
    pillar: 'economy',
    unit: '%',
    description: '',
  });
  for (const [quarter, value] of [
    [2, 7.96],
    [1, 6.93],
  ] as const) {
    await desk.ok('observations.save', {
      indicatorId: gdp.id,
      value,
      period: { kind: 'quarter', year: 2025, quarter },
      asOf: '2025-07-06',
      source: 'Cục Thống kê',
      status: 'official',
      comparison: '',
      target: 8,
    });
  }
});

async function exported(
  register: 'directives' | 'indicators' | 'stats',
  format: 'xlsx' | 'docx',
  name: string,
) {
  const made = await desk.ok('registers.export', { register, format });
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(made.base64, 'base64'));
  return { made, file };
}

describe('statistics of directives', () => {
  it('by lead unit: the hand-computed counts; the deadline day is not overdue', async () => {
    const stats = await desk.ok('stats.directives', { by: 'unit' });
    expect(stats.today).toBe('2025-09-15');
    expect(stats.rows).toEqual([
      statsRow('Bộ Công Thương', {
        total: 4,
        doneOnTime: 1,
        doneLate: 1,
        inProgress: 1,
        overdue: 1,
        onTimeRate: 0.3333,
      }),
      statsRow('Bộ Tài chính', { total: 1, inProgress: 1 }),
    ]);
    expect(stats.total).toMatchObject({ key: 'Tổng cộng', total: 5, overdue: 1 });
  });

  it('by month of the deadline, and a date the caller gives', async () => {
    const stats = await desk.ok('stats.directives', { by: 'month', today: '2025-09-16' });
    // On the 16th the task due on the 15th is overdue too.
    expect(stats.rows.map((r) => [r.key, r.total, r.overdue])).toEqual([
      ['2025-09', 4, 2],
      ['(Không có thời hạn)', 1, 0],
    ]);
  });
});

describe('registers to Excel', () => {
  it('the directive register: Vietnamese headers, real dates and numbers, frozen header, filter', async () => {
    const { made, file } = await exported('directives', 'xlsx', 'nhiem-vu.xlsx');
    expect(made.fileName).toBe('So-theo-doi-nhiem-vu_2025-09-15.xlsx');
    const sheet = readXlsx(file);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.autoFilter).toBe('A1:M6');
    expect(sheet.rows).toHaveLength(6);
    expect(sheet.rows[0]?.slice(0, 6)).toEqual(
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Người thực hiện', 'Thời hạn'].map(
        (value) => ({ type: 'string', value }),
      ),
    );
    const overdue = sheet.rows.find((r) => r[1]?.value === 'Quá hạn 12 ngày')!;
    expect(overdue[0]).toMatchObject({ type: 'number' });
    expect(overdue[3]).toEqual({ type: 'string', value: 'Bộ Tài chính; Bộ Xây dựng' });
    expect(overdue[5]).toEqual({ type: 'date', value: '2025-09-03' });
    expect(overdue[8]).toEqual({ type: 'string', value: 'Quá hạn' });
    expect(overdue[9]).toEqual({ type: 'number', value: 12 });
    const late = sheet.rows.find((r) => r[1]?.value === 'Trễ hạn')!;
    expect(late[7]).toEqual({ type: 'date', value: '2025-09-12' });
    expect(late[8]).toEqual({ type: 'string', value: 'Hoàn thành trễ hạn' });
    // No deadline: an empty cell, not "null" or a 1900 date.
    expect(sheet.rows.find((r) => r[1]?.value === 'Không thời hạn')![5] ?? null).toBeNull();
  });

  it('the indicator register: one row per observation, oldest first, values as numbers', async () => {
    const sheet = readXlsx((await exported('indicators', 'xlsx', 'chi-tieu.xlsx')).file);
    expect(sheet.rows.slice(1).map((r) => [r[3]?.value, r[4]?.value, r[5], r[6]])).toEqual([
      ['quý I/2025', '2025-03-31', { type: 'number', value: 6.93 }, { type: 'number', value: 8 }],
      ['quý II/2025', '2025-06-30', { type: 'number', value: 7.96 }, { type: 'number', value: 8 }],
    ]);
    expect(sheet.rows[1]?.[4]?.type).toBe('date');
  });

  it('the statistics: counts and rates as numbers, the total row bold and outside the filter', async () => {
    const sheet = readXlsx((await exported('stats', 'xlsx', 'thong-ke.xlsx')).file);
    expect(sheet.rows.map((r) => r.map((c) => c?.value ?? null))).toEqual([
      // The group's header, then the register's own column headers, in their order.
      ['Đơn vị chủ trì', ...STATS_HEADERS],
      ['Bộ Công Thương', 4, 1, 1, 1, 1, 0, 0.3333],
      ['Bộ Tài chính', 1, 0, 0, 1, 0, 0, null],
      ['Tổng cộng', 5, 1, 1, 2, 1, 0, 0.3333],
    ]);
    expect(sheet.autoFilter).toBe('A1:H3');
    expect(sheet.boldRows.has(3)).toBe(true);
    expect(sheet.boldRows.has(1)).toBe(false);
  });
});

describe('registers to Word', () => {
  it.skipIf(!SOFFICE)(
    'a landscape table LibreOffice renders, with dates and numbers the Vietnamese way',
    async () => {
      const { file } = await exported('directives', 'docx', 'nhiem-vu.docx');
      const stats = await exported('stats', 'docx', 'thong-ke.docx');
      sofficeToPdf([file, stats.file], {
        profile: path.join(dir, 'lo'),
        outDir: path.join(dir, 'lo-out'),
      });
      const pdf = path.join(dir, 'lo-out', 'nhiem-vu.pdf');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize(
        'NFC',
      );
      expect(text).toContain('SỔ THEO DÕI NHIỆM VỤ');
      expect(text).toContain('Quá hạn 12 ngày');
      expect(text).toContain('3/9/2025');
      const statsText = execFileSync(
        'pdftotext',
        ['-layout', path.join(dir, 'lo-out', 'thong-ke.pdf'), '-'],
        { encoding: 'utf8' },
      ).normalize('NFC');
      expect(statsText).toMatch(/Bộ Công Thương\s+4\s+1\s+1\s+1\s+1\s+0\s+33,3%/);
      expect(statsText).toMatch(/Tổng cộng\s+5\s+1\s+1\s+2\s+1\s+0\s+33,3%/);
    },
  );
});
