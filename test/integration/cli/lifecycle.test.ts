// `briefing-desk` through the lifecycle (issue 10), as a new user would: demo (which sets a
// sample organisation with a signer) → brief new → export (the draft: DỰ THẢO, no number) →
// brief check → brief issue (prints 01/TB-BNG) → export (the issued document) → register list;
// org show and org set; the refusals (blocking problems: exit 1 with the reasons; bad options:
// usage errors). Real processes on the sources, real vault files, PDFs read back by poppler.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTool, pdfText } from '../export/poppler';
import { tempDir } from '../handlers/helpers';
import { cliWithPassphrase, expectOneLineError, runExport, newBriefId } from './run-cli';

const PASS = 'mật khẩu dòng lệnh đủ dài';
const POPPLER = hasTool('pdftotext');
const cli = cliWithPassphrase(PASS);
const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

async function demoVault() {
  const home = tempDir('bd-cli-life-');
  const demo = await cli(home, ['demo', 'demo.bdvault']);
  expect(demo.code, demo.stderr).toBe(0);
  expect(demo.stdout).toContain('Bộ Ngoại giao (BNG)');
  const meetings = JSON.parse(
    (await cli(home, ['list', 'meetings', '--vault', 'demo.bdvault', '--json'])).stdout,
  ) as { id: string; date: string }[];
  const meeting = meetings.find((m) => m.date === '2025-08-26')!.id;
  return { home, meeting };
}

const newBrief = (home: string, meeting: string, template: string) =>
  newBriefId(cli, home, { vault: 'demo.bdvault', meeting, template });

