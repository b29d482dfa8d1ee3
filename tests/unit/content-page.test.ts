import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Adapter } from '../../lib/adapters/types';
import { runOnPage } from '../../lib/content/page';
import {
  annotation, CONFERENCE, entryOf, emptyBackground, idleSoon, keyOf, pressed, sent, starOf, talkHtml, talks, talksHtml, titleOf, userClick, userKey,
  type Background,
} from '../support/content';
import { runtime } from '../support/fake-runtime';

vi.mock('wxt/browser', async () => ({ browser: (await import('../support/fake-runtime')).runtime.browser }));
vi.mock('../../lib/protocol/send', () => ({ send: vi.fn() }));

let controller: AbortController;

const background = emptyBackground;

function start(count = 3) {
  document.body.innerHTML = talksHtml(0, count);
  return runOnPage(talks, controller.signal);
}

beforeEach(() => {
  controller = new AbortController();
  vi.stubGlobal('requestIdleCallback', idleSoon);
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
  performance.clearMarks();
});

describe('Talkmarks on a schedule page', () => {
  it('puts a star on every entry of a 2,000-entry page, and reports each as seen', async () => {
    const send = background();
    const run = start(2000);
    await vi.waitFor(() => expect(performance.getEntriesByName('talkmarks:ready')).toHaveLength(1), { timeout: 20_000 });
    expect(document.querySelectorAll('li.talk > tm-controls')).toHaveLength(2000);
    expect(run.registry.size).toBe(2000);
    expect(starOf(1999).getAttribute('aria-label')).toBe('Star: Talk 1999');
    await vi.waitFor(() => expect(sent(send, 'page/seen').flatMap((r) => r.entries)).toHaveLength(2000), { timeout: 20_000 });
    expect(new Set(sent(send, 'page/seen').flatMap((r) => r.entries.map((e) => e.key))).size).toBe(2000);
  });

  it('shows the stored annotations once they arrive', async () => {
    background({ 'page/annotations': () => [annotation(keyOf(2), { starred: true, updatedAt: 5 })] });
    start();
    await vi.waitFor(() => expect(pressed(2)).toBe('true'));
    expect(pressed(1)).toBe('false');
  });

  it('stars a session at the user’s click, at once, and the page’s own handlers never see the click', async () => {
    const send = background();
    start();
    const pageHandler = vi.fn();
    document.querySelector('li[data-i="1"]')!.addEventListener('click', pageHandler);
    const click = userClick(starOf(1));
    expect(pressed(1)).toBe('true');
    expect(pageHandler).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(sent(send, 'annotation/patch')).toMatchObject([{ key: keyOf(1), patch: { starred: true } }]));
    userClick(starOf(1));
    expect(pressed(1)).toBe('false');
  });

  it('stars, rates and opens nothing for a page script’s clicks and keys; the user’s own keys still work', async () => {
    const send = background();
    start();
    await vi.waitFor(() => expect(starOf(1)).not.toBeNull());
    starOf(1).click();
    starOf(1).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    starOf(1).focus();
    for (const key of ['s', '5', 'n']) starOf(1).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    await Promise.resolve();
    expect(pressed(1)).toBe('false');
    expect(sent(send, 'annotation/patch')).toEqual([]);
    expect(sent(send, 'page/open-note')).toEqual([]);
    userKey(starOf(1), 's');
    expect(pressed(1)).toBe('true');
  });

  it('gives entries the page adds later their controls', async () => {
    background();
    start();
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', talkHtml(7) + talkHtml(8));
    await vi.waitFor(() => expect(document.querySelectorAll('li.talk > tm-controls')).toHaveLength(5));
    expect(starOf(8).getAttribute('aria-label')).toBe('Star: Talk 8');
  });

  it('tells the extension which sessions it shows', async () => {
    background();
    start();
    await vi.waitFor(() => expect(document.querySelectorAll('tm-controls')).toHaveLength(3));
    expect(await runtime.deliver({ type: 'tab/entries' })).toEqual({ conference: CONFERENCE, entries: [entryOf(0), entryOf(1), entryOf(2)] });
  });

  it('applies annotations pushed for its conference, none of another, and moves renamed sessions', async () => {
    background();
    const run = start();
    await vi.waitFor(() => expect(document.querySelectorAll('tm-controls')).toHaveLength(3));
    const elsewhere = { ...annotation('sched:other:t0', { starred: true }), conference: 'sched:other' };
    const answer = await runtime.deliver({
      type: 'tab/annotations',
      annotations: [annotation(keyOf(1), { starred: true, updatedAt: 5 }), annotation(keyOf(20), { starred: true, updatedAt: 5 }), elsewhere],
      renamed: { [keyOf(2)]: keyOf(20) },
    });
    expect(answer).toBeNull();
    expect([pressed(0), pressed(1), pressed(2)]).toEqual(['false', 'true', 'true']);
    expect(run.registry.controlsOf(keyOf(20)).size).toBe(1);
    expect(run.registry.annotations.get('sched:other:t0')).toBeUndefined();
  });

  it('re-reads a single-session view when its address changes session (the mobile site’s #session:<id>)', async () => {
    const send = background();
    // One element shows whichever session the fragment names; the page rewrites its text, adding no element.
    const shown = () => Number(/#session:(\d+)/.exec(location.hash)?.[1] ?? 0);
    const mobile: Adapter = {
      ...talks,
      focus: () => keyOf(shown()),
      scan: (root) => talks.parse(root, new URL(location.href)).map((e) => ({ ...e, key: keyOf(shown()), title: titleOf(shown()), entry: entryOf(shown()) })),
    };
    location.hash = '#session:1';
    document.body.innerHTML = '<ul><li class="talk"><a href="#">Talk 1</a></li></ul>';
    runOnPage(mobile, controller.signal);
    await vi.waitFor(() => expect(document.querySelector('tm-controls > button')?.getAttribute('aria-label')).toBe('Star: Talk 1'));
    document.querySelector('a')!.textContent = 'Talk 2';
    location.hash = '#session:2';
    await vi.waitFor(() => expect(document.querySelector('tm-controls > button')?.getAttribute('aria-label')).toBe('Star: Talk 2'));
    expect(document.querySelectorAll('tm-controls')).toHaveLength(1);
    // Other tests' idle work may still report its own entries here: this view's two sessions must be among them.
    await vi.waitFor(() => expect(sent(send, 'page/seen').flatMap((r) => r.entries.map((e) => e.key))).toEqual(expect.arrayContaining([keyOf(1), keyOf(2)])));
    expect(await runtime.deliver({ type: 'tab/entries' })).toMatchObject({ focus: keyOf(2) });
  });

  it('takes everything of its own off the page, and stops listening, when it stops', async () => {
    background();
    start();
    await vi.waitFor(() => expect(document.querySelectorAll('tm-controls')).toHaveLength(3));
    expect(runtime.listeners.size).toBe(1);
    controller.abort();
    expect(document.querySelectorAll('tm-controls, #tm-styles')).toHaveLength(0);
    expect(runtime.listeners.size).toBe(0);
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', talkHtml(7));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelectorAll('tm-controls')).toHaveLength(0);
  });
});
