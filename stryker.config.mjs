// Mutation testing (`npm run mutate`): slow, so not part of `npm test`. One folder at a time:
// `npm run mutate -- --mutate 'lib/merge/**/*.ts'`. Scores per folder are in the README, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: ['lib/**/*.ts'],
  coverageAnalysis: 'perTest',
  disableTypeChecks: 'lib/**/*.ts',
  // A machine shared with other builds: two workers at most.
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.output', '.bench', 'docs', 'reports'],
  cleanTempDir: 'always',
};
