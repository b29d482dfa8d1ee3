import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { schedListPage, shortIdOf, type PageSession } from '../support/sched-page';
import { launchExtension, type Harness } from './harness';

/**
 * A schedule far larger than the other suites' (at most 36 entries): more than one slice of controls, more than one
 * `page/seen` batch of 500, and a page that adds and removes entries while the slices run. Then the failed-save
 * path with a service worker that stops in the middle of a save.
 */
const COUNT = 2_256;
const ADDED = 50;
const URL_ = 'https://big2026.sched.com/';
const DAY = Date.parse('2026-03-24T07:00:00Z');

const session = (i: number): PageSession => ({
  shortId: shortIdOf(i),
  longId: (i + 1).toString(16).padStart(32, '0'),
  title: `Generated session ${i}`,
  start: new Date(DAY + Math.floor(i / 12) * 15 * 60_000).toISOString(),
  room: `Room ${i % 12}`,
});

/**
 * The page's own script: once the first slice has put controls on the page, and while the rest wait for the next
 * slice, it removes 20 entries already handled and 20 not yet reached, and inserts 50 new ones in sched's markup.
 */
const churn = (added: string) => `<script>
new MutationObserver((records, observer) => {
  if (!document.querySelector('tm-controls')) return;
  observer.disconnect();
  const events = [...document.querySelectorAll('span.event')];
  for (const e of [...events.slice(2, 22), ...events.slice(-20)]) e.remove();
  document.querySelector('.sched-container-inner').insertAdjacentHTML('beforeend', ${JSON.stringify(added)});
  document.body.dataset.churned = String(performance.now());
}).observe(document.documentElement, { childList: true, subtree: true });
</script>`;

function page(): string {
  const sessions = Array.from({ length: COUNT }, (_, i) => session(i));
  const extra = Array.from({ length: ADDED }, (_, n) => session(COUNT + n));
  const added = schedListPage(extra, { name: 'x', timeZone: 'Europe/Amsterdam', view: 'default' }).match(/<span class="event[^"]*">[\s\S]*?<\/a><\/span>/g)!.join('\n');
  return schedListPage(sessions, { name: 'BigConf 2026', timeZone: 'Europe/Amsterdam', view: 'default' }).replace('<body>', `<body>${churn(added)}`);
}

/** Per entry on the page: its title and how many controls of ours it holds. */
const entriesShown = (tab: Page) =>
  tab.evaluate(() => [...document.querySelectorAll('span.event')].map((e) => ({ title: e.querySelector('a.name')!.firstChild!.textContent!.trim(), controls: e.querySelectorAll('tm-controls').length })));

