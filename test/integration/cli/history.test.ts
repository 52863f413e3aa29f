// `history`, `restore`, `delete`, `trash list|restore|empty` and `undo-import` end to end: real
// processes on the sources over real encrypted vaults, the passphrase from the environment.
import { describe, expect, it } from 'vitest';
import { encodeCardFile } from '../../../electron/services/exchange/card';
import type { OpenVault } from '../../../electron/services/vault/types';
import { DIRECTIVE_IDS_20250826 as D, MEETING_IDS } from '../../../shared/sample';
import { deskWithSample } from '../briefs/helpers';
import { deskWithVault, PASS, testDesk, unlockVault } from '../handlers/helpers';
import { cliWithPassphrase, expectOneLineError } from './run-cli';

const MEETING = MEETING_IDS.committee20250826;
const cli = cliWithPassphrase(PASS);

/** Works on a vault in-process (what the CLI has no command for), then locks it again. */
async function inVault<T>(vault: string, work: (v: OpenVault) => T): Promise<T> {
  const desk = testDesk();
  await unlockVault(desk, vault, { passphrase: PASS });
  try {
    return work(desk.session.require() as OpenVault);
  } finally {
    desk.session.lock();
  }
}

async function sampleVault() {
  const a = await deskWithSample();
  const v = a.desk.session.require() as OpenVault;
  v.userProfile.set({ name: 'Lê Minh Anh', unit: 'Vụ Tổng hợp' });
  const m = v.meetings.get(MEETING);
  v.meetings.save({ ...m, location: 'Nhà Quốc hội' });
  a.desk.session.lock();
  return { home: a.dir, vault: a.file };
}

