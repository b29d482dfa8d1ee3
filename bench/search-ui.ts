// The dashboard in Chromium with 10,000 sessions: from a keystroke in the search box to its results
// painted. Needs the build (`npm run build`).
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Annotation, ScheduleEntry } from '../lib/model/schema';
import { extensionDir, launchExtension } from '../tests/e2e/harness';

export interface UiTiming {
  query: string;
  keys: number;
  median: number;
  max: number;
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

/** Types `text` one key at a time into the open dashboard's search box; each key's time until its results are painted. */
export async function timeKeystrokes(page: Page, text: string): Promise<UiTiming> {
  // No named functions inside: the bundler of this script would wrap them in a helper the page lacks.
  const times = await page.evaluate(async (text) => {
    const box = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const out: number[] = [];
    for (let n = 1; n <= text.length; n++) {
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
  }, text);
  const sorted = times.sort((a, b) => a - b);
  return { query: text, keys: text.length, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
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
