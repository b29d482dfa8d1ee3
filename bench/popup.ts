// `npm run bench -- --only popup`: the popup's first paint in Chromium on a schedule tab of 2,256 sessions, 2,000 of them
// annotated (issue 16 asks for under 100 ms). Needs the build (`npm run build`). Prints figures; asserts nothing.
import { existsSync } from 'node:fs';
import { extensionDir, launchExtension } from '../tests/e2e/harness';
import { benchSessions, schedPage } from './pages';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function firstPaint(count: number, annotated: number) {
  const url = 'https://benchpopup2026.sched.com/';
  const h = await launchExtension();
  try {
    h.serve(url, schedPage(count).replaceAll('kccnceu2026', 'benchpopup2026'));
    const page = await h.open(url);
    await page.locator('tm-controls').nth(count - 1).waitFor({ state: 'attached', timeout: 60_000 });
    const keys = benchSessions(count).map((s) => `sched:benchpopup2026:${s.shortId}`);
    // Every fifth annotated session starred, all rated, every third tagged: rows with chips, as at an event.
    const sent = [
      { keys: keys.slice(0, annotated), change: { kind: 'patch', patch: { rating: 3 } } },
      { keys: keys.slice(0, annotated).filter((_, i) => i % 5 === 0), change: { kind: 'patch', patch: { starred: true } } },
      { keys: keys.slice(0, annotated).filter((_, i) => i % 3 === 0), change: { kind: 'tag', tag: 'bench' } },
    ];
    for (const { keys: some, change } of sent) {
      const result = (await h.sendFromExtension({ type: 'annotations/bulk', keys: some, change })) as { ok: boolean };
      if (!result.ok) throw new Error('could not annotate the bench sessions');
    }
    const tabId = await h.tabIdOf(page);
    const runs: { fcp: number; rows: number; painted: number; count: number; all: number }[] = [];
    for (let i = 0; i < 7; i++) {
      // A new page each time, as a click on the toolbar button opens the popup: not a reload, which would first
      // unload the previous popup (2,256 rows) and time that too.
      const popup = await h.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      // Records when the first session rows are in the document, when the frame showing them was painted, and when
      // the list (drawn the first screen first, the rest after) holds every session.
      await popup.addInitScript((total: number) => {
        new MutationObserver((_, observer) => {
          const rows = document.querySelectorAll('.tm-session').length;
          if (!rows) return;
          if (!performance.getEntriesByName('rows').length) {
            performance.mark('rows');
            performance.mark('count', { detail: rows });
            requestAnimationFrame(() => setTimeout(() => performance.mark('painted')));
          }
          if (rows < total) return;
          observer.disconnect();
          performance.mark('all');
        }).observe(document, { childList: true, subtree: true });
      }, count);
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForFunction(() => performance.getEntriesByName('painted').length > 0 && performance.getEntriesByName('all').length > 0, undefined, { timeout: 60_000 });
      runs.push(
        await popup.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          rows: performance.getEntriesByName('rows')[0]!.startTime,
          painted: performance.getEntriesByName('painted')[0]!.startTime,
          count: (performance.getEntriesByName('count')[0] as PerformanceMark).detail as number,
          all: performance.getEntriesByName('all')[0]!.startTime,
        })),
      );
      await popup.close();
    }
    // The floor on this machine: a new tab painting one line of static text, no script, no style sheet.
    const floor: number[] = [];
    for (let i = 0; i < 7; i++) {
      const blank = await h.context.newPage();
      await blank.setViewportSize({ width: 400, height: 600 });
      await blank.goto('data:text/html,<!doctype html><p>One line of text</p>');
      await blank.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 });
      floor.push(await blank.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime));
      await blank.close();
    }
    console.log(`popup on a schedule tab of ${count.toLocaleString('en')} sessions, ${annotated.toLocaleString('en')} annotated, 400×600, Chromium headless, median of 7 loads:`);
    console.log(`  first contentful paint (the "Reading this page…" line)  ${ms(median(runs.map((r) => r.fcp)))}`);
    console.log(`    (a new tab painting one line of static text here:     ${ms(median(floor))})`);
    console.log(`  the first session rows in the document (${runs[0]!.count} rows)     ${ms(median(runs.map((r) => r.rows)))}`);
    console.log(`  the frame showing them painted                          ${ms(median(runs.map((r) => r.painted)))}`);
    console.log(`  all ${count.toLocaleString('en')} rows in the document                       ${ms(median(runs.map((r) => r.all)))}`);
  } finally {
    await h.close();
  }
}

if (!existsSync(extensionDir)) console.log('skipped: no build (run `npm run build` first)');
else await firstPaint(Number(process.env.BENCH_POPUP_SESSIONS ?? 2_256), Number(process.env.BENCH_POPUP_ANNOTATED ?? 2_000));