describe('briefing-desk history and trash commands', () => {
  it('lists revisions newest first, restores one as the newest, and keeps existing commands', async () => {
    const { home, vault } = await sampleVault();
    const h = await cli(home, ['history', MEETING, '--vault', vault, '--json']);
    expect(h.code, h.stderr).toBe(0);
    const revisions = JSON.parse(h.stdout) as {
      revision: number;
      at: string;
      by: string;
      hash: string;
    }[];
    expect(revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(Object.keys(revisions[0]!).sort()).toEqual(['at', 'by', 'hash', 'revision']);
    expect(revisions[0]!.by).toBe('Lê Minh Anh (Vụ Tổng hợp)');
    expect(revisions[0]!.hash).toMatch(/^[0-9a-f]{64}$/);

    const text = await cli(home, ['history', MEETING, '--vault', vault]);
    expect(text.stdout).toMatch(/location/);

    const restored = await cli(home, ['restore', MEETING, '--revision', '1', '--vault', vault]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/revision 3/);
    const after = JSON.parse(
      (await cli(home, ['history', MEETING, '--vault', vault, '--json'])).stdout,
    ) as { hash: string }[];
    expect(after).toHaveLength(3);
    expect(after[0]!.hash).toBe(after[2]!.hash);
    expect(await inVault(vault, (v) => v.meetings.get(MEETING).location)).not.toBe('Nhà Quốc hội');

    const list = await cli(home, ['list', 'meetings', '--vault', vault, '--json']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((m) => m.id)).toContain(MEETING);
  });

  it('deletes to the trash saying what linked to it, lists the trash, restores with the links', async () => {
    const { home, vault } = await sampleVault();
    const del = await cli(home, ['delete', MEETING, '--vault', vault]);
    expect(del.code, del.stderr).toBe(0);
    expect(del.stdout).toMatch(/Moved to the trash/);
    expect(del.stdout).toMatch(
      /nhiệm vụ \/ directive: .* — bỏ liên kết, giữ lại \/ unlinked, kept/,
    );
    const listed = JSON.parse(
      (await cli(home, ['trash', 'list', '--vault', vault, '--json'])).stdout,
    ) as {
      id: string;
      kind: string;
      links: unknown[];
    }[];
    expect(listed).toEqual([expect.objectContaining({ id: MEETING, kind: 'meeting' })]);
    expect(listed[0]!.links.length).toBeGreaterThan(0);
    expect(await inVault(vault, (v) => v.directives.get(D.workPlan).meetingId)).toBeNull();

    const back = await cli(home, ['trash', 'restore', MEETING, '--vault', vault]);
    expect(back.code, back.stderr).toBe(0);
    expect(await inVault(vault, (v) => v.directives.get(D.workPlan).meetingId)).toBe(MEETING);
    expect(
      JSON.parse((await cli(home, ['trash', 'list', '--vault', vault, '--json'])).stdout),
    ).toEqual([]);

    // A directive by its id; emptying is its own explicit command.
    expect((await cli(home, ['delete', D.apec2027, '--vault', vault])).code).toBe(0);
    const emptied = await cli(home, ['trash', 'empty', '--vault', vault]);
    expect(emptied.stdout).toMatch(/Permanently removed 1/);
    expectOneLineError(await cli(home, ['history', D.apec2027, '--vault', vault]), 1);
  });

  it('refuses bad arguments with one bilingual line', async () => {
    const { home, vault } = await sampleVault();
    expectOneLineError(await cli(home, ['restore', MEETING, '--vault', vault]), 2);
    expectOneLineError(
      await cli(home, ['restore', MEETING, '--revision', 'hai', '--vault', vault]),
      2,
    );
    expectOneLineError(
      await cli(home, ['history', MEETING, '--vault', vault, '--revision', '1']),
      2,
    );
    expectOneLineError(await cli(home, ['trash', 'burn', '--vault', vault]), 2);
    expectOneLineError(await cli(home, ['history', 'not-an-id', '--vault', vault]), 1);
    expectOneLineError(
      await cli(home, ['restore', MEETING, '--revision', '9', '--vault', vault]),
      1,
    );
    expectOneLineError(await cli(home, ['trash', 'restore', MEETING, '--vault', vault]), 1);
  });

  it('undoes an import; after a later local edit the undo is refused with the reason', async () => {
    const { vault: aVault } = await sampleVault();
    const made = await deskWithVault(
      {},
      { organisation: 'Bộ Công Thương', name: 'cong-thuong.bdvault' },
    );
    made.desk.session.lock();
    const { dir: bDir, file: bVault } = made;
    // Cards exchanged and a package sealed and imported in-process (their own CLI tests exist).
    const bCard = await inVault(bVault, (v) => v.exchange.myCard());
    const aCard = await inVault(aVault, (v) => v.exchange.myCard());
    const bName = await inVault(
      aVault,
      (v) => v.exchange.addContact(Buffer.from(encodeCardFile(bCard.card)), bCard.fingerprint).name,
    );
    await inVault(bVault, (v) =>
      v.exchange.addContact(Buffer.from(encodeCardFile(aCard.card)), aCard.fingerprint),
    );
    const first = await inVault(aVault, (v) =>
      v.exchange.seal({ to: [bName], meetingIds: [MEETING] }),
    );
    await inVault(bVault, (v) => v.exchange.import(first.bytes, {}));

    const undo = await cli(bDir, ['undo-import', first.manifest.packageId, '--vault', bVault]);
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stdout).toMatch(/added record\(s\) removed/);
    expect(undo.stdout).toMatch(/still remembered/);
    expect(await inVault(bVault, (v) => v.meetings.list({}).length)).toBe(0);

    // Forgotten on request, imported again, edited here: the undo is refused and nothing changes.
    const second = await inVault(aVault, (v) =>
      v.exchange.seal({ to: [bName], meetingIds: [MEETING] }),
    );
    await inVault(bVault, (v) => {
      v.exchange.import(second.bytes, {});
      const m = v.meetings.get(MEETING);
      v.meetings.save({ ...m, summary: 'Bộ Công Thương ghi thêm' });
    });
    const refused = await cli(bDir, [
      'undo-import',
      second.manifest.packageId,
      '--vault',
      bVault,
      '--forget',
    ]);
    expectOneLineError(refused, 1);
    expect(refused.stderr).toMatch(/sau lần nhập này/);
    expect(refused.stderr).toMatch(/changed or deleted after this import/);
    expect(await inVault(bVault, (v) => v.meetings.get(MEETING).summary)).toBe(
      'Bộ Công Thương ghi thêm',
    );
    expectOneLineError(
      await cli(bDir, ['undo-import', '00000000-0000-4000-8000-000000000000', '--vault', bVault]),
      1,
    );
  });
});
