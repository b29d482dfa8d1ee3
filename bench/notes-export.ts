// `npm run bench -- --only notes`: the notes-app export (one Markdown file per talk, per day, per conference, zipped)
// of 10,000 annotated talks in 10 conferences. Figures are printed, never asserted: the machine is shared.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { defaultTemplates } from '../lib/export/kb/defaults';
import type { Flavour } from '../lib/export/kb/flavours';
import { renderNotes } from '../lib/export/kb/render';
import { zipFiles } from '../lib/export/kb/zip';
import { syntheticSessions } from '../tests/support/annotated';

const COUNT = Number(process.env.BENCH_SESSIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const sources = syntheticSessions(COUNT, 10);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(flavour: Flavour) {
  const render: number[] = [];
  const zip: number[] = [];
  let size = 0;
  let files = 0;
  let text = 0;
  let again = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    const out = renderNotes(sources, { flavour, templates: defaultTemplates[flavour] }, new Map());
    const t1 = performance.now();
    const bytes = await zipFiles(out.files);
    const t2 = performance.now();
    // The first run warms the JIT; the re-export starts from the names the first one gave.
    const names = out.names;
    if (i === 0) {
      const t3 = performance.now();
      renderNotes(sources, { flavour, templates: defaultTemplates[flavour] }, names);
      again = performance.now() - t3;
      continue;
    }
    render.push(t1 - t0);
    zip.push(t2 - t1);
    size = bytes.length;
    files = out.files.length;
    text = out.files.reduce((n, f) => n + f.text.length, 0);
  }
  return { flavour, files, 'render ms': median(render).toFixed(0), 'zip ms': median(zip).toFixed(0), 'text MB': (text / 1e6).toFixed(1), 'zip MB': (size / 1e6).toFixed(2), 're-export ms (names kept)': again.toFixed(0) };
}

console.log(`${sources.reduce((n, s) => n + s.sessions.length, 0)} annotated talks, 10 conferences; median of ${RUNS}; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}`);
const rows = [];
for (const flavour of ['obsidian', 'logseq', 'plain'] as const) rows.push(await measure(flavour));
console.table(rows);
