// `npm run bench -- --only dashboard`: the dashboard in Chromium with 10,000 annotated sessions (the real KubeCon
// EU 2026 sessions copied into 17 conferences): its first screen, scrolling to the end of the list, and a
// keystroke to painted search results. Needs the build (`npm run build`). Figures only, nothing asserted.
import { existsSync } from 'node:fs';
import { extensionDir, launchExtension } from '../tests/e2e/harness';
import { library } from './library';
import { seedStores, timeKeystrokes, timeKeystrokesFloor, type UiTiming } from './search-ui';

const SESSIONS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!existsSync(extensionDir)) {
  console.log('skipped: no build (run `npm run build` first)');
  process.exit(0);
}
const { entries, annotations } = library(SESSIONS, 1);
const h = await launchExtension();
try {
  const page = await h.extensionPage('dashboard.html');
  await page.locator('.tm-sections').waitFor();
  await seedStores(page, entries, annotations);
  await page.bringToFront();
  await page.setViewportSize({ width: 1280, height: 800 });

  const first: number[] = [];
  const rows: number[] = [];
  const end: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    // A new tab each time, as the toolbar button or the popup's link opens it: not a reload, which would first
    // unload the previous dashboard (10,000 sessions in memory) and time that too.
    const tab = await h.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    // From navigation start to the frame after the first session row is in the document.
    const painted = await tab.waitForFunction(() => !!document.querySelector('.tm-session') && performance.now(), null, { polling: 'raf', timeout: 120_000 });
    first.push((await painted.jsonValue()) as number);
    await tab.waitForTimeout(300);
    rows.push(await tab.locator('.tm-session').count());
    // The last row of the last conference on screen: through "Show all" where the list has one, else by scrolling.
    end.push(
      await tab.evaluate(async () => {
        const started = performance.now();
        for (const more of document.querySelectorAll<HTMLButtonElement>('button.tm-more')) more.click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        scrollTo(0, document.documentElement.scrollHeight);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - started;
      }),
    );
    await tab.close();
  }
  const typing: UiTiming[] = [];
  for (const query of ['kubernetes', 'zero trust', 'nosuchthing']) {
    await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await page.getByRole('status').filter({ hasText: `${SESSIONS} sessions seen` }).waitFor({ timeout: 120_000 });
    typing.push(await timeKeystrokes(page, query));
  }
  const blank = await h.context.newPage();
  const floor = await timeKeystrokesFloor(blank, 'kubernetes');
  console.log(`dashboard, ${SESSIONS.toLocaleString('en')} annotated sessions, 1280×800, medians of ${RUNS} loads`);
  console.log(`first session row painted: ${median(first).toFixed(0)} ms after navigation start (runs: ${first.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`session rows in the document once settled: ${median(rows)}`);
  console.log(`to the end of the list (Show all where offered, then scroll): ${median(end).toFixed(0)} ms`);
  console.log('\nkeystroke to painted results (search over every session seen, render, paint), ms a keystroke:');
  console.log('  pressed just after a frame (a page doing nothing measures about one frame here)');
  console.log('  and pressed at spread points between frames, as a typist\'s keys fall');
  console.log('query                 keys   after a frame: median    max   spread: median    max');
  const line = (name: string, t: UiTiming) =>
    console.log(`${name.padEnd(21)} ${String(t.keys).padStart(4)} ${t.median.toFixed(2).padStart(22)} ${t.max.toFixed(2).padStart(6)} ${t.spreadMedian.toFixed(2).padStart(16)} ${t.spreadMax.toFixed(2).padStart(6)}`);
  for (const t of typing) line(t.query, t);
  line('(a page doing no work)', floor);
} finally {
  await h.close();
}
