import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ControlRegistry } from '../../lib/content/registry';
import { listenForShortcuts } from '../../lib/content/shortcuts';
import { closedRootOf, closedShadow } from '../../lib/content/shadow';
import { annotation, entryOf, fakeBackground, keyOf, pressed, sent, starOf, talks, talksHtml, userKey, type Background } from '../support/content';

vi.mock('../../lib/protocol/send', () => ({ send: vi.fn() }));

let controller: AbortController;
let registry: ControlRegistry;

/** A background that saves every change as asked; `overrides` answer the requests a test is about. */
function background(overrides: Partial<Record<string, Background>> = {}) {
  return fakeBackground((request) => {
    const override = overrides[request.type];
    if (override) return override(request);
    if (request.type === 'annotation/patch') return annotation(request.key, { ...request.patch, updatedAt: 50 });
    if (request.type === 'page/open-note') return undefined;
    throw new Error(`unexpected ${request.type}`);
  });
}

/** What the screen reader last heard from the shortcuts, or undefined before anything was announced. */
function announced(): string | undefined {
  const host = document.querySelector('tm-announcer');
  return host ? (closedRootOf(host)!.querySelector('[role="status"]')!.textContent ?? '') : undefined;
}

const linkOf = (i: number) => document.querySelector<HTMLAnchorElement>(`li[data-i="${i}"] a`)!;

beforeEach(() => {
  document.body.innerHTML = talksHtml(0, 3);
  controller = new AbortController();
  registry = new ControlRegistry({ createDetail: () => { throw new Error('no session page here'); } });
  registry.attach(talks.parse(document, new URL('https://demo.sched.com/')));
  listenForShortcuts(registry, controller.signal);
});
afterEach(() => controller.abort());

