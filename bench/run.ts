// `npm run bench`: the in-page cost of Talkmarks on synthetic sched pages of 200, 2,000 and 10,000 entries, in
// real Chromium with the built extension, against the floor (a bare script adding one plain button per entry).
// Prints a table; `--no-build` reuses .output, `--sizes 200,2000` and `--runs N` change the plan.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/e2e/harness';
import { contentScriptPath, floorPage, schedPage } from './pages';
import { controlStyles, stylePage } from './styles';
import { insertLater, installProbe, loadFigures, type LoadFigures } from './probe';

const { values } = parseArgs({
  options: { 'no-build': { type: 'boolean' }, sizes: { type: 'string' }, runs: { type: 'string' } },
});
const sizes = (values.sizes ?? '200,2000,10000').split(',').map(Number);
const runsFor = (n: number) => Number(values.runs ?? (n >= 10_000 ? 3 : 5));

if (!values['no-build']) {
  console.log('building the extension (wxt build)…');
  const { status } = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0) process.exit(status ?? 1);
}
const script = readFileSync(contentScriptPath());
const editor = readFileSync(contentScriptPath().replace('content-scripts/sched.js', 'detail-editor.js'));

const h = await launchExtension();
// tsx compiles with esbuild's keepNames: functions sent to the page call its `__name` helper, so define it there.
await h.context.addInitScript({ content: `globalThis.__name = (f) => f; (${installProbe.toString()})();` });
const plain = new Map<string, string>();
await h.context.route(/^https:\/\/bench\.test\//, (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: plain.get(route.request().url()) ?? '' }),
);

async function heapKb(page: Page): Promise<number> {
  const cdp = await h.context.newCDPSession(page);
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024;
}

interface Run {
  load: LoadFigures;
  heapKb: number;
  later: { latencyMs: number; workMs: number };
}

async function measure(url: string, prefix: 'talkmarks' | 'floor' | 'bare'): Promise<Run> {
  const page = await h.context.newPage();
  await page.goto(url);
  const load =
    prefix === 'bare'
      ? ({ entries: 0, controls: 0, readyMs: 0, paintedMs: 0, longestTaskMs: 0 } as LoadFigures)
      : ((await (await page.waitForFunction(loadFigures, prefix, { polling: 50, timeout: 120_000 })).jsonValue()) as LoadFigures);
  // Let the idle-time work (entries read and recorded) finish before weighing the heap.
  if (prefix === 'talkmarks') await page.waitForFunction(() => performance.getEntriesByName('talkmarks:recorded').length > 0, null, { polling: 100, timeout: 120_000 });
  await page.waitForTimeout(200);
  const heap = await heapKb(page);
  const later =
    prefix === 'bare'
      ? { latencyMs: 0, workMs: 0 }
      : await page.evaluate(insertLater, [50, prefix === 'floor' ? 'button' : 'tm-controls', prefix === 'floor' ? 'floor:added' : 'talkmarks:added'] as [number, string, string]);
  await page.close();
  return { load, heapKb: heap, later };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number | undefined, digits = 1) => (x === undefined ? '–' : x.toFixed(digits));

