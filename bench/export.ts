// `npm run bench:export`: export timings for 10,000 annotated sessions (target: well under 200 ms each).
// Figures are printed, never asserted: the machine is shared and timings vary.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { planCalendar } from '../lib/export/ics';
import { renderMarkdown } from '../lib/export/markdown';
import { withPreset, type PresetName } from '../lib/export/options';
import { groupSessions, selectSessions } from '../lib/export/select';
import { syntheticSessions } from '../tests/support/annotated';

const COUNT = Number(process.env.BENCH_SESSIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const sources = syntheticSessions(COUNT, 10).map((s) => ({ ...s, days: ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26'] }));
const total = sources.reduce((n, s) => n + s.sessions.length, 0);

interface Row {
  name: string;
  wall: number;
  cpu: number;
  max: number;
  size: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Wall time, and CPU time of this process: on a shared machine the second says more about the code. */
function measure(name: string, run: () => string, size: (out: string) => string = (out) => `${(out.length / 1024).toFixed(0)} KiB`): Row {
  let out = '';
  for (let i = 0; i < 3; i++) out = run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { name, wall: median(wall), cpu: median(cpu), max: Math.max(...wall), size: size(out) };
}

const markdown = (preset: PresetName, tags: string[] = []) => () => renderMarkdown(sources, withPreset(preset, tags));
const rows = [
  measure(
    'select + group (highlights)',
    () => {
      const options = withPreset('highlights');
      return String(sources.reduce((n, s) => n + groupSessions(selectSessions(s.sessions, options), options.groupBy).length, 0));
    },
    (groups) => `${groups} groups`,
  ),
  measure('Markdown: highlights', markdown('highlights')),
  measure('Markdown: highlights + 2 tag sections', markdown('highlights', ['cool-tech', 'to-watch'])),
  measure('Markdown: full notes', markdown('notes')),
  measure('Markdown: agenda (starred)', markdown('agenda')),
  measure('ICS: starred', () => planCalendar(sources, Date.UTC(2026, 2, 27)).text),
];

const [load] = loadavg();
console.log(`\nExport of ${total.toLocaleString('en')} annotated sessions in ${sources.length} conferences`);
console.log(`${RUNS} runs after 3 warm-up runs, Node ${process.version}, ${cpus().length} cores, load average ${load!.toFixed(1)}\n`);
console.log('| step | median ms | median CPU ms | max ms | output |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.name} | ${r.wall.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.max.toFixed(1)} | ${r.size} |`);
