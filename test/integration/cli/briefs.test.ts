// `briefing-desk brief new`, `list briefs` and `export` end to end: a real process on the
// sources (through tsx) over a real vault prepared in-process (sample data and the
// organisation profile, which the CLI has no command for), the passphrase from the environment.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefNew, cliWithPassphrase, expectOneLineError, runExport, newBriefId } from './run-cli';
import { MEETING_IDS } from '../../../shared/sample';
import { hasTool, pdfInfo, pdfText } from '../export/poppler';
import { deskWithSample } from '../briefs/helpers';
import { deskWithVault, PASS, tempDir } from '../handlers/helpers';

const MEETING = MEETING_IDS.committee20250826;
const POPPLER = hasTool('pdfinfo') && hasTool('pdftotext');
const A4 = { width: 595.28, height: 841.89 };

const cli = cliWithPassphrase(PASS);

/** A vault file (locked again) with the sample data, in a folder the CLI runs in. */
async function preparedVault(withProfile: boolean) {
  const made = withProfile ? await deskWithSample() : await deskWithVault();
  if (!withProfile) await made.desk.ok('sample.create', {});
  made.desk.session.lock();
  return { home: made.dir, vault: path.basename(made.file) };
}

describe('briefing-desk brief commands', () => {
  it('brief new prints the id; list briefs --json lists it; export writes an A4 PDF and a DOCX', async () => {
    const { home, vault } = await preparedVault(true);
    const id = await newBriefId(cli, home, {
      vault,
      meeting: MEETING,
      template: 'conclusion-notice',
    });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const asJson = await briefNew(
      cli,
      home,
      { vault, meeting: MEETING, template: 'report' },
      '--json',
    );
    expect(asJson.code, asJson.stderr).toBe(0);
    const second = JSON.parse(asJson.stdout) as {
      id: string;
      revision: number;
      template: string;
      meetingId: string;
    };
    expect(second).toMatchObject({ revision: 1, template: 'report', meetingId: MEETING });

    const listed = await cli(home, ['list', 'briefs', '--vault', vault, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const rows = JSON.parse(listed.stdout) as {
      id: string;
      typeName: string;
      numberSymbol: string;
    }[];
    expect(rows.map((r) => r.id).sort()).toEqual([id, second.id].sort());
    expect(rows.find((r) => r.id === id)).toMatchObject({
      typeName: 'Thông báo',
      numberSymbol: expect.stringMatching(/\/TB-VPCP$/),
    });
    const table = await cli(home, ['list', 'briefs', '--vault', vault]);
    expect(table.stdout).toContain(id);
    expect(table.stdout).toContain('Thông báo: Kết luận của');

    const pdf = await runExport(cli, home, ['export', id], {
      vault,
      format: 'pdf',
      out: 'thong-bao.pdf',
    });
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.stdout).toMatch(/Đã xuất \/ Exported: .*thong-bao\.pdf \(bản 1/);
    const file = path.join(home, 'thong-bao.pdf');
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const docx = await runExport(cli, home, ['export', id], {
      vault,
      format: 'docx',
      out: 'thong-bao.docx',
    });
    expect(docx.code, docx.stderr).toBe(0);
    expect(
      fs.readFileSync(path.join(home, 'thong-bao.docx')).subarray(0, 2).toString('latin1'),
    ).toBe('PK');
    // No temp file is left beside the exports.
    expect(fs.readdirSync(home).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    if (!POPPLER) {
      console.warn(
        'pdfinfo/pdftotext not installed: the A4 and text checks of the exported PDF are skipped',
      );
      return;
    }
    const info = pdfInfo(file);
    expect(info.width).toBeCloseTo(A4.width, 0);
    expect(info.height).toBeCloseTo(A4.height, 0);
    expect(pdfText(file)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('never overwrites an existing --out without --force, and replaces it whole with it', async () => {
    const { home, vault } = await preparedVault(true);
    const id = await newBriefId(cli, home, { vault, meeting: MEETING, template: 'minutes' });
    const out = path.join(home, 'bien-ban.pdf');
    fs.writeFileSync(out, 'bản cũ');
    const refused = await runExport(cli, home, ['export', id], {
      vault,
      format: 'pdf',
      out: 'bien-ban.pdf',
    });
    expectOneLineError(refused, 1);
    expect(refused.stderr).toMatch(/đã tồn tại.*--force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('bản cũ');
    const forced = await runExport(
      cli,
      home,
      ['export', id],
      { vault, format: 'pdf', out: 'bien-ban.pdf' },
      '--force',
    );
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('exports a draft with blocking problems (DỰ THẢO, no number); brief issue refuses it with the reasons', async () => {
    const { home, vault } = await preparedVault(false); // no profile: no abbreviation, no signer
    const id = await newBriefId(cli, home, { vault, meeting: MEETING, template: 'report' });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const run = await runExport(cli, home, ['export', id], {
      vault,
      format: 'docx',
      out: 'bao-cao.docx',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Lưu ý: Họ tên người ký chưa được nhập.');
    expect(fs.existsSync(path.join(home, 'bao-cao.docx'))).toBe(true);
    expect(fs.readdirSync(home).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const issue = await cli(home, ['brief', 'issue', id, '--vault', vault]);
    expectOneLineError(issue, 1);
    expect(issue.stderr).toContain('Chưa thể ban hành');
    expect(issue.stderr).toContain('cannot be issued yet');
    expect(issue.stdout).toContain('header.signature.name');
    const register = await cli(home, ['register', 'list', '--vault', vault, '--json']);
    expect(JSON.parse(register.stdout)).toEqual([]);
  });

  it('refuses bad command lines with usage errors', async () => {
    const home = tempDir('bd-cli-');
    // An unknown template: a usage error that names the known ones.
    const unknown = await briefNew(cli, home, { vault: 'x', meeting: MEETING, template: 'memo' });
    expectOneLineError(unknown, 2);
    expect(unknown.stderr).toContain('conclusion-notice');
    expectOneLineError(
      await cli(home, ['brief', 'new', '--template', 'report', '--vault', 'x']),
      2,
    );
    expectOneLineError(
      await cli(home, ['export', 'abc', '--vault', 'x', '--format', 'odt', '--out', 'a.odt']),
      2,
    );
    expectOneLineError(await cli(home, ['export', 'abc', '--vault', 'x', '--format', 'pdf']), 2);
    expectOneLineError(await cli(home, ['list', 'briefs', '--vault', 'x', '--force']), 2);
  });
});
