// security.md test 1: kill -9 the writer at random moments, many times (while it opens, while
// it commits, while its WAL is checkpointed): no acknowledged commit is lost, the group in
// flight lands whole or not at all, integrity_check is ok after every kill, and the pragmas
// hold on every open (the writer's, and the reopen of the WAL it left). The writer also moves
// meetings to the trash and back and imports packages and undoes them (issue 9): none of those
// may be lost or land half-applied either; nor may an editor's draft autosave or discard.
// SECURITY_KILL_ROUNDS raises the count (default 100); SECURITY_KILL_SEED replays a run.
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Ledger, parseWriterLines, runKillLoop } from './fixtures/kill-loop';
import { meetingSave } from './fixtures/records';
import { preparePackages } from './fixtures/packages';
import { newVault, tempDir } from './support';

const ROUNDS = Number(process.env.SECURITY_KILL_ROUNDS ?? 100);
const SEED = Number(process.env.SECURITY_KILL_SEED ?? randomInt(2 ** 31));

describe('kill -9 of the writing process', () => {
  it(
    `loses no acknowledged commit over ${ROUNDS} kills (seed ${SEED})`,
    // Each round spawns a writer that also reads what earlier ones left and may import a package.
    { timeout: 120_000 + ROUNDS * 6_000 },
    async () => {
      const { file, vault, recoveryKey } = await newVault();
      vault.close();
      const packagesDir = tempDir();
      await preparePackages(file, recoveryKey, packagesDir, 6);
      const report = await runKillLoop({
        vaultPath: file,
        recoveryKey,
        rounds: ROUNDS,
        seed: SEED,
        packagesDir,
      });
      console.log(
        `kill -9 loop (seed ${SEED}): groups acknowledged per table ${JSON.stringify(report.groupsTouching)}`,
      );
      expect(report.problems).toEqual([]);
      expect(report.rounds).toBe(ROUNDS);
      // The proof has teeth only if the writer really committed work and was really killed in
      // the middle of transactions, not only between them or before it opened the vault.
      expect(report.acknowledgedGroups).toBeGreaterThan(ROUNDS / 4);
      expect(report.killedWhileWriting).toBeGreaterThan(ROUNDS / 2);
      expect(report.killedBeforeReady).toBeLessThan(ROUNDS / 2);
      // Some writers got as far as checkpointing into the database file before the kill.
      expect(report.checkpointedByWriter).toBeGreaterThan(0);
      // Deletes, restores, imports and their undos were among the acknowledged groups.
      expect(report.groupsTouching.trash ?? 0).toBeGreaterThan(0);
      expect(report.groupsTouching.imports ?? 0).toBeGreaterThan(0);
      expect(report.groupsTouching.drafts ?? 0).toBeGreaterThan(0);
    },
  );

  it('catches a writer that acknowledges before COMMIT returns (control)', async () => {
    const { file, vault, recoveryKey } = await newVault();
    vault.close();
    const report = await runKillLoop({
      vaultPath: file,
      recoveryKey,
      rounds: 30,
      seed: 7,
      writerMode: 'ack-early',
      earlyKillShare: 0,
      churnEvery: 0,
    });
    expect(report.problems.some((p) => /acknowledged revision \d+, found nothing/.test(p))).toBe(
      true,
    );
  });

  it('reports a lost record and a half-written group (control of the checker)', async () => {
    const { vault } = await newVault();
    const kept = vault.meetings.save(meetingSave());
    const other = vault.meetings.save(meetingSave());
    const lost = vault.meetings.save(meetingSave());
    vault.meetings.delete(lost.id, lost.revision);
    const ledger = new Ledger();
    const { groups } = parseWriterLines([
      `begin 1 meetings:${kept.id}:1 meetings:${lost.id}:1`,
      'commit 1',
      // In flight: kept was to become revision 2 (it is still 1), other to be inserted (it is there).
      `begin 2 meetings:${kept.id}:2 meetings:${other.id}:1`,
    ]);
    const inFlight = ledger.record(groups);
    expect(ledger.check(vault)).toEqual([
      `meetings:${lost.id}: acknowledged revision 1, found nothing`,
    ]);
    expect(inFlight && ledger.settle(vault, inFlight).problems).toEqual([
      `group 2 half-written: meetings:${kept.id} want 2 found 1, meetings:${other.id} want 1 found 1`,
    ]);
    vault.close();
  });
});
