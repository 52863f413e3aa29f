// The kill -9 proof at length (security.md test 1): `tsx bench/kill9.ts [rounds] [seed]`
// (default 1000 rounds, a random seed). The CI test runs the same loop with fewer rounds
// (test/integration/security/kill9.test.ts). Exit code 1 if any acknowledged commit was lost,
// a group was half-written, integrity_check failed or a pragma was off.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { createVaultFactory } from '../electron/services/vault';
import { runKillLoop } from '../test/integration/security/fixtures/kill-loop';

const rounds = Number(process.argv[2] ?? process.env.KILL_ROUNDS ?? 1000);
const seed = Number(process.argv[3] ?? process.env.KILL_SEED ?? randomInt(2 ** 31));
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(seed)) {
  console.error('usage: tsx bench/kill9.ts [rounds] [seed]');
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-kill9-'));
try {
  // The passphrase slot's cost does not matter here: every round unlocks with the recovery key.
  const factory = createVaultFactory({
    argon2: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
  });
  const vaultPath = path.join(dir, 'kill9.bdvault');
  const { vault, recoveryKey } = await factory.create(vaultPath, 'kill9 bench passphrase', 'Bench');
  vault.close();
  console.log(`kill -9 loop: ${rounds} rounds, seed ${seed}, vault ${vaultPath}`);
  const started = performance.now();
  const report = await runKillLoop({
    vaultPath,
    recoveryKey,
    rounds,
    seed,
    onRound: (round, r) => {
      if (round % 50 === 0 || round === rounds) {
        const perRound = (performance.now() - started) / round;
        console.log(
          `  round ${round}: ${r.acknowledgedGroups} groups acknowledged, ${r.killedWhileWriting} kills mid-transaction ` +
            `(${r.inFlightLanded} had already committed), ${r.killedBeforeReady} before ready, ${perRound.toFixed(0)} ms/round`,
        );
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`rounds run:                    ${report.rounds}`);
  console.log(`acknowledged groups:           ${report.acknowledgedGroups}`);
  console.log(`records acknowledged (distinct): ${report.acknowledgedRecords}`);
  console.log(
    `killed mid-transaction:        ${report.killedWhileWriting} (${report.inFlightLanded} of them already committed)`,
  );
  console.log(`killed before the vault opened: ${report.killedBeforeReady}`);
  console.log(
    `writer had checkpointed into the database file: ${report.checkpointedByWriter} rounds`,
  );
  console.log(`lost / half-written / integrity / pragma problems: ${report.problems.length}`);
  for (const p of report.problems.slice(0, 20)) console.log(`  ${p}`);
  console.log(
    `time: ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, report.rounds)).toFixed(0)} ms per round)`,
  );
  console.log(report.problems.length === 0 && report.rounds === rounds ? 'PASS' : 'FAIL');
  process.exitCode = report.problems.length === 0 && report.rounds === rounds ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
