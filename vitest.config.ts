import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // Saved pages link stylesheets that are not there; nothing is fetched, and nothing should be reported.
          environmentOptions: { happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } } },
          setupFiles: ['tests/support/setup-unit.ts'],
          // Real multi-megabyte pages and schedules on a machine shared by several test runs: a ceiling, not a timing.
          // 30 s was overrun by the 50 MB junk backup at a load average of 20 on 2 cores; a hang still ends the run.
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Ceilings for a 2-core machine under load (a browser launch plus seeding took over a minute at load 20).
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // Every expect.poll's deadline, sized for a 2-core machine that several test runs share (1 s, the default,
          // is where the flakes came from). A poll that passes returns at once: only a failing one waits this long.
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
