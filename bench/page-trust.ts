// `npx tsx bench/page-trust.ts [--extension dir] [--runs N]`: what keeping the user's data out of the page's reach
// costs, in Chromium with a built extension (default .output/chrome-mv3; run it on an older build to compare).
//  1. Badges: a 2,000-entry sched list with 200 or all 2,000 sessions annotated: time until every badge is shown,
//     the longest task, the page's JS heap (closed shadow roots now; light-DOM spans before).
//  2. The session page editor: time from its element to the editor shown, as a closed shadow root (the build's
//     `talkmarks:editor` measure), and as the alternative, an extension page in an <iframe> (a copy of the build with
//     `frame.html` made web-accessible, running the same editor script), and the bytes each loads.
// Figures only; nothing here passes or fails.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from '../tests/e2e/harness';
import { shortIdOf } from '../tests/support/sched-page';
import { readFixture } from '../tests/support/dom';
import { schedPage } from './pages';

const { values } = parseArgs({ options: { extension: { type: 'string' }, runs: { type: 'string' } } });
const extension = resolve(values.extension ?? '.output/chrome-mv3');
const runs = Number(values.runs ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const N = 2000;
const LIST = `https://bench.sched.com/n${N}/`;
const SESSION = 'https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme';

/** tsx compiles with esbuild's keepNames: functions sent to the page call its `__name` helper, so define it there. */
async function launch(dir: string): Promise<Harness> {
  const h = await launchExtension({ extension: dir });
  await h.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return h;
}

async function heapKb(h: Harness, page: Page): Promise<number> {
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024;
}

/** Time (ms since navigation) until `count` badges show, the longest task, the heap. Runs in the page. */
async function badgesShown(h: Harness, count: number) {
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number };
    w.__long = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__long = Math.max(w.__long, e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(LIST);
  const shownMs = await page.evaluate(
    (want) =>
      new Promise<number>((done) => {
        const tick = () => {
          // Old builds: a light-DOM span per badge; now: a tm-badge host with a closed root.
          const n = document.querySelectorAll('tm-controls > tm-badge:not([hidden]), tm-controls > span[role="img"]:not([hidden])').length;
          if (n >= want) done(performance.now());
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    count,
  );
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => (window as unknown as { __long: number }).__long);
  const heap = await heapKb(h, page);
  await page.close();
  return { shownMs, longest, heap };
}

async function badges(): Promise<void> {
  const h = await launch(extension);
  h.serve(LIST, schedPage(N));
  await (await h.open(LIST)).close();
  console.log(`Badges on a ${N}-entry list (${extension}), median of ${runs}:`);
  console.log('annotated | all badges shown (ms) | longest task (ms) | heap (KB)');
  let done = 0;
  for (const annotated of [200, N]) {
    const keys = Array.from({ length: annotated - done }, (_, i) => `sched:bench:${shortIdOf(done + i)}`);
    if (keys.length) await h.sendFromExtension({ type: 'annotations/bulk', keys, change: { kind: 'patch', patch: { rating: 4, tags: ['ops'] } } });
    done = annotated;
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await badgesShown(h, annotated));
    console.log(`${annotated} | ${median(results.map((r) => r.shownMs)).toFixed(0)} | ${median(results.map((r) => r.longest)).toFixed(0)} | ${median(results.map((r) => r.heap)).toFixed(0)}`);
  }
  // The harness removes an extension directory it was given on close: keep the build, drop only the profile.
  await h.close({ keepProfile: true });
  rmSync(h.profile, { recursive: true, force: true });
}

/** A copy of the build with `frame.html` (the editor script mounted in an extension page) open to sched pages. */
function withFrame(): string {
  const copy = mkdtempSync(join(tmpdir(), 'talkmarks-frame-'));
  cpSync(extension, copy, { recursive: true });
  writeFileSync(join(copy, 'frame.html'), '<!doctype html><meta charset="utf-8"><body><script src="/detail-editor.js"></script><script src="/frame.js"></script>');
  writeFileSync(
    join(copy, 'frame.js'),
    `const mount = globalThis.talkmarksMountEditor;
const view = mount(document.body.attachShadow({ mode: 'closed' }), async () => ({}));
view.update({ key: 'sched:demo2026:2EsAI', conference: 'sched:demo2026', title: 'Keynote', aliases: [], speakers: [] }, undefined);
requestAnimationFrame(() => parent.postMessage('shown', '*'));`,
  );
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.web_accessible_resources = [{ resources: ['frame.html', 'frame.js', 'detail-editor.js'], matches: ['https://*.sched.com/*'] }];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

async function editor(): Promise<void> {
  const copy = withFrame();
  const h = await launch(copy);
  h.serve(SESSION, readFixture('sched/session.html'));
  const closed: number[] = [];
  const framed: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.open(SESSION);
    await page.waitForFunction(() => performance.getEntriesByName('talkmarks:editor').length > 0, null, { timeout: 30_000 });
    closed.push(await page.evaluate(() => performance.getEntriesByName('talkmarks:editor')[0]!.duration));
    framed.push(
      await page.evaluate(
        (src) =>
          new Promise<number>((done) => {
            const start = performance.now();
            addEventListener('message', (e) => e.data === 'shown' && done(performance.now() - start));
            setTimeout(() => done(Number.NaN), 10_000);
            const frame = document.createElement('iframe');
            frame.src = src;
            document.body.append(frame);
          }),
        `chrome-extension://${h.extensionId}/frame.html`,
      ),
    );
    await page.close();
  }
  await h.close();
  const gz = (file: string) => (gzipSync(readFileSync(join(extension, file))).length / 1024).toFixed(1);
  console.log(`\nSession page editor, median of ${runs} (ms from its element to the editor shown):`);
  console.log(`closed shadow root (injected script, isolated world): ${median(closed).toFixed(0)} ms, loads detail-editor.js ${gz('detail-editor.js')} KB gzipped`);
  console.log(`extension page in an iframe (same script, its own document): ${median(framed).toFixed(0)} ms, loads detail-editor.js ${gz('detail-editor.js')} KB gzipped + a document of its own (and, to be complete, it would need its own data access and a size handshake with the page)`);
}

await badges();
if (readFileSync(join(extension, 'content-scripts/sched.js'), 'utf8').includes('talkmarks:editor')) await editor();
else console.log('\n(this build has no talkmarks:editor measure: editor timing skipped)');
