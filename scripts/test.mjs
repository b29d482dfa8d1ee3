// `npm test`: typecheck, layer rules, unit tests, build, Firefox build + web-ext lint, end-to-end tests in Chromium;
// then one closing count line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const SOURCES = ['lib', 'components', 'entrypoints', 'tests', 'bench', 'scripts'];
const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  // The layer rules (.dependency-cruiser.cjs): no cycles, pure layers pure, only lib/db touches Dexie, and so on.
  ['layers', 'npx', ['depcruise', ...SOURCES, '--config', '.dependency-cruiser.cjs']],
  // The content scripts' runtime imports alone: they must not reach zod, Dexie or Preact.
  ['content weight', 'npx', ['depcruise', 'entrypoints', 'lib', '--config', '.dependency-cruiser-runtime.cjs']],
  ['unit', 'npx', ['vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']],
  ['build', 'npx', ['wxt', 'build']],
  ['firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']],
  // addons-linter, as AMO runs it: exits non-zero on any error (warnings are printed, not fatal).
  ['firefox lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-config-discovery']],
  ['e2e', 'npx', ['vitest', 'run', '--project', 'e2e', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/e2e.json']],
];

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep;
for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`◀ ${name} ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const report = `test-results/${name}.json`;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  }
  if (status !== 0) {
    failedStep = name;
    break;
  }
}
if (failedStep) console.log(`\nnpm test stopped at the ${failedStep} step`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
