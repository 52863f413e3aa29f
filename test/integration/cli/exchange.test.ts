// `card export`, `contact add`, `pack` and `open` end to end: two ministries' vaults, real
// processes on the sources, the passphrase from the environment. A contact is added only with
// the fingerprint the user compared; `open --dry-run` previews without importing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, runCli, type Run } from './run-cli';
import { DIRECTIVE_IDS_20250826, MEETING_IDS } from '../../../shared/sample';
import type { OpenVault } from '../../../electron/services/vault/types';
import { deskWithSample } from '../briefs/helpers';
import { createVault, PASS, tempDir, testDesk } from '../handlers/helpers';

const MEETING = MEETING_IDS.committee20250826;

const cli = (home: string, args: string[]) =>
  runCli(home, args, { BRIEFING_DESK_PASSPHRASE: PASS });

async function twoMinistries() {
  const a = await deskWithSample();
  a.desk.session.lock();
  const b = testDesk();
  const bDir = tempDir();
  await createVault(b, path.join(bDir, 'cong-thuong.bdvault'), 'Bộ Công Thương');
  b.session.lock();
  return {
    aHome: a.dir,
    aVault: a.file,
    bHome: bDir,
    bVault: path.join(bDir, 'cong-thuong.bdvault'),
  };
}

/** Edits a vault in-process (what the CLI has no command for), then locks it again. */
async function inVault(vault: string, work: (v: OpenVault) => void) {
  const desk = testDesk();
  await desk.ok('vault.unlock', {
    file: desk.session.files.mint('open-vault', vault),
    passphrase: PASS,
  });
  work(desk.session.require() as OpenVault);
  desk.session.lock();
}

/** `contact add`: the card file read into the vault's contacts, if the fingerprint matches. */
const contactAdd = (home: string, vault: string, cardFile: string, fingerprint: string) =>
  cli(home, ['contact', 'add', cardFile, '--vault', vault, '--fingerprint', fingerprint]);

const fingerprintIn = (run: Run) => /Fingerprint: ([\d ]+)/.exec(run.stdout)?.[1]?.trim() ?? '';

