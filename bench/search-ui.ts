// The dashboard in Chromium with 10,000 sessions: from a keystroke in the search box to its results
// painted. Needs the build (`npm run build`).
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Annotation, ScheduleEntry } from '../lib/model/schema';
import { extensionDir, launchExtension } from '../tests/e2e/harness';

export interface UiTiming {
  query: string;
  keys: number;
  /** Each key pressed just after a frame: the results wait for the next one, so a page doing nothing measures a frame. */
  median: number;
  max: number;
  /** Each key pressed at its own point between two frames, as a typist's keys fall: the wait for the frame averages half of one. */
  spreadMedian: number;
  spreadMax: number;
}

/** Straight into IndexedDB (same origin): sessions as schedule pages would have recorded them, and annotations. */
export async function seedStores(page: Page, entries: readonly ScheduleEntry[], annotations: readonly Annotation[] = []): Promise<void> {
  await page.evaluate(
    ([records, notes]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('talkmarks');
        open.onsuccess = () => {
          const tx = open.result.transaction(['sessions', 'annotations'], 'readwrite');
          for (const r of records) tx.objectStore('sessions').put({ ...r, seenAt: 1 });
          for (const a of notes) tx.objectStore('annotations').put(a);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [entries, annotations] as [ScheduleEntry[], Annotation[]],
  );
}

/**
 * Types `text` one key at a time into the page's search box, twice: each key just after a frame, then each at its own
 * point between two frames (spread evenly over the frame, the same points every run). Each key's time is from the
 * input event to the frame after its results are in: the page marks them in `section.tm-search[data-results-for]`.
 */
export async function timeKeystrokes(page: Page, text: string): Promise<UiTiming> {
  await page.bringToFront();
  const locked = await typeTimed(page, text, false);
  await page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('input[type=search]')!;
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForTimeout(300);
  const spread = await typeTimed(page, text, true);
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { query: text, keys: text.length, median: mid(locked), max: Math.max(...locked), spreadMedian: mid(spread), spreadMax: Math.max(...spread) };
}

function typeTimed(page: Page, text: string, spread: boolean): Promise<number[]> {
  // No named functions inside: the bundler of this script would wrap them in a helper the page lacks.
  return page.evaluate(
    async ([text, spread]) => {
      const box = document.querySelector<HTMLInputElement>('input[type=search]')!;
      const out: number[] = [];
      for (let n = 1; n <= text.length; n++) {
        // Golden-ratio steps cover the frame evenly: 0.62, 0.24, 0.85 … of 16.7 ms after the last frame.
        if (spread) await new Promise((r) => setTimeout(r, ((n * 0.618034) % 1) * 16.7));
        const typed = text.slice(0, n);
        const started = performance.now();
        box.value = typed;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        // The results are in when the panel says they are for this text (a key that leaves the count as it was
        // changes no visible text); then wait for the frame that paints them.
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(
            () => document.querySelector<HTMLElement>('section.tm-search')?.dataset.resultsFor === typed && (observer.disconnect(), resolve()),
          );
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-results-for'] });
        });
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        out.push(performance.now() - started);
      }
      return out;
    },
    [text, spread] as const,
  );
}

/**
 * The same keys on a page that does no work: a search box whose "results" are its own text, marked in a microtask.
 * What remains is the wait for a frame and the frame itself, the floor under any page's figure.
 */
export async function timeKeystrokesFloor(page: Page, text: string): Promise<UiTiming> {
  await page.setContent(
    '<input type=search><section class=tm-search></section>' +
      '<script>const s = document.querySelector("section"); document.querySelector("input").addEventListener("input", (e) => { const v = e.target.value; queueMicrotask(() => { s.textContent = v; s.dataset.resultsFor = v; }); });</script>',
  );
  return timeKeystrokes(page, text);
}

/** Seeds the sessions, then types each query one key at a time and times each key until its results are painted. */
export async function measureDashboard(entries: readonly ScheduleEntry[], queries: readonly string[]): Promise<UiTiming[] | string> {
  if (!existsSync(extensionDir)) return 'skipped: no build (run `npm run build` first)';
  const h = await launchExtension();
  try {
    const page = await h.extensionPage('dashboard.html');
    await page.locator('.tm-sections').waitFor();
    await seedStores(page, entries);
    await page.bringToFront();
    const results: UiTiming[] = [];
    for (const query of queries) {
      await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
      await page.getByRole('status').filter({ hasText: `${entries.length} sessions seen` }).waitFor({ timeout: 120_000 });
      results.push(await timeKeystrokes(page, query));
    }
    return results;
  } finally {
    await h.close();
  }
}
