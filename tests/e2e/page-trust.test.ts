import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../support/dom';
import { byRole, countByRole } from './closed-shadow';
import { launchExtension, type Harness } from './harness';
import { allStores, pageCanSee, settle, hookShadowRoots } from './page-world';

declare const chrome: { runtime: { getContexts(filter: object): Promise<{ contextType: string; documentUrl?: string }[]> } };

const LIST = 'https://demo2026.sched.com/';
const SESSION = 'https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme';
const KEY = 'sched:demo2026:2EsAI';
const KEYNOTE = 'Keynote: Welcome + Opening Remarks - Jane Doe, Acme';
const NOTE = 'ask Jane about the roadmap slide';
const TAG = 'confidential-tag';

/** Popup windows and toolbar popups open on a note. */
const noteWindows = (h: Harness) =>
  h.worker.evaluate(async () =>
    (await chrome.runtime.getContexts({})).filter((c) => c.contextType === 'POPUP' || !!/popup\.html\?tabId=\d+&note=/.test(c.documentUrl ?? '')).length,
  );

/** One synthetic event a page script fires at one of our elements (`target` picks it, modulo how many there are). */
const syntheticEvent = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom('click()', 'click', 'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'focus', 'blur', 'submit', 'paste'),
  key: fc.constantFrom('s', 'n', '0', '1', '5', 'Enter', ' ', 'Escape', 'Backspace', ',', 'a'),
});
type SyntheticEvent = typeof syntheticEvent extends fc.Arbitrary<infer T> ? T : never;

/** Runs in the page's main world: fires `events` at every element of ours it can reach. Self-contained. */
function fire(events: SyntheticEvent[]): number {
  const ours: Element[] = [];
  const visit = (root: ParentNode, inside: boolean) => {
    for (const el of root.querySelectorAll('*')) {
      const mine = inside || el.localName.startsWith('tm-');
      if (mine) ours.push(el);
      if (el.shadowRoot) visit(el.shadowRoot, mine);
    }
  };
  visit(document, false);
  for (const root of (window as { __roots?: ShadowRoot[] }).__roots ?? []) visit(root, root.host.localName.startsWith('tm-'));
  for (const { target, kind, key } of events) {
    const el = ours[target % ours.length] as HTMLElement;
    const init = { bubbles: true, composed: true, cancelable: true };
    if (kind === 'click()') el.click();
    else if (kind === 'click') el.dispatchEvent(new MouseEvent('click', init));
    else if (kind.startsWith('key')) el.dispatchEvent(new KeyboardEvent(kind, { ...init, key }));
    else if (kind === 'focus') el.focus();
    else if (kind === 'blur') el.blur();
    else if (kind === 'submit') el.dispatchEvent(new SubmitEvent('submit', init));
    else if (kind === 'paste') el.dispatchEvent(new ClipboardEvent('paste', init));
    else {
      if ('value' in el) (el as HTMLInputElement).value = `page wrote ${key}`;
      el.dispatchEvent(kind === 'beforeinput' ? new InputEvent(kind, { ...init, data: key }) : new Event(kind, init));
    }
  }
  return ours.length;
}

