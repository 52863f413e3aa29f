// `briefing-desk extract` end to end: a real process reading real files, printing the issue's
// JSON shape, mapping figures to a real vault's indicators, and refusing hostile input with one
// bilingual line while writing nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureFootnote, figureSnapshotOf } from '../../../shared/brief/live';
import type { DirectiveProposal } from '../../../shared/extract';
import { INDICATOR_IDS, MEETING_IDS } from '../../../shared/sample';
import { bareMeeting } from '../../fixtures/records';
import { deskWithVault, lockedSampleVault, PASS, tempDir } from '../handlers/helpers';
import { makeDocx, zipBomb } from '../sources/make-files';
import { expectOneLineError, runCli } from './run-cli';

const RELEASE = [
  'Tổng sản phẩm trong nước (GDP) quý III/2025 ước tính tăng 8,23% so với cùng kỳ năm trước, chỉ thấp hơn mức tăng 14,38% của quý III/2022.',
  'Tính chung 9 tháng năm 2025, xuất khẩu đạt 348,7 tỷ USD, tăng 16%.',
  'Giao Bộ Tài chính chủ trì, phối hợp với NHNN, Bộ Công Thương hoàn thiện Đề án, trình Thủ tướng Chính phủ trong quý IV/2025.',
].join('\n');

interface Printed {
  figures: {
    subject: string;
    indicatorId?: string;
    value: number;
    unit: string;
    kind: string;
    period: { label: string; start: string; end: string };
    quote: string;
    start: number;
    end: number;
  }[];
  directives: Pick<
    DirectiveProposal,
    'lead' | 'coordinating' | 'task' | 'due' | 'dueText' | 'product' | 'quote'
  >[];
}