describe('keyboard shortcuts on a schedule page', () => {
  it('star the session whose star has focus, say so to screen readers, and keep the key from the page', async () => {
    const send = background();
    // The page's own handler, on the entry: it runs before anything listening on the document, but for the capture.
    const pageHandler = vi.fn();
    document.querySelector('li[data-i="1"]')!.addEventListener('keydown', pageHandler);
    starOf(1).focus();
    const key = userKey(starOf(1), 's');
    expect(pressed(1)).toBe('true');
    expect(pressed(0)).toBe('false');
    expect(key.defaultPrevented).toBe(true);
    expect(pageHandler).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(announced()).toBe('Starred: Talk 1'));
    expect(sent(send, 'annotation/patch')).toMatchObject([{ key: keyOf(1), patch: { starred: true } }]);
    // The announcement is ours alone: the page sees an empty element.
    expect(document.querySelector('tm-announcer')!.shadowRoot).toBeNull();
    expect(document.querySelector('tm-announcer')!.textContent).toBe('');
    userKey(starOf(1), 's');
    expect(pressed(1)).toBe('false');
    await vi.waitFor(() => expect(announced()).toBe('Unstarred: Talk 1'));
    expect(document.querySelectorAll('tm-announcer')).toHaveLength(1);
  });

  it('announce through a live region that takes no room on the page', async () => {
    background();
    starOf(1).focus();
    userKey(starOf(1), 's');
    await vi.waitFor(() => expect(announced()).toBe('Starred: Talk 1'));
    const { style } = document.querySelector<HTMLElement>('tm-announcer')!;
    expect([style.position, style.width, style.height, style.overflow]).toEqual(['fixed', '1px', '1px', 'hidden']);
  });

  it('act on a bare link’s session from its star, which stands beside the link', async () => {
    const send = background();
    document.body.innerHTML = '<p><a href="/talk/5">Talk 5</a></p>';
    const link = document.querySelector('a')!;
    registry.attach([{ key: keyOf(5), title: 'Talk 5', entry: { ...entryOf(5) }, element: link, anchor: link }]);
    const star = link.previousElementSibling!.querySelector('button')!;
    star.focus();
    userKey(star, '2');
    await vi.waitFor(() => expect(announced()).toBe('Rated 2 of 5: Talk 5'));
    expect(sent(send, 'annotation/patch')).toMatchObject([{ key: keyOf(5), patch: { rating: 2 } }]);
  });

  it('act on the session whose title link has focus', async () => {
    const send = background();
    linkOf(2).focus();
    userKey(linkOf(2), '4');
    await vi.waitFor(() => expect(announced()).toBe('Rated 4 of 5: Talk 2'));
    expect(sent(send, 'annotation/patch')).toMatchObject([{ key: keyOf(2), patch: { rating: 4 } }]);
    expect(registry.annotations.get(keyOf(2))).toMatchObject({ rating: 4 });
  });

  it('clear the rating with 0', async () => {
    const send = background();
    registry.annotations.apply([annotation(keyOf(1), { rating: 3, updatedAt: 10 })]);
    starOf(1).focus();
    userKey(starOf(1), '0');
    await vi.waitFor(() => expect(announced()).toBe('Rating cleared: Talk 1'));
    expect(sent(send, 'annotation/patch')).toMatchObject([{ key: keyOf(1), patch: { rating: null } }]);
  });

  it('open the focused session’s note with n, changing nothing', async () => {
    const send = background();
    starOf(0).focus();
    userKey(starOf(0), 'n');
    await vi.waitFor(() => expect(sent(send, 'page/open-note')).toEqual([{ type: 'page/open-note', key: keyOf(0) }]));
    expect(sent(send, 'annotation/patch')).toEqual([]);
    expect(pressed(0)).toBe('false');
  });

  it('do nothing for a key a page script made, and leave it to the page', async () => {
    const send = background();
    const pageHandler = vi.fn();
    document.addEventListener('keydown', pageHandler);
    starOf(1).focus();
    const forged = new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true, cancelable: true });
    starOf(1).dispatchEvent(forged);
    await Promise.resolve();
    expect(pressed(1)).toBe('false');
    expect(forged.defaultPrevented).toBe(false);
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
    expect(announced()).toBeUndefined();
    document.removeEventListener('keydown', pageHandler);
  });

  it('are not shortcuts while the user types into a field of the page, even inside an entry', async () => {
    const send = background();
    const field = document.createElement('input');
    document.querySelector('li[data-i="1"]')!.append(field);
    field.focus();
    const key = userKey(field, 's');
    await Promise.resolve();
    expect(pressed(1)).toBe('false');
    expect(key.defaultPrevented).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('are not shortcuts while the user types into a field of ours in a closed root (the session page’s note)', async () => {
    const send = background();
    // The note sits in a root nested in another, as any of ours may hold a host of its own.
    const host = document.createElement('tm-editor');
    const inner = document.createElement('tm-notes');
    const note = document.createElement('textarea');
    closedShadow(host).append(inner);
    closedShadow(inner).append(note);
    document.querySelector('li[data-i="1"]')!.append(host);
    note.focus();
    // As the document sees it: a browser retargets a key from inside a closed root to the root's host.
    const key = userKey(host, 's');
    await Promise.resolve();
    expect(pressed(1)).toBe('false');
    expect(key.defaultPrevented).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('do nothing with no session focused, nor for keys that are not shortcuts', async () => {
    const send = background();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    expect(userKey(outside, 's').defaultPrevented).toBe(false);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(userKey(document.body, 's').defaultPrevented).toBe(false);
    starOf(1).focus();
    expect(userKey(starOf(1), 'x').defaultPrevented).toBe(false);
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();
    expect(pressed(1)).toBe('false');
  });

  it('do nothing with nothing focused on a session page whose entry is the whole page', async () => {
    const send = background();
    // A sched session page without its details block: the body stands for the session.
    document.body.innerHTML = '<h1>Keynote</h1>';
    registry.attach([{ key: keyOf(5), title: 'Keynote', entry: entryOf(5), element: document.body, anchor: document.body }]);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(userKey(document.body, 's').defaultPrevented).toBe(false);
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();
    const star = document.querySelector<HTMLButtonElement>('tm-controls > button')!;
    star.focus();
    userKey(star, 's');
    expect(star.getAttribute('aria-pressed')).toBe('true');
  });

  it('say why when the change could not be saved, and put the star back', async () => {
    background({
      'annotation/patch': () => { throw new Error('Talkmarks storage is full'); },
      'page/annotations': () => [],
    });
    starOf(1).focus();
    userKey(starOf(1), 's');
    await vi.waitFor(() => expect(announced()).toBe('Talkmarks could not save: Talkmarks storage is full'));
    expect(pressed(1)).toBe('false');
  });

  it('stop, and take their announcer off the page, when the content script stops', async () => {
    const send = background();
    starOf(1).focus();
    userKey(starOf(1), 's');
    await vi.waitFor(() => expect(announced()).toBe('Starred: Talk 1'));
    controller.abort();
    expect(document.querySelector('tm-announcer')).toBeNull();
    userKey(starOf(1), 's');
    await Promise.resolve();
    expect(sent(send, 'annotation/patch')).toHaveLength(1);
  });
});
