import { defineConfig } from 'vitest/config';

/**
 * `expect.poll` gives up after 1 s by default: less than one read of a page or one transaction can take
 * on a loaded 2-core machine. As long as Playwright's own waits; a poll still fails, only later.
 */
const POLL_UNDER_LOAD = { timeout: 30_000, interval: 100 };

/**
 * Three tiers, one runner: pure unit tests, database tests against a real embedded PostgreSQL
 * (one cluster per run, one database per test file), and browser tests in Debian Chromium.
 */
export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker; database and browser tests mostly wait for
    // PostgreSQL, the server or the browser, so a second file overlaps that wait.
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          globalSetup: ['./test/support/database-cluster.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: POLL_UNDER_LOAD },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['./e2e/support/server.ts'],
          fileParallelism: false,
          // The longest browser tests take 35-40 s on an idle machine and passed 60 s on a loaded one
          // (load average 18 on 2 cores): the budget is for a hung test, not a slow machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          expect: { poll: POLL_UNDER_LOAD },
        },
      },
    ],
  },
});
