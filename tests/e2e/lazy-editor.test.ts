import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../support/dom';
import { extensionDir, launchExtension, type Harness } from './harness';
import { inContentScript } from './isolated-world';
import { byRole, shadowText } from './closed-shadow';

const LIST = 'https://demo2026.sched.com/';
const SESSION = 'https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme';
const KEYNOTE = 'Keynote: Welcome + Opening Remarks - Jane Doe, Acme';
const HANDOFF = 'typeof globalThis.talkmarksMountEditor';

const built = (path: string) => readFileSync(join(extensionDir, path));

describe('the session page editor is loaded only where a page shows one', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(LIST, readFixture('sched/list-default.html'));
    h.serve(SESSION, readFixture('sched/session.html'));
  });
  afterAll(async () => h?.close());

  it('keeps Preact, zod and Dexie out of the content scripts, and sched.js under 25 KB gzipped', () => {
    for (const script of ['content-scripts/sched.js', 'content-scripts/sites.js']) {
      const text = built(script).toString();
      // Preact's list of unitless style properties, zod's and Dexie's error classes: one sure mark of each library.
      expect(text, script).not.toContain('acit|ex(?:s|g|n|p|$)');
      expect(text, script).not.toContain('ZodError');
      expect(text, script).not.toContain('Dexie');
    }
    expect(built('detail-editor.js').toString()).toContain('acit|ex(?:s|g|n|p|$)');
    expect(gzipSync(built('content-scripts/sched.js')).length).toBeLessThan(25_000);
  });

  it('a list page never runs the editor script; a session page runs it once, and its editor saves', async () => {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    const loaded: string[] = [];
    cdp.on('Debugger.scriptParsed', ({ url }) => void (url.endsWith('/detail-editor.js') && loaded.push(url)));
    await cdp.send('Debugger.enable');

    await page.goto(LIST);
    await expect.poll(() => page.locator('tm-controls').count()).toBe(5);
    // Recorded as seen: the content script has done everything it does on a list page.
    await expect.poll(async () => (await h.readStore('sessions')).length).toBe(5);
    expect(await inContentScript(page, HANDOFF)).toBe('undefined');
    expect(loaded).toEqual([]);

    await page.goto(SESSION);
    // The editor is in a closed shadow root: found as assistive technology finds it, used with real clicks and keys.
    await (await byRole(page, 'button', 'Rate 2 of 5')).click();
    await (await byRole(page, 'combobox', `Add a tag to ${KEYNOTE}`)).fill('lazy');
    await page.keyboard.press('Enter');
    await (await byRole(page, 'textbox', `Notes on ${KEYNOTE}`)).fill('Loaded when needed');
    await expect.poll(() => shadowText(page, 'tm-editor'), { timeout: 10_000 }).toContain('Saved');
    await expect.poll(async () => h.readStore('annotations'), { timeout: 10_000 }).toEqual([
      expect.objectContaining({ key: 'sched:demo2026:2EsAI', rating: 2, tags: ['lazy'], note: 'Loaded when needed' }),
    ]);
    expect(loaded).toHaveLength(1);
    // Handed over in the extension's isolated world; the page's own scripts see nothing of it.
    expect(await inContentScript(page, HANDOFF)).toBe('function');
    expect(await page.evaluate(() => 'talkmarksMountEditor' in globalThis || 'detailEditor' in globalThis)).toBe(false);
    await cdp.detach();
    await page.close();
  });
});
