import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    // Vault tests derive Argon2id keys (64 MiB each) and spawn writer processes: keep the two
    // cores from thrashing.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
