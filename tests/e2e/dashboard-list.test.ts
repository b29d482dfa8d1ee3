import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ScheduleEntry } from '../../lib/model/schema';
import type { Harness } from './harness';
import { launchWithPlan } from './plan-data';

const BIG = 'sched:big2026';
const N = 10_000;
/** 10,000 sessions of one conference, a minute apart: sessions as schedule pages record them. */
const bigSessions: ScheduleEntry[] = Array.from({ length: N }, (_, i) => ({
  key: `${BIG}:t${i}`,
  conference: BIG,
  aliases: [],
  title: `Talk ${String(i).padStart(5, '0')} on platforms`,
  start: new Date(Date.UTC(2026, 5, 2, 7) + i * 60_000).toISOString(),
  timeZone: 'Europe/Amsterdam',
  room: `Room ${i % 40}`,
  speakers: [],
}));

/** What has focus: its tag, its accessible label, and the result row it is in (its place, 1-based). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.localName, label: el?.getAttribute('aria-label') ?? '', row: el?.closest('.tm-session')?.getAttribute('aria-posinset') ?? null };
  });
const results = (page: Page) => page.locator('.tm-results .tm-session');

describe('finding a talk in the dashboard', () => {
  let h: Harness;
  let dashboard: Page;
  const open = async (hash: string) => {
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html${hash}`);
    await dashboard.locator('.tm-sections').waitFor();
  };

  beforeAll(async () => {
    ({ h, dashboard } = await launchWithPlan());
  });
  afterAll(async () => h?.close());

  it('says why a result matched: the words marked, a passage of the note or abstract, the day on each row', async () => {
    await open('#q=kernel');
    await expect.poll(() => results(dashboard).locator('.tm-title > a').allTextContents()).toEqual(['Rust in the Kernel', 'eBPF for Humans']);
    // Best match first, each row with its weekday; the title's hit marked, the abstract's passage for the other.
    expect(await results(dashboard).locator('.tm-facts').allTextContents()).toEqual(['Wed 09:30–10:00 CET · Forum', 'Tue 11:30–12:00 CET · Forum']);
    expect(await results(dashboard).locator('.tm-speakers').allTextContents()).toEqual(['Chen Wei', 'Chen Wei']);
    expect(await results(dashboard).nth(0).locator('.tm-title mark').allTextContents()).toEqual(['Kernel']);
    expect(await results(dashboard).nth(1).locator('.tm-snippet').textContent()).toBe('Abstract: Tracing the kernel without writing C.');
    expect(await results(dashboard).nth(1).locator('.tm-snippet mark').allTextContents()).toEqual(['kernel']);

    // The note is shown as text: its Markdown is not markup.
    await open('#q=progressive');
    await expect.poll(() => results(dashboard).locator('.tm-snippet').textContent()).toBe('Your note: Ask about **progressive delivery**.');
    expect(await results(dashboard).locator('.tm-snippet mark').evaluateAll((m) => m.map((el) => el.innerHTML))).toEqual(['progressive']);

    // By time: under day headings, in schedule order, kept in the URL.
    await open('#q=kernel');
    await dashboard.getByRole('combobox', { name: 'Sort' }).selectOption('time');
    await expect.poll(() => results(dashboard).locator('.tm-title > a').allTextContents()).toEqual(['eBPF for Humans', 'Rust in the Kernel']);
    expect(await dashboard.locator('.tm-results h3').allTextContents()).toEqual(['Tuesday, 24 March 2026', 'Wednesday, 25 March 2026']);
    expect(await results(dashboard).locator('.tm-facts').first().textContent()).toBe('11:30–12:00 CET · Forum');
    expect(new URL(dashboard.url()).hash).toBe('#q=kernel&sort=time');
  });

  it('from the search box: three Tab stops to the first result, ↓ j k between rows, Enter opens, ? lists every shortcut', async () => {
    await open('');
    await dashboard.keyboard.press('/');
    await dashboard.keyboard.type('security');
    await expect.poll(() => results(dashboard).count()).toBe(2);
    let stops = 0;
    while ((await focused(dashboard)).row === null && stops < 20) {
      await dashboard.keyboard.press('Tab');
      stops++;
    }
    // Filters (folded), Sort, then the first result's first control.
    expect(stops).toBe(3);
    expect(await focused(dashboard)).toEqual({ tag: 'input', label: 'Select Supply Chain Security', row: '1' });

    await dashboard.getByRole('searchbox', { name: 'Search sessions' }).focus();
    await dashboard.keyboard.press('ArrowDown');
    expect(await focused(dashboard)).toMatchObject({ tag: 'li', row: '1' });
    await dashboard.keyboard.press('j');
    expect(await focused(dashboard)).toMatchObject({ tag: 'li', row: '2' });
    await dashboard.keyboard.press('k');
    await dashboard.keyboard.press('ArrowDown');
    expect(await focused(dashboard)).toMatchObject({ tag: 'li', row: '2' });
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => dashboard.getByRole('button', { name: 'Close notes for Zero Trust in Practice' }).count()).toBe(1);

    await dashboard.keyboard.press('?');
    const help = dashboard.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.locator('dd').allTextContents()).toEqual(expect.arrayContaining(['Next result', 'Previous result', 'Star or unstar', 'Write a note']));
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });

  it('the Tags view: each tag leads to its sessions; rename and merge sit behind its menu', async () => {
    await open('#view=tags');
    const tags = dashboard.locator('.tm-tag-list > li');
    await expect.poll(() => tags.locator('a').allTextContents()).toEqual(['#cool-tech', '#ebpf', '#gitops', '#security']);
    expect(await dashboard.locator('.tm-tag-manager input').count()).toBe(0);
    await dashboard.getByRole('link', { name: 'cool-tech: 2 sessions' }).click();
    await expect.poll(() => results(dashboard).locator('.tm-title > a').allTextContents()).toEqual(['GitOps at Scale', 'eBPF for Humans']);
    expect(new URL(dashboard.url()).hash).toBe('#tag=cool-tech');

    await open('#view=tags');
    await dashboard.getByRole('button', { name: 'Rename or merge ebpf' }).click();
    await dashboard.getByRole('menuitem', { name: 'Rename…' }).click();
    await dashboard.getByRole('dialog', { name: 'Rename #ebpf' }).getByRole('combobox').fill('BPF');
    await dashboard.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => tags.locator('a').allTextContents()).toEqual(['#cool-tech', '#bpf', '#gitops', '#security']);

    // By keyboard: the menu opens on its first item, ↓ to Merge, Enter; the dialog's choice, Enter.
    await dashboard.getByRole('button', { name: 'Rename or merge gitops' }).focus();
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => focused(dashboard).then((f) => f.label || f.tag)).toBe('button');
    expect(await dashboard.evaluate(() => document.activeElement?.textContent)).toBe('Rename…');
    await dashboard.keyboard.press('ArrowDown');
    await dashboard.keyboard.press('Enter');
    const merge = dashboard.getByRole('dialog', { name: 'Merge #gitops into another tag' });
    await merge.getByRole('combobox', { name: 'Merge into' }).selectOption('cool-tech');
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => tags.locator('a').allTextContents()).toEqual(['#cool-tech', '#bpf', '#security']);
    expect(await dashboard.locator('.tm-tag-manager [role=status]').textContent()).toBe('gitops → cool-tech: 1 sessions changed');
  });

  it('lists 10,000 annotated sessions a screen at a time: sizes and places told, focus and scrolling survive', async () => {
    // Straight into the extension's database (its own origin), as schedule pages and the bulk bar would leave it.
    await dashboard.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('talkmarks');
          req.onsuccess = () => {
            const tx = req.result.transaction(['sessions', 'annotations'], 'readwrite');
            for (const r of records) {
              tx.objectStore('sessions').put({ ...r, seenAt: 1 });
              tx.objectStore('annotations').put({
                key: r.key, conference: r.conference, starred: true, rating: null, tags: [], note: '',
                priority: null, alternative: false, watchLater: false, updatedAt: 1, fieldUpdatedAt: {},
              });
            }
            tx.oncomplete = () => (req.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      bigSessions,
    );

    // The overview: every conference's annotated sessions, no "Show all", a screen of rows in the document.
    await open('');
    const big = dashboard.getByRole('region', { name: 'big2026' });
    // Reading 10,000 annotations takes a while on a busy machine; the drawing after it is what this test is about.
    await big.locator('.tm-session').first().waitFor({ timeout: 120_000 });
    expect(await dashboard.getByRole('button', { name: /^Show all/ }).count()).toBe(0);
    expect(await dashboard.locator('.tm-session').count()).toBeLessThan(150);
    expect(await big.locator('.tm-session').first().getAttribute('aria-setsize')).toBe(String(N));

    await open('#q=platforms');
    await expect.poll(() => dashboard.locator('#tm-search-summary').textContent()).toMatch(new RegExp(`^${N} of ${N + 8} sessions$`));
    expect(await results(dashboard).count()).toBeLessThan(100);
    await results(dashboard).first().focus();
    await dashboard.keyboard.press('End');
    // The last row is drawn after the jump, then focused: waited for, not read at once, on a busy machine.
    await expect.poll(() => focused(dashboard)).toMatchObject({ tag: 'li', row: String(N) });
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.querySelector('.tm-title')?.textContent)).toContain('Talk 09999 on platforms');
    // Scrolled to the middle by hand: the rows there are drawn, and the focused last row stays (focus is not lost).
    await dashboard.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    // The rows drawn before the scroll (at the end) are still there until the list has handled the scroll: wait for the middle ones.
    const firstDrawn = () => results(dashboard).first().getAttribute('aria-posinset').then(Number);
    await expect.poll(async () => { const at = await firstDrawn(); return at > 3000 && at < N - 100; }).toBe(true);
    expect(await focused(dashboard)).toMatchObject({ tag: 'li', row: String(N) });
    const middle = await firstDrawn();
    expect(await results(dashboard).count()).toBeLessThan(100);
    // k from the last row: the one before it, drawn and focused, and the page scrolled to it.
    await dashboard.keyboard.press('k');
    await expect.poll(() => focused(dashboard)).toMatchObject({ tag: 'li', row: String(N - 1) });
    await expect.poll(() => dashboard.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0 && document.activeElement!.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
  }, 240_000);

});
