// `card export`, `contact add`, `pack` and `open` end to end: two ministries' vaults, real
// processes on the sources, the passphrase from the environment. A contact is added only with
// the fingerprint the user compared; `open --dry-run` previews without importing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, runCli, type Run } from './run-cli';
import { MEETING_IDS } from '../../../shared/sample';
import { deskWithSample } from '../briefs/helpers';
import { PASS, tempDir, testDesk } from '../handlers/helpers';

const MEETING = MEETING_IDS.committee20250826;

const cli = (home: string, args: string[]) =>
  runCli(home, args, { BRIEFING_DESK_PASSPHRASE: PASS });

async function twoMinistries() {
  const a = await deskWithSample();
  a.desk.session.lock();
  const b = testDesk();
  const bDir = tempDir();
  await b.ok('vault.create', {
    path: path.join(bDir, 'cong-thuong.bdvault'),
    passphrase: PASS,
    organisation: 'Bộ Công Thương',
  });
  b.session.lock();
  return {
    aHome: a.dir,
    aVault: a.file,
    bHome: bDir,
    bVault: path.join(bDir, 'cong-thuong.bdvault'),
  };
}

const fingerprintIn = (run: Run) => /Fingerprint: ([\d ]+)/.exec(run.stdout)?.[1]?.trim() ?? '';

describe('briefing-desk exchange commands', () => {
  it('exchanges cards, seals a meeting for the other ministry, previews it and imports it', async () => {
    const { aHome, aVault, bHome, bVault } = await twoMinistries();
    const aCard = await cli(aHome, ['card', 'export', '--vault', aVault, '--out', 'a.bdcard']);
    expect(aCard.code, aCard.stderr).toBe(0);
    const aFp = fingerprintIn(aCard);
    expect(aFp.split(' ')).toHaveLength(12);
    const bCard = await cli(bHome, ['card', 'export', '--vault', bVault, '--out', 'b.bdcard']);
    const bFp = fingerprintIn(bCard);

    const aCardFile = path.join(aHome, 'a.bdcard');
    const bCardFile = path.join(bHome, 'b.bdcard');
    const wrong = bFp.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    const refused = await cli(aHome, [
      'contact',
      'add',
      bCardFile,
      '--vault',
      aVault,
      '--fingerprint',
      wrong,
    ]);
    expectOneLineError(refused, 1);
    expect(refused.stderr).toMatch(/Dấu vân tay không khớp/);
    const bAtA = await cli(aHome, [
      'contact',
      'add',
      bCardFile,
      '--vault',
      aVault,
      '--fingerprint',
      bFp,
    ]);
    expect(bAtA.code, bAtA.stderr).toBe(0);
    expect(bAtA.stdout.trim()).toBe('Bộ Công Thương');
    const aAtB = await cli(bHome, [
      'contact',
      'add',
      aCardFile,
      '--vault',
      bVault,
      '--fingerprint',
      aFp.replace(/ /g, ''),
    ]);
    expect(aAtB.code, aAtB.stderr).toBe(0);

    const packed = await cli(aHome, [
      'pack',
      '--vault',
      aVault,
      '--to',
      'Bộ Công Thương',
      '--meeting',
      MEETING,
      '--note',
      'Để phối hợp',
      '--out',
      'gui-bct.bdpack',
    ]);
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
});
