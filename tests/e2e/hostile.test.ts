import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_URL, hostilePage, hostileTitles } from '../support/hostile';
import { launchExtension, type Harness } from './harness';

const pwned = (page: Page) => page.evaluate(() => (window as { __tmPwned?: string }).__tmPwned ?? null);
/** Elements page text would become if it were parsed as HTML anywhere in our UI. */
const injected = 'img, svg, iframe, script:not([src]), [onerror], [onload]';

/** Links that carry page data; in-page `#view=…` navigation is the dashboard's own. */
async function ourLinks(page: Page): Promise<string[]> {
  return page.locator('main a[href]:not([href^="#"])').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

describe('a hostile schedule page in Chromium', () => {
  let h: Harness;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(HOSTILE_URL, hostilePage());
    h.context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
    page = await h.open(HOSTILE_URL);
  });
  afterAll(async () => h?.close());

  it('gets controls named by the titles as text, and runs nothing', async () => {
    await expect.poll(() => page.locator('tm-controls').count()).toBe(5);
    for (const title of hostileTitles) {
      await page.getByRole('button', { name: `Star: ${title}`, exact: true }).click();
      await expect.poll(() => page.getByRole('button', { name: `Unstar: ${title}`, exact: true }).getAttribute('aria-pressed')).toBe('true');
    }
    const long = page.locator('tm-controls').nth(4).locator('button');
    await long.click();
    await expect.poll(() => long.getAttribute('aria-pressed')).toBe('true');
    expect((await long.getAttribute('aria-label'))!.length).toBe('Unstar: '.length + 2000);
    expect(await page.locator(`tm-controls ${injected}`).count()).toBe(0);
    expect(await pwned(page)).toBeNull();
  });

  it('shows as text in the popup, with a note as written', async () => {
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(page)}`);
    await expect.poll(() => popup.locator('.tm-session').count()).toBe(5);
    for (const title of hostileTitles) expect(await popup.getByText(title, { exact: true }).count()).toBe(1);
    await popup.getByRole('button', { name: `Edit notes for ${hostileTitles[0]}`, exact: true }).click();
    await popup.getByRole('textbox', { name: `Notes on ${hostileTitles[0]}`, exact: true }).fill('<script>alert("note")</script> [x](javascript:alert(1))');
    await expect.poll(() => popup.locator('.tm-note').getByRole('status').first().textContent()).toBe('Saved');
    expect(await popup.locator(`main ${injected}`).count()).toBe(0);
    for (const href of await ourLinks(popup)) expect(href).toMatch(/^(https:\/\/hostile2026\.sched\.com\/|chrome-extension:)/);
    expect(await pwned(popup)).toBeNull();
    await popup.close();
  });

  it('shows as text in the dashboard and its exports, and every link there is http(s)', async () => {
    const dashboard = await h.extensionPage('dashboard.html');
    await expect.poll(() => dashboard.locator('.tm-session').count()).toBe(5);
    for (const title of hostileTitles) expect(await dashboard.getByText(title, { exact: true }).count()).toBe(1);
    expect(await dashboard.locator(`main ${injected}`).count()).toBe(0);
    for (const href of await ourLinks(dashboard)) expect(href).toMatch(/^https:\/\/hostile2026\.sched\.com\/event\//);

    const [md] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export Markdown' }).click()]);
    const markdown = await readFile((await md.path())!, 'utf8');
    // The note is the user's own Markdown and is kept as written; everything else came from the page.
    const note = '<script>alert("note")</script> [x](javascript:alert(1))';
    expect(markdown).toContain(note);
    const pageText = markdown.replace(note, '');
    expect(pageText).not.toMatch(/(?<!\\)<(img|svg|script|iframe)/i);
    expect(pageText).not.toMatch(/(?<!\\)\]\((?!<https:\/\/hostile2026\.sched\.com\/event\/)/);

    await dashboard.getByRole('link', { name: 'Data', exact: true }).click();
    const [json] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Backup (JSON)' }).click()]);
    const backup = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(backup.sessions.map((s: { title: string }) => s.title)).toEqual(expect.arrayContaining(hostileTitles));
    expect(await pwned(dashboard)).toBeNull();
    await dashboard.close();
  });

  it('never ran page text as code anywhere', async () => {
    expect(dialogs).toEqual([]);
    expect(await pwned(page)).toBeNull();
  });
});
