// Issuing is one transaction (issue 10): kill -9 the process that drafts and issues briefs at
// random moments, many times, and after every kill check the outgoing register as a records
// office would: no two documents share a number, every number of a year's sequence belongs to
// an issued document (1…N, no gap, no orphan), every issued brief has its entry and prints
// the entry's number, and every issue the writer acknowledged is there with its number.
// ISSUE_KILL_ROUNDS raises the count (default 40; more rounds follow while too few kills landed
// inside an issue call); ISSUE_KILL_SEED replays a run's kill times.
import { randomInt } from 'node:crypto';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { vaultFactory, vaultIntegrityOk, type OpenVault } from '../../../electron/services/vault';
import { REPO_ROOT, seededRandom } from './fixtures/kill-loop';
import { newVault } from './support';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.ISSUE_KILL_ROUNDS ?? 40);
/** Rounds allowed in all when too few of the first ROUNDS kills landed inside an issue call. */
const MAX_ROUNDS = 3 * ROUNDS;
const SEED = Number(process.env.ISSUE_KILL_SEED ?? randomInt(2 ** 31));
const WRITER = fileURLToPath(new URL('./fixtures/issue-writer.ts', import.meta.url));

function runWriter(
  vaultPath: string,
  recoveryKey: string,
  killMs: number,
  mode = 'issue',
): Promise<{ lines: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, vaultPath, mode], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let pending = '';
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (line === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), killMs);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdin.on('error', () => {});
  child.stdin.end(`${recoveryKey}\n`);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      resolve({ lines, signal, stderr });
    });
  });
}

/** What a records office would find wrong in the reopened vault. */
function registerProblems(
  vault: OpenVault,
  acknowledged: Map<string, { year: number; number: number }>,
): string[] {
  const problems: string[] = [];
  if (!vaultIntegrityOk(vault)) problems.push('integrity_check is not ok');
  const entries = vault.lifecycle.register();
  const byBrief = new Map(entries.map((e) => [e.briefId, e]));
  if (byBrief.size !== entries.length) problems.push('a document holds two numbers');
  for (const year of new Set(entries.map((e) => e.year))) {
    const numbers = entries.filter((e) => e.year === year).map((e) => e.number);
    const expected = numbers.map((_, i) => i + 1);
    if (JSON.stringify(numbers) !== JSON.stringify(expected))
      problems.push(`${year}: numbers ${numbers.join(',')} are not 1…${numbers.length}`);
  }
  for (const e of entries) {
    const b = vault.briefs.get(e.briefId);
    if (b.status !== 'issued')
      problems.push(`number ${e.number}/${e.year} given to a brief that is ${b.status}`);
    if (b.brief.header.numberSymbol.number !== e.number)
      problems.push(
        `brief ${e.briefId} prints ${b.brief.header.numberSymbol.number}, register says ${e.number}`,
      );
  }
  for (const s of vault.briefs.list()) {
    if (s.status === 'issued' && !byBrief.has(s.id))
      problems.push(`issued brief ${s.id} has no register entry`);
  }
  for (const [id, want] of acknowledged) {
    const e = byBrief.get(id);
    if (!e || e.year !== want.year || e.number !== want.number)
      problems.push(
        `acknowledged ${want.number}/${want.year} for ${id}, found ${e ? `${e.number}/${e.year}` : 'nothing'}`,
      );
  }
  return problems;
}

describe('kill -9 while issuing documents', () => {
  it(
    `never leaves a shared number, an orphan number or an issued brief without its entry over ${ROUNDS} kills (seed ${SEED})`,
    { timeout: 60_000 + MAX_ROUNDS * 8_000 },
    async () => {
      const { file, vault, recoveryKey } = await newVault();
      vault.close();
      const random = seededRandom(SEED);
      const acknowledged = new Map<string, { year: number; number: number }>();
      let killedInIssue = 0;
      let issuedTotal = 0;
      // A kill lands inside an issue call or between two, as the machine's speed has it: on a
      // slow run only 8 of 40 did (seed 3679238, in CI). The rounds go on, up to MAX_ROUNDS,
      // until more than a quarter of ROUNDS did — the proof needs them, not luck.
      for (
        let round = 1;
        round <= ROUNDS || (killedInIssue <= ROUNDS / 4 && round <= MAX_ROUNDS);
        round++
      ) {
        const run = await runWriter(file, recoveryKey, 20 + random() * 400);
        expect(run.signal, `round ${round} (seed ${SEED}): ${run.stderr.slice(-1500)}`).toBe(
          'SIGKILL',
        );
        let inIssue = false;
        for (const line of run.lines) {
          const [word, id, year, number] = line.split(' ');
          if (word === 'begin') inIssue = true;
          if (word === 'issued' && id) {
            acknowledged.set(id, { year: Number(year), number: Number(number) });
            inIssue = false;
            issuedTotal++;
          }
        }
        if (inIssue) killedInIssue++;
        const reopened = await vaultFactory.open(file, { recoveryKey });
        try {
          expect(registerProblems(reopened, acknowledged), `round ${round} (seed ${SEED})`).toEqual(
            [],
          );
        } finally {
          reopened.close();
        }
      }
      // The proof has teeth only if documents were issued and kills landed inside issue calls.
      expect(issuedTotal).toBeGreaterThan(ROUNDS);
      expect(killedInIssue).toBeGreaterThan(ROUNDS / 4);
    },
  );

  it(
    'catches a writer that acknowledges a number before the issue commits (control)',
    { timeout: 120_000 },
    async () => {
      const { file, vault, recoveryKey } = await newVault();
      vault.close();
      const acknowledged = new Map<string, { year: number; number: number }>();
      const problems: string[] = [];
      for (let round = 1; round <= 20 && problems.length === 0; round++) {
        const run = await runWriter(file, recoveryKey, 30 + round * 15, 'ack-early');
        for (const line of run.lines) {
          const [word, id, year, number] = line.split(' ');
          if (word === 'issued' && id)
            acknowledged.set(id, { year: Number(year), number: Number(number) });
        }
        const reopened = await vaultFactory.open(file, { recoveryKey });
        problems.push(...registerProblems(reopened, acknowledged));
        reopened.close();
      }
      expect(problems.some((p) => /^acknowledged \d+\/\d+ for .+, found nothing$/.test(p))).toBe(
        true,
      );
    },
  );
});
