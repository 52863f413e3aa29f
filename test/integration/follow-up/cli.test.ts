// `briefing-desk stats directives` and `export-register` as a user runs them, over the sample
// vault (its deadlines are in 2025 and 2026, so the counts depend on the day: the test checks
// what holds on any day — the shape, the balance, and the files).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWithPassphrase, expectOneLineError, runExport } from '../cli/run-cli';
import { lockedSampleVault, PASS } from '../handlers/helpers';
import { readXlsx } from './xlsx-reader';

const cli = cliWithPassphrase(PASS);

async function sampleVault() {
  const made = await lockedSampleVault();
  return { home: made.dir, vault: path.basename(made.file) };
}

describe('briefing-desk stats and export-register', () => {
  it('stats --json by unit, meeting and month: every row balances, all tasks counted', async () => {
    const { home, vault } = await sampleVault();
    for (const by of ['unit', 'meeting', 'month']) {
      const run = await cli(home, ['stats', 'directives', '--vault', vault, '--by', by, '--json']);
      expect(run.code, run.stderr).toBe(0);
      const rows = JSON.parse(run.stdout) as Record<string, number | string | null>[];
      expect(Object.keys(rows[0]!)).toEqual([
        'key',
        'total',
        'doneOnTime',
        'doneLate',
        'inProgress',
        'overdue',
        'notStarted',
        'onTimeRate',
      ]);
      // The sample's 17 records are 13 tasks and 4 delegates' recommendations, not counted.
      expect(rows.reduce((s, r) => s + Number(r.total), 0)).toBe(13);
      for (const r of rows) {
        const parts = ['doneOnTime', 'doneLate', 'inProgress', 'overdue', 'notStarted'].map((k) =>
          Number(r[k]),
        );
        expect(parts.reduce((a, b) => a + b, 0)).toBe(r.total);
      }
    }
    const text = await cli(home, ['stats', 'directives', '--vault', vault]);
    expect(text.stdout).toMatch(/^Đơn vị chủ trì\s+Tổng số/);
    expect(text.stdout).toMatch(/Tổng cộng\s+13\s/);
    expectOneLineError(
      await cli(home, ['stats', 'directives', '--vault', vault, '--by', 'year']),
      2,
    );
  });

  it('export-register writes xlsx and docx, and never replaces a file without --force', async () => {
    const { home, vault } = await sampleVault();
    const out = path.join(home, 'nhiem-vu.xlsx');
    const run = await runExport(cli, home, ['export-register', 'directives'], {
      vault,
      format: 'xlsx',
      out: 'nhiem-vu.xlsx',
    });
    expect(run.code, run.stderr).toBe(0);
    // The header and the 13 tasks: the tracking register leaves the recommendations out.
    expect(readXlsx(out).rows).toHaveLength(14);
    const before = fs.readFileSync(out);
    const again = await runExport(cli, home, ['export-register', 'stats'], {
      vault,
      format: 'xlsx',
      out: 'nhiem-vu.xlsx',
    });
    expectOneLineError(again, 1);
    expect(again.stderr).toContain('--force');
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    const forced = await runExport(
      cli,
      home,
      ['export-register', 'stats'],
      { vault, format: 'xlsx', out: 'nhiem-vu.xlsx' },
      '--force',
    );
    expect(forced.code, forced.stderr).toBe(0);
    expect(readXlsx(out).rows[0]?.[0]).toEqual({ type: 'string', value: 'Đơn vị chủ trì' });
    const docx = await runExport(cli, home, ['export-register', 'indicators'], {
      vault,
      format: 'docx',
      out: 'chi-tieu.docx',
    });
    expect(docx.code, docx.stderr).toBe(0);
    expect(fs.readFileSync(path.join(home, 'chi-tieu.docx')).subarray(0, 2).toString()).toBe('PK');
    expectOneLineError(
      await runExport(cli, home, ['export-register', 'meetings'], {
        vault,
        format: 'xlsx',
        out: 'x.xlsx',
      }),
      2,
    );
    expectOneLineError(
      await runExport(cli, home, ['export-register', 'stats'], {
        vault,
        format: 'pdf',
        out: 'x.pdf',
      }),
      2,
    );
  });
});