const rows: string[] = [];
for (const n of sizes) {
  const ext = `https://bench.sched.com/n${n}/`;
  const floor = `https://bench.test/floor/${n}`;
  const bare = `https://bench.test/bare/${n}`;
  h.serve(ext, schedPage(n));
  plain.set(floor, floorPage(n));
  plain.set(bare, schedPage(n));
  const runs: Record<'talkmarks' | 'floor' | 'bare', Run[]> = { talkmarks: [], floor: [], bare: [] };
  for (let r = 0; r < runsFor(n); r++) {
    runs.bare.push(await measure(bare, 'bare'));
    runs.floor.push(await measure(floor, 'floor'));
    runs.talkmarks.push(await measure(ext, 'talkmarks'));
    process.stdout.write('.');
  }
  const m = (who: keyof typeof runs, pick: (r: Run) => number | undefined) => median(runs[who].map((r) => pick(r) ?? NaN));
  const tm = runs.talkmarks.at(-1)!.load;
  if (tm.controls !== n) console.warn(`\n${n} entries: only ${tm.controls} controls`);
  const bareHeap = m('bare', (r) => r.heapKb);
  const tmReady = m('talkmarks', (r) => r.load.readyMs);
  const floorReady = m('floor', (r) => r.load.readyMs);
  const tmPainted = m('talkmarks', (r) => r.load.paintedMs);
  const floorPainted = m('floor', (r) => r.load.paintedMs);
  const busy = m('talkmarks', (r) => r.load.busyMs);
  rows.push(
    [
      n.toLocaleString('en'),
      fmt(floorReady),
      fmt(tmReady),
      fmt(tmReady / floorReady, 1),
      fmt(busy),
      fmt((busy / n) * 1000, 1),
      fmt(floorPainted),
      fmt(tmPainted),
      fmt(tmPainted / floorPainted, 2),
      fmt(m('talkmarks', (r) => r.load.longestSliceMs)),
      fmt(m('talkmarks', (r) => r.load.slices), 0),
      fmt(m('floor', (r) => r.load.longestTaskMs), 0),
      fmt(m('talkmarks', (r) => r.load.longestTaskMs), 0),
      fmt(m('floor', (r) => r.heapKb) - bareHeap, 0),
      fmt(m('talkmarks', (r) => r.heapKb) - bareHeap, 0),
      fmt(m('floor', (r) => r.later.workMs), 2),
      fmt(m('talkmarks', (r) => r.later.workMs), 2),
      fmt(m('talkmarks', (r) => r.later.latencyMs), 1),
    ].join(' | '),
  );
}
// Shadow root per entry or light DOM: the decision, measured on the same page.
const styleRows: string[] = [];
const STYLE_N = 2000;
for (const [name, code] of Object.entries(controlStyles)) {
  const url = `https://bench.test/style/${encodeURIComponent(name)}`;
  plain.set(url, stylePage(schedPage(STYLE_N), code));
  const loads: LoadFigures[] = [];
  for (let r = 0; r < 5; r++) {
    const page = await h.context.newPage();
    await page.goto(url);
    loads.push((await (await page.waitForFunction(loadFigures, 'style', { polling: 50, timeout: 120_000 })).jsonValue()) as LoadFigures);
    await page.close();
  }
  styleRows.push(`| ${name} | ${fmt(median(loads.map((l) => l.readyMs)))} | ${fmt(median(loads.map((l) => l.paintedMs)))} |`);
}
await h.close();

console.log(`\n\nContent script: ${(script.length / 1024).toFixed(1)} KB, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzipped (target < 25 KB gzipped); the session page editor, injected only on session pages: ${(gzipSync(editor).length / 1024).toFixed(1)} KB gzipped.`);
console.log(`Pages: sched list markup (day anchors, h3 slots, span.event > a.name), real KubeCon EU 2026 titles from all.ics; medians of ${sizes.map(runsFor).join('/')} runs.`);
console.log(
  [
    'Times in ms from script start (content script / floor script). "ready": last control in the DOM. "busy": our own script',
    'time in that span (the rest is the page rendering between our slices). "painted": end of the first frame rendered after',
    'the last control. "longest slice": our longest task. "longest task": the longest main-thread task in that span as the Long',
    'Tasks API reports it (>= 50 ms only, 0 = none), page layout included. Heap: used JS heap after GC minus the same page',
    'without any script. "+50 later": 50 entries inserted mid-list once the page is settled; work = script time, latency =',
    'insertion to the last control in the DOM (we batch per animation frame).',
  ].join('\n'),
);
console.log('');
console.log(
  '| entries | floor ready | TM ready | ratio | TM busy | busy µs/entry | floor painted | TM painted | ratio | TM longest slice | TM slices | floor longest task | TM longest task | floor heap KB | TM heap KB | +50 floor work | +50 TM work | +50 TM latency |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row} |`);
console.log(`\nControls per entry, ${STYLE_N.toLocaleString('en')} entries, in the page's own world (medians of 5): script ms, ms to the painted frame.\n`);
console.log('| how | script | painted |');
console.log('|---|---|---|');
for (const row of styleRows) console.log(row);