describe('briefing-desk extract', () => {
  it('prints figures and directives as JSON with spans into the text, writing nothing', async () => {
    const home = tempDir();
    fs.writeFileSync(path.join(home, 'release.txt'), RELEASE);
    const run = await runCli(home, ['extract', 'release.txt', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as Printed;
    expect(out.figures.map((f) => [f.subject, f.value, f.unit, f.kind, f.period.label])).toEqual([
      ['GDP', 8.23, '%', 'change-yoy', 'quý III/2025'],
      ['GDP', 14.38, '%', 'change-yoy', 'quý III/2022'],
      ['Kim ngạch xuất khẩu', 348.7, 'tỷ USD', 'level', '9 tháng đầu năm 2025'],
      ['Kim ngạch xuất khẩu', 16, '%', 'change-yoy', '9 tháng đầu năm 2025'],
    ]);
    expect(out.figures[0]?.period).toEqual({
      label: 'quý III/2025',
      start: '2025-07-01',
      end: '2025-09-30',
    });
    const f = out.figures[0];
    expect(f && RELEASE.slice(f.start, f.end)).toBe('8,23%');
    expect(out.directives).toEqual([
      expect.objectContaining({
        lead: 'Bộ Tài chính',
        coordinating: ['Ngân hàng Nhà nước Việt Nam', 'Bộ Công Thương'],
        due: '2025-12-31',
        dueText: 'trong quý IV/2025',
        product: expect.stringMatching(/^Đề án/),
      }),
    ]);
    expect(fs.readdirSync(home).sort()).toEqual(['release.txt']);
  });

  it('maps figures to the vault’s indicators with --vault', async () => {
    const made = await lockedSampleVault();
    await fs.promises.writeFile(
      path.join(made.dir, 'report.docx'),
      await makeDocx(RELEASE.split('\n')),
    );
    const run = await runCli(
      made.dir,
      ['extract', 'report.docx', '--vault', path.basename(made.file), '--json'],
      { BRIEFING_DESK_PASSPHRASE: PASS },
    );
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as Printed;
    expect(out.figures[0]?.indicatorId).toBe(INDICATOR_IDS.gdpGrowth);
    expect(out.figures[2]?.indicatorId).toBe(INDICATOR_IDS.goodsExports);
  });

  it('refuses a zip bomb, a text with nothing to propose, and a missing file, in one line each', async () => {
    const home = tempDir();
    fs.writeFileSync(path.join(home, 'bomb.docx'), zipBomb());
    fs.writeFileSync(
      path.join(home, 'plain.txt'),
      'Hai bên trao đổi ý kiến trong không khí thân mật.',
    );
    const bomb = await runCli(home, ['extract', 'bomb.docx']);
    expectOneLineError(bomb, 1);
    expect(bomb.stderr).toMatch(/zip bomb/);
    const none = await runCli(home, ['extract', 'plain.txt']);
    expectOneLineError(none, 1);
    expect(none.stderr).toMatch(/nothing was written/);
    expectOneLineError(await runCli(home, ['extract', 'missing.pdf']), 1);
  });
});

describe('briefing-desk extract --apply', () => {
  it('writes the unambiguous figures and directives with their source; a second run skips the duplicates', async () => {
    const made = await lockedSampleVault();
    await fs.promises.writeFile(
      path.join(made.dir, 'report.docx'),
      await makeDocx(RELEASE.split('\n')),
    );
    const args = [
      'extract',
      'report.docx',
      '--vault',
      path.basename(made.file),
      '--apply',
      '--meeting',
      MEETING_IDS.committee20250826,
      '--json',
    ];
    const env = { BRIEFING_DESK_PASSPHRASE: PASS };
    const first = await runCli(made.dir, args, env);
    expect(first.code, first.stderr).toBe(0);
    const done = JSON.parse(first.stdout) as {
      sourceId: string;
      observations: string[];
      directives: string[];
      skippedDuplicates: number;
    };
    // GDP 8,23% for quý III/2025 (the % indicator); 14,38% of quý III/2022 is a comparison, still a % figure of GDP.
    expect(done.observations.length).toBeGreaterThanOrEqual(1);
    expect(done.directives).toHaveLength(1);

    await made.desk.ok('vault.unlock', {
      file: made.desk.session.files.mint('open-vault', made.file),
      passphrase: PASS,
    });
    const v = made.desk.session.require();
    const d = v.directives.get(done.directives[0] ?? '');
    expect(d).toMatchObject({
      leadUnit: 'Bộ Tài chính',
      deadline: '2025-12-31',
      meetingId: MEETING_IDS.committee20250826,
    });
    const prov = v.sources.provenance('directive', d?.id ?? '');
    expect(prov?.source).toMatchObject({
      fileName: 'report.docx',
      kind: 'docx',
      meetingId: MEETING_IDS.committee20250826,
    });
    expect(prov?.quote).toContain('Giao Bộ Tài chính chủ trì');
    const gdp = v.indicators.list().find((i) => i.id === INDICATOR_IDS.gdpGrowth);
    const obs = gdp?.observations.find((o) => o.value === 8.23 && o.period.kind === 'quarter');
    expect(obs).toBeDefined();
    // A brief citing this figure footnotes the source document.
    if (gdp && obs)
      expect(figureFootnote(figureSnapshotOf(gdp, obs))).toMatch(/Nguồn: tệp report\.docx\.$/);
    expect(v.sources.provenance('observation', obs?.id ?? '')?.quote).toContain('8,23%');
    made.desk.session.lock();

    const second = await runCli(made.dir, args, env);
    expect(second.code, second.stderr).toBe(0);
    const again = JSON.parse(second.stdout) as {
      observations: string[];
      skippedDuplicates: number;
    };
    expect(again.observations).toEqual([]);
    expect(again.skippedDuplicates).toBe(done.observations.length);
  });

  it('refuses --apply without a meeting, and with both --meeting and --new-meeting', async () => {
    const home = tempDir();
    fs.writeFileSync(path.join(home, 'r.txt'), RELEASE);
    expectOneLineError(
      await runCli(home, ['extract', 'r.txt', '--apply', '--vault', 'x.bdvault']),
      2,
    );
    expectOneLineError(
      await runCli(home, [
        'extract',
        'r.txt',
        '--apply',
        '--vault',
        'x.bdvault',
        '--meeting',
        MEETING_IDS.committee20250826,
        '--new-meeting',
      ]),
      2,
    );
  });
});

// A government press release with its meeting facts (issue 12 §4) and "lần lượt" figures of a
// subject the vault has no indicator for (§2).
const NOTICE = [
  'Sáng 26/8/2025, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 8, kết nối trực tuyến với 34 tỉnh, thành phố.',
  'Tham dự có Phó Thủ tướng Hồ Đức Phớc; Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng.',
  'Tính chung 8 tháng năm 2025, GDP và tổng mức bán lẻ hàng hóa lần lượt tăng 7,5% và 9,4% so với cùng kỳ năm trước.',
  'Giao Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương xây dựng đề án, trình Thủ tướng Chính phủ trước ngày 15/12/2025.',
].join('\n');

interface Applied {
  meetingId: string | null;
  meeting: 'new' | 'merge' | null;
  newIndicators: string[];
  observations: string[];
  directives: string[];
}

describe('briefing-desk extract --apply with meeting facts', () => {
  it('--new-meeting creates the meeting from the facts; --new-indicators the unmatched subjects; --meeting fills an existing meeting’s empty fields', async () => {
    const made = await deskWithVault();
    const mine = await made.desk.ok(
      'meetings.save',
      bareMeeting({
        title: 'Phiên họp tháng 8',
        date: '2025-08-26',
        chair: { name: 'Lê Văn A', title: 'Chủ tịch', organisation: '', committeeRole: '' },
      }),
    );
    made.desk.session.lock();
    fs.writeFileSync(path.join(made.dir, 'thong-cao.txt'), NOTICE);
    const env = { BRIEFING_DESK_PASSPHRASE: PASS };
    const base = ['extract', 'thong-cao.txt', '--vault', path.basename(made.file), '--apply'];

    const created = await runCli(
      made.dir,
      [...base, '--new-meeting', '--new-indicators', '--json'],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    const one = JSON.parse(created.stdout) as Applied;
    expect(one.meeting).toBe('new');
    // GDP and retail sales, one indicator each, each with its own "lần lượt" value.
    expect(one.newIndicators).toHaveLength(2);
    expect(one.observations).toHaveLength(2);
    expect(one.directives).toHaveLength(1);

    const merged = await runCli(made.dir, [...base, '--meeting', mine.id, '--json'], env);
    expect(merged.code, merged.stderr).toBe(0);
    const two = JSON.parse(merged.stdout) as Applied;
    expect(two.meeting).toBe('merge');
    expect(two.newIndicators).toEqual([]);

    await made.desk.ok('vault.unlock', {
      file: made.desk.session.files.mint('open-vault', made.file),
      passphrase: PASS,
    });
    const v = made.desk.session.require();
    const fresh = v.meetings.get(one.meetingId ?? '');
    expect(fresh).toMatchObject({
      date: '2025-08-26',
      location: 'trụ sở Chính phủ',
      chair: { name: 'Phạm Minh Chính', title: 'Thủ tướng' },
    });
    expect(fresh.attendees.map((a) => a.name)).toEqual(['Hồ Đức Phớc', 'Nguyễn Văn Thắng']);
    expect(v.directives.get(one.directives[0] ?? '').meetingId).toBe(one.meetingId);
    const values = v.indicators
      .list()
      .map((i) => [i.name, i.observations.map((o) => o.value)] as const);
    expect(values).toEqual(
      expect.arrayContaining([
        ['GDP', [7.5]],
        ['Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', [9.4]],
      ]),
    );

    // The existing meeting: empty fields filled, its own chair kept, one revision more.
    const after = v.meetings.get(mine.id);
    expect(after.revision).toBe(mine.revision + 1);
    expect(after.location).toBe('trụ sở Chính phủ');
    expect(after.chair.name).toBe('Lê Văn A');
    expect(after.attendees.map((a) => a.name)).toEqual(['Hồ Đức Phớc', 'Nguyễn Văn Thắng']);
    expect(after.connectionPoints.map((c) => c.site)).toEqual(['34 tỉnh, thành phố']);
  });
});
