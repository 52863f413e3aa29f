import { defineConfig } from '@playwright/test';

// The same specs run against two launchers (architecture.md, "Tests"): the browser host in
// Debian's Chromium, which must run, and the real Electron app, which skips with a message
// where the Electron runtime is not installed.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  // An action waits at most this long for its element: a missing one fails where it is missing.
  use: { screenshot: 'only-on-failure', trace: 'off', actionTimeout: 30_000 },
  projects: [
    { name: 'browser-host', metadata: { launcher: 'browser-host' } },
    { name: 'electron', metadata: { launcher: 'electron' } },
  ],
});
