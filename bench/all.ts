// `npm run bench`: every benchmark in one run, each printing its own table. Figures only: nothing here passes or fails.
//   in-page cost (bench/run.ts), export (bench/export.ts), notes export (bench/notes-export.ts), search (bench/search.ts), dashboard (bench/dashboard.ts),
//   the dashboard's first-screen requests (bench/dashboard-requests.ts),
//   backup import (bench/backup-import.ts), schedule files (bench/schedules.ts), schedule changes (bench/changes.ts),
//   popup first paint (bench/popup.ts), sync (bench/sync.ts).
// `npm run bench -- --only export,search` runs a subset.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const parts = [
  ['page', 'bench/run.ts', 'in-page cost on sched pages (builds the extension first)'],
  ['export', 'bench/export.ts', 'Markdown and calendar export of 10,000 annotated sessions'],
  ['notes', 'bench/notes-export.ts', 'notes-app export (zip of one file per talk) of 10,000 annotated talks'],
  ['search', 'bench/search.ts', 'dashboard search at 10,000 sessions, a keystroke at a time'],
  ['dashboard', 'bench/dashboard.ts', 'dashboard first screen, scroll to the end, keystroke to painted results at 10,000 annotated sessions (Chromium)'],
  ['dashboard-requests', 'bench/dashboard-requests.ts', 'the dashboard first screen\'s IndexedDB requests and long tasks, tab after tab (Chromium)'],
  ['backup-import', 'bench/backup-import.ts', 'backup import of 10,000 annotations'],
  ['popup', 'bench/popup.ts', 'popup first paint on a 2,256-session tab with 2,000 annotations (Chromium)'],
  ['schedules', 'bench/schedules.ts', 'schedule files, the largest 2.3 MB'],
  ['changes', 'bench/changes.ts', 'schedule changes: the diff of two 2,000-session schedules, recording while a 2,000-entry page is read'],
  ['sync', 'bench/sync.ts', 'sync of 10,000 annotations: device file raw, gzipped and encrypted, first sync, sync after one change'],
  ['embed-panel', 'bench/embed-panel.ts', 'panel beside an embedded 500-session schedule (Chromium, needs the build)'],
] as const;

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',');
let failed = 0;
for (const [name, file, what] of parts) {
  if (only && !only.includes(name)) continue;
  console.log(`\n━━ ${name}: ${what} (${file})`);
  // The page bench builds the extension; the ones after it reuse that build.
  const { status } = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (status !== 0) {
    failed++;
    console.log(`(${name} stopped with exit ${status})`);
  }
}
process.exit(failed ? 1 : 0);