/** `card export` to `out` in `home`: the card file, and the fingerprint shown to compare. */
async function exportCard(home: string, vault: string, out: string) {
  const run = await cli(home, ['card', 'export', '--vault', vault, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  return { file: path.join(home, out), fp: fingerprintIn(run) };
}

/** `pack` from `vault` for the contact `to`, with what to send, into `out` in `home`. */
const pack = (home: string, vault: string, to: string, what: string[], out: string) =>
  cli(home, ['pack', '--vault', vault, '--to', to, ...what, '--out', out]);

describe('briefing-desk exchange commands', () => {
  it('exchanges cards, seals a meeting for the other ministry, previews it and imports it', async () => {
    const { aHome, aVault, bHome, bVault } = await twoMinistries();
    const aCard = await exportCard(aHome, aVault, 'a.bdcard');
    expect(aCard.fp.split(' ')).toHaveLength(12);
    const bCard = await exportCard(bHome, bVault, 'b.bdcard');

    const wrong = bCard.fp.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    const refused = await contactAdd(aHome, aVault, bCard.file, wrong);
    expectOneLineError(refused, 1);
    expect(refused.stderr).toMatch(/Dấu vân tay không khớp/);
    const bAtA = await contactAdd(aHome, aVault, bCard.file, bCard.fp);
    expect(bAtA.code, bAtA.stderr).toBe(0);
    expect(bAtA.stdout.trim()).toBe('Bộ Công Thương');
    const aAtB = await contactAdd(bHome, bVault, aCard.file, aCard.fp.replace(/ /g, ''));
    expect(aAtB.code, aAtB.stderr).toBe(0);

    const packed = await pack(
      aHome,
      aVault,
      'Bộ Công Thương',
      ['--meeting', MEETING, '--note', 'Để phối hợp'],
      'gui-bct.bdpack',
    );
    expect(packed.code, packed.stderr).toBe(0);
    const pkg = path.join(aHome, 'gui-bct.bdpack');
    expect(fs.readFileSync(pkg).subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');

    const dry = await cli(bHome, ['open', pkg, '--vault', bVault, '--dry-run', '--json']);
    expect(dry.code, dry.stderr).toBe(0);
    const preview = JSON.parse(dry.stdout) as {
      note: string;
      items: { kind: string; action: string; recordId: string }[];
    };
    expect(preview.note).toBe('Để phối hợp');
    expect(preview.items.find((i) => i.kind === 'meeting')).toMatchObject({
      action: 'add',
      recordId: MEETING,
    });
    const before = await cli(bHome, ['list', 'meetings', '--vault', bVault, '--json']);
    expect(JSON.parse(before.stdout)).toEqual([]);

    const imported = await cli(bHome, ['open', pkg, '--vault', bVault]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Đã nhập \/ Imported .*thêm \d+/);
    const after = await cli(bHome, ['list', 'meetings', '--vault', bVault, '--json']);
    expect((JSON.parse(after.stdout) as { id: string }[]).map((m) => m.id)).toEqual([MEETING]);

    const again = await cli(bHome, ['open', pkg, '--vault', bVault]);
    expectOneLineError(again, 1);
    expect(again.stderr).toMatch(/đã được mở trước đây/);
  });

  it('brings a directive’s progress back, refuses a conflict without --resolve, and saves attachments', async () => {
    const { aHome, aVault, bHome, bVault } = await twoMinistries();
    const aCard = await exportCard(aHome, aVault, 'me.bdcard');
    const bCard = await exportCard(bHome, bVault, 'me.bdcard');
    const add = async (home: string, vault: string, c: { file: string; fp: string }) => {
      const run = await contactAdd(home, vault, c.file, c.fp);
      expect(run.code, run.stderr).toBe(0);
      return run.stdout.trim();
    };
    const bAtA = await add(aHome, aVault, bCard);
    const aAtB = await add(bHome, bVault, aCard);

    // A sends the conclusion notice with its DOCX; B saves the attachment where it asks.
    const brief = await cli(aHome, [
      'brief',
      'new',
      '--template',
      'conclusion-notice',
      '--meeting',
      MEETING,
      '--vault',
      aVault,
    ]);
    expect(brief.code, brief.stderr).toBe(0);
    const packed = await pack(
      aHome,
      aVault,
      bAtA,
      ['--brief', brief.stdout.trim(), '--rendering', 'docx'],
      'thong-bao.bdpack',
    );
    expect(packed.code, packed.stderr).toBe(0);
    fs.mkdirSync(path.join(bHome, 'nhan'));
    const opened = await cli(bHome, [
      'open',
      path.join(aHome, 'thong-bao.bdpack'),
      '--vault',
      bVault,
      '--attachments',
      'nhan',
    ]);
    expect(opened.code, opened.stderr).toBe(0);
    const saved = fs.readdirSync(path.join(bHome, 'nhan'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/\.docx$/);
    expect(
      fs
        .readFileSync(path.join(bHome, 'nhan', saved[0]!))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    // B reports progress on one directive and sends it back; A's dry run says "update".
    const target = DIRECTIVE_IDS_20250826.apec2027;
    await inVault(bVault, (v) => {
      const d = v.directives.get(target);
      v.directives.updateProgress({
        id: d.id,
        revision: d.revision,
        status: 'in-progress',
        completedOn: null,
        note: { date: '2025-10-01', text: 'Đã lập tổ công tác APEC 2027' },
      });
    });
    const back = await pack(bHome, bVault, aAtB, ['--directive', target], 'tien-do.bdpack');
    expect(back.code, back.stderr).toBe(0);
    const backFile = path.join(bHome, 'tien-do.bdpack');
    const dry = await cli(aHome, ['open', backFile, '--vault', aVault, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/Bộ Công Thương/);
    expect(dry.stdout).toMatch(/\[directive\] .*cập nhật \/ update/);
    expect((await cli(aHome, ['open', backFile, '--vault', aVault])).code).toBe(0);
    const listed = await cli(aHome, ['list', 'directives', '--vault', aVault, '--json']);
    const atA = (JSON.parse(listed.stdout) as { id: string; status: string }[]).find(
      (d) => d.id === target,
    );
    expect(atA?.status).toBe('in-progress');

    // Both edit the meeting: refused without --resolve (nothing imported), taken with theirs.
    const amend = (text: string) => (v: OpenVault) => {
      const m = v.meetings.get(MEETING);
      v.meetings.save({ ...m, summary: `${m.summary} ${text}` });
    };
    await inVault(aVault, amend('(VPCP bổ sung)'));
    await inVault(bVault, amend('(BCT bổ sung)'));
    const clash = await pack(bHome, bVault, aAtB, ['--meeting', MEETING], 'sua.bdpack');
    expect(clash.code, clash.stderr).toBe(0);
    const clashFile = path.join(bHome, 'sua.bdpack');
    const refused = await cli(aHome, ['open', clashFile, '--vault', aVault]);
    expectOneLineError(refused, 1);
    expect(refused.stderr).toMatch(/--resolve/);
    const meetingAt = async () =>
      (
        JSON.parse(
          (await cli(aHome, ['list', 'meetings', '--vault', aVault, '--json'])).stdout,
        ) as {
          id: string;
          summary?: string;
          title: string;
        }[]
      ).filter((m) => m.id === MEETING);
    const badResolve = await cli(aHome, [
      'open',
      clashFile,
      '--vault',
      aVault,
      '--resolve',
      'ours',
    ]);
    expectOneLineError(badResolve, 2);
    const taken = await cli(aHome, [
      'open',
      clashFile,
      '--vault',
      aVault,
      '--resolve',
      'theirs',
      '--json',
    ]);
    expect(taken.code, taken.stderr).toBe(0);
    expect(JSON.parse(taken.stdout)).toMatchObject({ updated: 1, keptMine: 0 });
    expect(await meetingAt()).toHaveLength(1);
    await inVault(aVault, (v) => {
      expect(v.meetings.get(MEETING).summary).toMatch(/\(BCT bổ sung\)$/);
      expect(v.exchange.source('meeting', MEETING)?.sourceOrg).toBe('Bộ Công Thương');
    });
  });

  it('pack refuses an existing --out before asking anything, and leaves it untouched', async () => {
    const home = tempDir();
    fs.writeFileSync(path.join(home, 'goi.bdpack'), 'của tôi');
    const run = await pack(
      home,
      path.join(home, 'kho.bdvault'),
      'Bộ Công Thương',
      ['--meeting', MEETING],
      'goi.bdpack',
    );
    expectOneLineError(run, 1);
    expect(run.stderr).toMatch(/--force/);
    expect(fs.readFileSync(path.join(home, 'goi.bdpack'), 'utf8')).toBe('của tôi');
  }, 60_000);
});