describe('a schedule page’s own scripts, run in its main world', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(LIST, readFixture('sched/list-default.html'));
    h.serve(SESSION, readFixture('sched/session.html'));
    page = await h.context.newPage();
    // The page's scripts run first and hook attachShadow, as a hostile page would, to catch any root made open.
    await page.addInitScript(hookShadowRoots);
    await page.goto(SESSION);
  });
  afterAll(async () => h?.close());

  it('leaves the user their editor: real clicks and keys rate, tag and write the note', async () => {
    await (await byRole(page, 'button', 'Rate 2 of 5')).click();
    await (await byRole(page, 'combobox', `Add a tag to ${KEYNOTE}`)).fill(TAG);
    await page.keyboard.press('Enter');
    await (await byRole(page, 'textbox', `Notes on ${KEYNOTE}`)).fill(NOTE);
    await expect.poll(() => h.readStore('annotations'), { timeout: 10_000 }).toEqual([expect.objectContaining({ key: KEY, rating: 2, tags: [TAG], note: NOTE })]);
  });

  it('cannot read the note, the tags or the rating through the editor or anywhere in the DOM', async () => {
    expect(await page.evaluate(() => document.querySelector('tm-editor')?.shadowRoot ?? null)).toBeNull();
    const seen = await page.evaluate(pageCanSee);
    expect(seen.hookedRoots).toEqual([]);
    expect(seen.text).not.toContain(NOTE);
    expect(seen.text).not.toContain(TAG);
    expect(seen.text).not.toMatch(/rated 2|2★|Rate 2/);
    // The user still sees and hears it: the editor shows the note, named by the session's title.
    expect(await (await byRole(page, 'textbox', `Notes on ${KEYNOTE}`)).value()).toBe(NOTE);
  });

  it('cannot write: a set textarea with input, .click() on the star and on "Rate 5", synthetic keys change nothing', async () => {
    const before = await allStores(h);
    await page.evaluate(() => {
      // Everything reachable: the light DOM, open roots, and whatever the hooked attachShadow caught.
      const roots: ParentNode[] = [document, ...((window as { __roots?: ShadowRoot[] }).__roots ?? [])];
      for (const root of roots) {
        for (const area of root.querySelectorAll('textarea')) {
          area.value = 'overwritten by page';
          area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          area.dispatchEvent(new FocusEvent('blur'));
        }
        for (const button of root.querySelectorAll<HTMLElement>('button')) {
          if (/^(Star|Unstar): |^Rate 5/.test(button.getAttribute('aria-label') ?? '')) button.click();
        }
      }
      const star = document.querySelector<HTMLElement>('tm-controls button')!;
      star.focus();
      for (const key of ['s', '5', '0']) star.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      const editor = document.querySelector('tm-editor')!;
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: '5', bubbles: true, composed: true }));
    });
    await settle(page);
    expect(await allStores(h)).toEqual(before);
    expect(await page.locator('tm-controls button').first().getAttribute('aria-pressed')).toBe('false');
  });

  it('synthetic n opens no note window; five real n presses open one at most', async () => {
    await page.evaluate(() => {
      const star = document.querySelector<HTMLElement>('tm-controls button')!;
      star.focus();
      for (let i = 0; i < 5; i++) star.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
    });
    await settle(page);
    expect(await noteWindows(h)).toBe(0);

    await page.bringToFront();
    for (let i = 0; i < 5; i++) {
      await page.locator('tm-controls button').first().focus();
      await page.keyboard.press('n');
    }
    await expect.poll(() => noteWindows(h), { timeout: 10_000 }).toBe(1);
    await settle(page);
    expect(await noteWindows(h)).toBe(1);
  });

  it('on a list page sees which sessions are starred, never their rating, tags or note', async () => {
    await h.sendFromExtension({ type: 'annotation/patch', key: KEY, patch: { starred: true, rating: 2, tags: [TAG], note: NOTE } });
    const list = await h.context.newPage();
    await list.addInitScript(hookShadowRoots);
    await list.goto(LIST);
    const star = list.getByRole('button', { name: `Unstar: ${KEYNOTE}`, exact: true });
    await expect.poll(() => star.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    // The badge is there for the user and their screen reader …
    await expect.poll(() => countByRole(list, 'image', `Your notes on ${KEYNOTE}: rated 2 of 5, has a note, tagged ${TAG}`), { timeout: 10_000 }).toBe(1);
    // … and out of the page's reach: not in attributes, text or generated content.
    const seen = await list.evaluate(pageCanSee);
    expect(seen.hookedRoots).toEqual([]);
    expect(seen.text).not.toContain(TAG);
    expect(seen.text).not.toMatch(/rated 2|2★|has a note|✎/);
    await list.close();
  });

  it('any synthetic events on our elements (controls, badge, editor, announcer) leave IndexedDB byte-identical and open no window', async () => {
    await page.reload();
    await byRole(page, 'textbox', `Notes on ${KEYNOTE}`);
    await settle(page);
    const start = await allStores(h);
    const windows = await noteWindows(h);
    await fc.assert(
      fc.asyncProperty(fc.array(syntheticEvent, { minLength: 1, maxLength: 8 }), async (events) => {
        const before = await allStores(h);
        expect(await page.evaluate(fire, events)).toBeGreaterThan(0);
        await page.waitForTimeout(50);
        expect(await allStores(h)).toBe(before);
      }),
      { numRuns: 30 },
    );
    // A note saves 400 ms after its last input: nothing may arrive late either.
    await settle(page);
    expect(await allStores(h)).toBe(start);
    expect(await noteWindows(h)).toBe(windows);
  });
});
