// `npx tsx bench/schedules.ts`: how long the importers take on every schedule file in tests/fixtures/real, in Node under
// happy-dom (what `npm run parse` runs) and in Chromium (what the dashboard runs). Prints a table; asserts nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';
import { realDir } from '../tests/support/fixtures';

const files: [string, { address?: string; timeZone?: string }][] = [
  ['frab/36c3-merged-schedule.xml', {}],
  ['frab/fosdem-2021-schedule.xml', { timeZone: 'Europe/Brussels' }],
  ['frab/debconf23-schedule.xml', {}],
  ['pretalx/democon-schedule.xml', {}],
  ['pretalx/democon-schedule.json', {}],
  ['pretalx/rc3-channels-2020-schedule.json', {}],
  ['pretalx/democon-widget-v2.json', { address: 'https://pretalx.example.org/democon/schedule/widget/v2.json' }],
  ['sessionize/global-azure-austria-2024-all.json', { address: 'https://sessionize.com/api/v2/abcd1234/view/All', timeZone: 'Europe/Vienna' }],
  ['sessionize/global-azure-bootcamp-linz-2020-all.json', { address: 'https://sessionize.com/api/v2/efgh5678/view/All', timeZone: 'Europe/Vienna' }],
  ['indico/acat2024-export-event-contributions.json', {}],
  ['sched/kccnceu2026-all.ics', {}],
];
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const window = new Window();
globalThis.DOMParser = window.DOMParser as unknown as typeof DOMParser;
const { parseSchedule } = await import('../lib/schedules');

const bundle = await build({
  stdin: { contents: "import { parseSchedule } from './lib/schedules'; globalThis.parseSchedule = parseSchedule;", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
});
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });

console.log(`| file | bytes | sessions | happy-dom median of ${RUNS} (ms) | Chromium median of ${RUNS} (ms) |`);
console.log('|---|---:|---:|---:|---:|');
for (const [file, options] of files) {
  const text = readFileSync(join(realDir, file), 'utf8');
  const node: number[] = [];
  let sessions = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    sessions = parseSchedule(text, options).entries.length;
    node.push(performance.now() - started);
  }
  const inChromium = await page.evaluate(
    ({ text, options, runs }) => {
      const times: number[] = [];
      const parse = (globalThis as unknown as { parseSchedule: (t: string, o: object) => unknown }).parseSchedule;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        parse(text, options);
        times.push(performance.now() - started);
      }
      return times;
    },
    { text, options, runs: RUNS },
  );
  console.log(`| ${file} | ${Buffer.byteLength(text)} | ${sessions} | ${median(node).toFixed(0)} | ${median(inChromium).toFixed(0)} |`);
}
await browser.close();
await window.happyDOM.close();
