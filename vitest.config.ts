import { defineConfig } from 'vitest/config';

// Three projects so a developer can run the fast part alone (`npm run test:unit`) while
// `npm test` still runs everything:
// - unit: pure logic, renderer components (jsdom), no process spawning;
// - integration: real encrypted vault files, real DOCX/PDF read back, the `age` CLI;
// - slow: kill -9 loops, property/fuzz runs, tests that spawn the CLI as a process, canary
//   scans over thousands of records, mount tricks.
const SLOW = [
  'test/integration/security/kill9.test.ts',
  'test/integration/security/canary.test.ts',
  'test/integration/security/disk-full.test.ts',
  'test/integration/security/read-only.test.ts',
  'test/integration/cli/**/*.test.ts',
  'test/integration/exchange/packages.test.ts',
  'test/unit/exchange/hostile-inputs.test.ts',
  'test/**/*.slow.test.{ts,tsx}',
];

const shared = {
  // Vault tests derive Argon2id keys (64 MiB each) and spawn writer processes: keep the two
  // cores from thrashing.
  maxWorkers: 2,
  testTimeout: 60_000,
  hookTimeout: 60_000,
  environment: 'node',
} as const;

export default defineConfig({
  test: {
    ...shared,
    projects: [
      {
        test: { ...shared, name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], exclude: SLOW },
      },
      {
        test: {
          ...shared,
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: SLOW,
        },
      },
      // A CLI test spawns a process per command (each deriving a key): 20-30 s alone, and up to
      // three times that beside the other project's workers on two cores. The margin is for the
      // machine, not a figure: the benches under bench/ measure speed.
      { test: { ...shared, name: 'slow', include: SLOW, testTimeout: 240_000 } },
    ],
  },
});