describe('briefing-desk lifecycle commands', () => {
  it(
    'demo → brief new → export draft → brief issue → export issued → register list, editing nothing',
    { timeout: 300_000 },
    async () => {
      const { home, meeting } = await demoVault();
      const id = await newBrief(home, meeting, 'conclusion-notice');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);

      const draft = await runExport(cli, home, ['export', id], {
        vault: 'demo.bdvault',
        format: 'pdf',
        out: 'du-thao.pdf',
      });
      expect(draft.code, draft.stderr).toBe(0);
      const checked = await cli(home, ['brief', 'check', id, '--vault', 'demo.bdvault', '--json']);
      expect(checked.code, checked.stderr).toBe(0);
      const report = JSON.parse(checked.stdout) as {
        status: string;
        problems: { severity: string; code: string }[];
      };
      expect(report.status).toBe('draft');
      expect(report.problems.filter((p) => p.severity === 'blocking')).toEqual([]);

      const issued = await cli(home, ['brief', 'issue', id, '--vault', 'demo.bdvault']);
      expect(issued.code, issued.stderr).toBe(0);
      expect(issued.stdout.trim()).toBe('01/TB-BNG');
      const again = await cli(home, ['brief', 'issue', id, '--vault', 'demo.bdvault']);
      expectOneLineError(again, 1);
      expect(again.stderr).toContain('01/TB-BNG');

      const second = await newBrief(home, meeting, 'conclusion-notice');
      const json = await cli(home, [
        'brief',
        'issue',
        second,
        '--vault',
        'demo.bdvault',
        '--date',
        '31/12/2099',
        '--json',
      ]);
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({
        issued: true,
        numberSymbol: '01/TB-BNG',
        date: '2099-12-31',
      });

      const out = await runExport(cli, home, ['export', id], {
        vault: 'demo.bdvault',
        format: 'pdf',
        out: 'ban-hanh.pdf',
      });
      expect(out.code, out.stderr).toBe(0);
      if (POPPLER) {
        const d = flat(pdfText(path.join(home, 'du-thao.pdf')));
        expect(d).toContain('DỰ THẢO');
        expect(d).toMatch(/Số: \/TB-BNG/);
        expect(d).toMatch(/ngày tháng năm \d{4}/);
        const i = flat(pdfText(path.join(home, 'ban-hanh.pdf')));
        expect(i).not.toContain('DỰ THẢO');
        expect(i).toContain('Số: 01/TB-BNG');
        expect(i).toMatch(/Hà Nội, ngày \d{2} tháng \d{1,2} năm \d{4}/);
        expect(i).toContain('Nguyễn Văn An');
      }

      const listed = await cli(home, ['register', 'list', '--vault', 'demo.bdvault', '--json']);
      const entries = JSON.parse(listed.stdout) as {
        numberSymbol: string;
        year: number;
        briefId: string;
      }[];
      expect(entries.map((e) => [e.numberSymbol, e.briefId])).toEqual([
        ['01/TB-BNG', id],
        ['01/TB-BNG', second],
      ]);
      const table = await cli(home, [
        'register',
        'list',
        '--vault',
        'demo.bdvault',
        '--year',
        '2099',
      ]);
      expect(table.stdout.split('\n')[0]).toBe(
        'Số, ký hiệu | Ngày tháng | Tên loại và trích yếu nội dung | Người ký | Nơi nhận',
      );
      expect(table.stdout).toContain('01/TB-BNG | 31/12/2099 | Thông báo: Kết luận');
      expect(table.stdout.trim().split('\n')).toHaveLength(2);
    },
  );

  it(
    'refuses to issue while a blocking problem remains: exit 1, the reasons, no number taken',
    { timeout: 200_000 },
    async () => {
      const { home, meeting } = await demoVault();
      const id = await newBrief(home, meeting, 'minutes');
      const check = await cli(home, ['brief', 'check', id, '--vault', 'demo.bdvault']);
      expect(check.code).toBe(0);
      expect(check.stdout).toContain('[CHẶN / BLOCKING] header.secondSignature.name');
      expect(check.stdout).toMatch(/\[CHẶN \/ BLOCKING\] body\.\d+: .*“…”/);
      const run = await cli(home, ['brief', 'issue', id, '--vault', 'demo.bdvault', '--json']);
      expectOneLineError(run, 1);
      const answer = JSON.parse(run.stdout) as { issued: boolean; reasons: { path: string }[] };
      expect(answer.issued).toBe(false);
      expect(answer.reasons.map((r) => r.path)).toContain('header.secondSignature.name');
      expect(
        JSON.parse(
          (await cli(home, ['register', 'list', '--vault', 'demo.bdvault', '--json'])).stdout,
        ),
      ).toEqual([]);
      // The draft still exports, with the problems as notes.
      const out = await runExport(cli, home, ['export', id], {
        vault: 'demo.bdvault',
        format: 'docx',
        out: 'bb.docx',
      });
      expect(out.code, out.stderr).toBe(0);
      expect(out.stdout).toContain('Lưu ý: Biên bản chưa có họ tên thư ký');
    },
  );

  it('org show and org set change what the next brief carries', { timeout: 200_000 }, async () => {
    const { home, meeting } = await demoVault();
    const set = await cli(home, [
      'org',
      'set',
      '--vault',
      'demo.bdvault',
      '--issuer',
      'Bộ Công Thương',
      '--issuer-abbrev',
      'BCT',
      '--superior',
      '',
      '--unit-abbrev',
      'KH',
      '--place',
      'Hà Nội',
      '--signer-name',
      'Lê Văn Cường',
      '--signer-title',
      'Bộ trưởng',
      '--authority',
      'none',
    ]);
    expect(set.code, set.stderr).toBe(0);
    const shown = JSON.parse(
      (await cli(home, ['org', 'show', '--vault', 'demo.bdvault', '--json'])).stdout,
    ) as Record<string, unknown>;
    expect(shown).toMatchObject({
      name: 'Bộ Công Thương',
      abbreviation: 'BCT',
      draftingUnit: 'KH',
      signer: { authority: 'none', authorityOf: '', title: 'Bộ trưởng', name: 'Lê Văn Cường' },
    });
    expect((await cli(home, ['org', 'show', '--vault', 'demo.bdvault'])).stdout).toContain(
      'Người ký / Signer: Bộ trưởng / Lê Văn Cường',
    );
    const id = await newBrief(home, meeting, 'official-letter');
    const issued = await cli(home, ['brief', 'issue', id, '--vault', 'demo.bdvault']);
    // The letter leaves "trước ngày …" for the drafter: refused until it is written.
    expectOneLineError(issued, 1);
    expect(issued.stdout).toMatch(/body\.\d+:.*trước ngày …/);

    const kt = await cli(home, [
      'org',
      'set',
      '--vault',
      'demo.bdvault',
      '--authority',
      'KT.',
      '--authority-of',
      'Bộ trưởng',
      '--signer-title',
      'Thứ trưởng',
    ]);
    expect(kt.code, kt.stderr).toBe(0);
    expect(kt.stdout).toContain('KT. Bộ trưởng / Thứ trưởng / Lê Văn Cường');
  });

  it('refuses bad options with usage errors', { timeout: 120_000 }, async () => {
    const home = tempDir('bd-cli-life-');
    expectOneLineError(
      await cli(home, ['org', 'set', '--vault', 'x.bdvault', '--authority', 'XX']),
      2,
    );
    expectOneLineError(
      await cli(home, ['brief', 'issue', 'abc', '--vault', 'x.bdvault', '--date', '31/02/2026']),
      2,
    );
    expectOneLineError(
      await cli(home, ['register', 'list', '--vault', 'x.bdvault', '--year', '26']),
      2,
    );
    expectOneLineError(
      await cli(home, ['brief', 'check', 'abc', '--vault', 'x.bdvault', '--date', '1/1/2026']),
      2,
    );
    expectOneLineError(
      await cli(home, ['org', 'show', '--vault', 'x.bdvault', '--issuer', 'X']),
      2,
    );
  });
});