describe('a 2,256-entry schedule that changes while Talkmarks reads it', () => {
  let h: Harness;
  let tab: Page;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(URL_, page());
    tab = await h.open(URL_);
  });
  afterAll(async () => h?.close());

  it('gives every entry exactly one control, added and left ones alike, in more than one slice', async () => {
    await expect.poll(() => tab.evaluate(() => performance.getEntriesByName('talkmarks:ready').length), { timeout: 60_000 }).toBe(1);
    const ready = await tab.evaluate(() => (performance.getEntriesByName('talkmarks:ready')[0] as PerformanceMark).detail as { slices: number; entries: number });
    expect(ready.slices).toBeGreaterThan(1);
    // The page changed itself while the slices ran, not before or after.
    expect(await tab.evaluate(() => document.body.dataset.churned)).toBeDefined();
    await expect.poll(async () => (await entriesShown(tab)).filter((e) => e.controls !== 1).map((e) => e.title), { timeout: 60_000 }).toEqual([]);
    const shown = await entriesShown(tab);
    expect(shown).toHaveLength(COUNT - 40 + ADDED);
    expect(shown.filter((e) => Number(/\d+$/.exec(e.title)![0]) >= COUNT)).toHaveLength(ADDED);
    expect(await tab.locator('tm-controls').count()).toBe(COUNT - 40 + ADDED);
    expect(await tab.getByRole('button', { name: `Star: Generated session ${COUNT + ADDED - 1}` }).count()).toBe(1);
  });

  it('records every entry it showed as seen, over several batches of at most 500', async () => {
    const titles = new Set((await entriesShown(tab)).map((e) => e.title));
    const stored = async () => {
      const sessions = (await h.readStore('sessions')) as { title: string }[];
      return [...titles].filter((t) => !sessions.some((s) => s.title === t)).length;
    };
    await expect.poll(stored, { timeout: 60_000 }).toBe(0);
    expect(titles.size).toBeGreaterThan(4 * 500);
  });

  it('shows the stored state and why when the background cannot save, and clears the error once a save goes through', async () => {
    const title = 'Generated session 100';
    const starOf = tab.getByRole('button', { name: new RegExp(`^(Star|Unstar): ${title}$`) });
    // The disk refuses every write of an annotation, as when storage is full. (Dexie bound its IDBDatabase's
    // transaction() when it opened: the object store's put is where a test can still step in.)
    await h.worker.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (globalThis as unknown as { tmPut: typeof put }).tmPut = put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'annotations') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      } as typeof put;
    });
    await starOf.click();
    await expect.poll(() => starOf.getAttribute('title')).toMatch(/^Talkmarks could not save: .*quota has been exceeded/);
    expect(await starOf.getAttribute('aria-pressed')).toBe('false');
    await h.worker.evaluate(() => {
      IDBObjectStore.prototype.put = (globalThis as unknown as { tmPut: IDBObjectStore['put'] }).tmPut;
    });
    await starOf.click();
    await expect.poll(() => starOf.getAttribute('title')).toBe('');
    expect(await starOf.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows what the service worker committed when it stopped before answering (it is restarted to read it)', async () => {
    const title = 'Generated session 105';
    const starOf = tab.getByRole('button', { name: new RegExp(`^(Star|Unstar): ${title}$`) });
    // Writes commit, but the worker never hears that they did: the save hangs after its commit.
    await h.worker.evaluate(() => {
      const swallow = (t: IDBTransaction) => t.mode === 'readwrite' && t.objectStoreNames.contains('annotations');
      const complete = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete')!;
      Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
        configurable: true,
        get: complete.get,
        set(this: IDBTransaction, fn: unknown) {
          complete.set!.call(this, swallow(this) ? null : fn);
        },
      });
      const listen = IDBTransaction.prototype.addEventListener;
      IDBTransaction.prototype.addEventListener = function (this: IDBTransaction, ...args: Parameters<typeof listen>) {
        if (args[0] === 'complete' && swallow(this)) return;
        listen.apply(this, args);
      } as typeof listen;
    });
    const starred = async () => ((await h.readStore('annotations')) as { starred: boolean }[]).filter((a) => a.starred).length;
    const before = await starred();
    await starOf.click();
    await expect.poll(starred).toBe(before + 1);
    // Another writer rates it meanwhile (a raw write, so nothing is pushed): only a re-read can show it.
    await h.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('talkmarks');
          open.onsuccess = () => {
            const store = open.result.transaction('annotations', 'readwrite').objectStore('annotations');
            const all = store.getAll();
            all.onsuccess = () => {
              const latest = (all.result as { updatedAt: number; starred: boolean; rating: number | null }[]).sort((a, b) => b.updatedAt - a.updatedAt)[0]!;
              const put = store.put({ ...latest, rating: 5, updatedAt: latest.updatedAt + 1 });
              put.onsuccess = () => (open.result.close(), resolve());
              put.onerror = () => reject(put.error);
            };
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const cdp = await h.context.newCDPSession(tab);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The rating the page never saw comes from the re-read: its badge (a closed root; only its host is in the page)
    // is shown beside the star.
    await expect.poll(() => starOf.evaluate((star) => star.parentElement?.querySelector<HTMLElement>('tm-badge')?.hidden === false)).toBe(true);
    expect(await starOf.getAttribute('aria-pressed')).toBe('true');
    expect(await starOf.getAttribute('title')).toBe('');
  });
});
