import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Adapter } from '../../lib/adapters/types';
import { runOnPage } from '../../lib/content/page';
import { CHANGE_TAG } from '../../lib/content/change-mark';
import { BADGE_TAG } from '../../lib/content/controls';
import { offerEditor, type MountEditor } from '../../lib/content/editor/handoff';
import {
  annotation, CONFERENCE, entryOf, emptyBackground, idleSoon, keyOf, nextFrame, sent, talks, talksHtml, titleOf, userClick,
  type Background,
} from '../support/content';
import { runtime } from '../support/fake-runtime';

vi.mock('wxt/browser', async () => ({ browser: (await import('../support/fake-runtime')).runtime.browser }));
vi.mock('../../lib/protocol/send', () => ({ send: vi.fn() }));

// What the embeds (pretalx's component, Sessionize's panel) ask of a page run: roots to watch, rows to attach,
// clicks inside our own closed roots, a better reading once the event's data arrives; and the marks of what the
// schedule changed, from the background's answers and pushes.
let controller: AbortController;

const background = emptyBackground;

const seenKeys = (send: ReturnType<typeof background>) => sent(send, 'page/seen').flatMap((r) => r.entries.map((e) => e.key));
const starIn = (root: ParentNode, i: number) => root.querySelector(`li[data-i="${i}"] tm-controls > button`) as HTMLButtonElement;
/**
 * A browser hides a closed root's inside from listeners outside it (the document's sees the host, not the button);
 * happy-dom does not, so the click's path is cut as a browser would cut it.
 */
const hiddenOutside = (root: ShadowRoot) => (event: Event, full: EventTarget[]) => {
  const at = event.currentTarget;
  // No listener yet: happy-dom asking for the path to dispatch along.
  if (!(at instanceof Node) || at === root || root.contains(at)) return full;
  return full.filter((n) => !(n instanceof Node && (n === root || root.contains(n))));
};
const changeOf = (i: number) => document.querySelector(`li[data-i="${i}"] tm-controls ${CHANGE_TAG}`) as HTMLElement | null;

beforeEach(() => {
  controller = new AbortController();
  vi.stubGlobal('requestIdleCallback', idleSoon);
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
  performance.clearMarks();
  performance.clearMeasures();
});

describe('a schedule rendered by another script', () => {
  it('gets controls inside a root the page renders into, and on entries added there later', async () => {
    const send = background();
    document.body.innerHTML = '<div id="app"></div>';
    const run = runOnPage(talks, controller.signal);
    const shadow = document.getElementById('app')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = talksHtml(50, 2);
    run.watch(shadow);
    await vi.waitFor(() => expect(starIn(shadow, 51)).not.toBeNull());
    shadow.querySelector('ul')!.insertAdjacentHTML('beforeend', talksHtml(55, 1));
    await vi.waitFor(() => expect(starIn(shadow, 55)?.getAttribute('aria-label')).toBe('Star: Talk 55'));
    await vi.waitFor(() => expect(seenKeys(send)).toEqual(expect.arrayContaining([keyOf(50), keyOf(51), keyOf(55)])));
  });

  it('puts controls on a panel’s rows and records them as seen', async () => {
    const send = background();
    document.body.innerHTML = talksHtml(0, 0) + '<ol id="panel"></ol>';
    const run = runOnPage(talks, controller.signal);
    const panel = document.getElementById('panel')!;
    panel.innerHTML = talksHtml(43, 2);
    run.attach(talks.parse(panel, new URL(location.href)));
    expect(starIn(panel, 44).getAttribute('aria-label')).toBe('Star: Talk 44');
    await vi.waitFor(() => expect(seenKeys(send)).toEqual(expect.arrayContaining([keyOf(43), keyOf(44)])));
  });

  it('stars at the user’s click inside a closed root of ours', async () => {
    const send = background();
    document.body.innerHTML = '<div id="panel"></div>';
    const run = runOnPage(talks, controller.signal);
    const root = document.getElementById('panel')!.attachShadow({ mode: 'closed' });
    root.innerHTML = talksHtml(0, 1);
    run.clicksIn(root);
    run.attach(talks.parse(root, new URL(location.href)));
    userClick(starIn(root, 0), hiddenOutside(root));
    expect(starIn(root, 0).getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(() => expect(sent(send, 'annotation/patch')).toMatchObject([{ key: keyOf(0), patch: { starred: true } }]));
  });
});

describe('a page whose adapter expects better data', () => {
  // The event's own data names each session's room; the first reading, from the markup alone, does not.
  const withRoom: Adapter = {
    ...talks,
    conference: () => ({ ...CONFERENCE, name: 'Demo 2026' }),
    parse: (root) => talks.parse(root, new URL(location.href)).map((e) => ({ ...e, entry: { ...e.entry, room: 'Hall 1' } })),
    scan: undefined,
  };

  it('records nothing as seen until the better reading, then all of it, from every root it watches', async () => {
    const send = background();
    // Keys no other test uses: an earlier test's idle work may still report its own entries here.
    const ours = [keyOf(20), keyOf(21), keyOf(27)];
    const oursSeen = () => sent(send, 'page/seen').flatMap((r) => r.entries).filter((e) => ours.includes(e.key));
    document.body.innerHTML = talksHtml(20, 2) + '<div id="app"></div>';
    const run = runOnPage(talks, controller.signal, { deferSeenUntilUpgrade: true });
    const shadow = document.getElementById('app')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = talksHtml(27, 1);
    run.watch(shadow);
    await vi.waitFor(() => expect(starIn(shadow, 27)).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(oursSeen()).toEqual([]);

    run.upgrade(withRoom);
    await vi.waitFor(() => expect(oursSeen().map((e) => e.key).sort()).toEqual(ours));
    expect(oursSeen().every((e) => e.room === 'Hall 1')).toBe(true);
    const seen = sent(send, 'page/seen').filter((r) => r.entries.some((e) => ours.includes(e.key)));
    expect(seen.every((r) => r.conference.name === 'Demo 2026')).toBe(true);
    expect(document.querySelectorAll('tm-controls')).toHaveLength(2);
  });

  it('puts controls on entries only the better reading finds', async () => {
    background();
    document.body.innerHTML = talksHtml(36, 1);
    const blind: Adapter = { ...talks, parse: () => [], scan: undefined };
    const run = runOnPage(blind, controller.signal, { deferSeenUntilUpgrade: true });
    run.upgrade(talks);
    expect(starIn(document, 36).getAttribute('aria-label')).toBe('Star: Talk 36');
  });

  it('records entries the page adds after the better reading', async () => {
    const send = background();
    document.body.innerHTML = talksHtml(30, 1);
    const run = runOnPage(talks, controller.signal, { deferSeenUntilUpgrade: true });
    run.upgrade(withRoom);
    await vi.waitFor(() => expect(seenKeys(send)).toContain(keyOf(30)));
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', talksHtml(34, 1));
    await vi.waitFor(() => expect(seenKeys(send)).toContain(keyOf(34)));
  });
});

describe('what the schedule changed', () => {
  it('marks a session the background names in its answer to what the page shows', async () => {
    background({ 'page/seen': (r) => ({ stored: 0, renamed: {}, changes: r.type === 'page/seen' && r.entries.some((e) => e.key === keyOf(1)) ? { [keyOf(1)]: 'Moved: was 10:00' } : {} }) });
    document.body.innerHTML = talksHtml(0, 3);
    runOnPage(talks, controller.signal);
    await vi.waitFor(() => expect(changeOf(1)?.hidden).toBe(false));
    expect(changeOf(0)).toBeNull();
  });

  it('moves a session the background stores under another key', async () => {
    background({ 'page/seen': () => ({ stored: 0, renamed: { [keyOf(1)]: keyOf(10) }, changes: {} }) });
    document.body.innerHTML = talksHtml(0, 2);
    const run = runOnPage(talks, controller.signal);
    await vi.waitFor(() => expect(run.registry.controlsOf(keyOf(10)).size).toBe(1));
  });

  it('marks changes pushed for its own conference only', async () => {
    background();
    document.body.innerHTML = talksHtml(0, 2);
    runOnPage(talks, controller.signal);
    await vi.waitFor(() => expect(document.querySelectorAll('tm-controls')).toHaveLength(2));
    expect(await runtime.deliver({ type: 'tab/changes', conference: 'sched:other', changes: { [keyOf(0)]: 'Room: was A, now B' } })).toBeNull();
    expect(changeOf(0)).toBeNull();
    expect(await runtime.deliver({ type: 'tab/changes', conference: CONFERENCE.id, changes: { [keyOf(0)]: 'Room: was A, now B' } })).toBeNull();
    expect(changeOf(0)?.hidden).toBe(false);
  });
});

describe('its User Timing entries (DevTools and the bench read them)', () => {
  it('measures the entries the page added later, and how many', async () => {
    background();
    document.body.innerHTML = talksHtml(0, 1);
    runOnPage(talks, controller.signal);
    expect(performance.getEntriesByName('talkmarks:start')).toHaveLength(1);
    await vi.waitFor(() => expect(performance.getEntriesByName('talkmarks:ready')).toHaveLength(1));
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', talksHtml(1, 2));
    await nextFrame();
    await vi.waitFor(() => expect(performance.getEntriesByName('talkmarks:added')).toHaveLength(1));
    const [added] = performance.getEntriesByName('talkmarks:added') as PerformanceMeasure[];
    expect(added!.detail).toMatchObject({ entries: 2 });
    expect(performance.getEntriesByName('talkmarks:ready')[0]).toMatchObject({ detail: { entries: 1 } });
    // Elements with no session in them are no work to show.
    document.body.insertAdjacentHTML('beforeend', '<div>Sponsors</div>');
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(performance.getEntriesByName('talkmarks:added')).toHaveLength(1);
    expect(entryOf(2).title).toBe(titleOf(2));
  });
});

describe('the page run’s own edges', () => {
  it('stars nothing at a click on a session’s badge, only at one on its star', async () => {
    background({ 'page/annotations': () => [annotation(keyOf(61), { rating: 4, updatedAt: 5 })] });
    document.body.innerHTML = talksHtml(61, 1);
    runOnPage(talks, controller.signal);
    const badge = () => document.querySelector(`li[data-i="61"] ${BADGE_TAG}`);
    await vi.waitFor(() => expect(badge()).not.toBeNull());
    userClick(badge()!);
    expect(starIn(document, 61).getAttribute('aria-pressed')).toBe('false');
  });

  it('applies pushed annotations that rename nothing', async () => {
    background();
    document.body.innerHTML = talksHtml(62, 1);
    runOnPage(talks, controller.signal);
    await vi.waitFor(() => expect(starIn(document, 62)).not.toBeNull());
    expect(await runtime.deliver({ type: 'tab/annotations', annotations: [annotation(keyOf(62), { starred: true, updatedAt: 5 })] })).toBeNull();
    expect(starIn(document, 62).getAttribute('aria-pressed')).toBe('true');
  });

  it('gives no controls, and records nothing, for an entry the page removed again before the frame', async () => {
    const send = background();
    document.body.innerHTML = talksHtml(63, 1);
    const run = runOnPage(talks, controller.signal);
    await vi.waitFor(() => expect(starIn(document, 63)).not.toBeNull());
    const list = document.querySelector('ul')!;
    list.insertAdjacentHTML('beforeend', talksHtml(64, 1).slice(4, -5));
    list.lastElementChild!.remove();
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run.registry.controlsOf(keyOf(64)).size).toBe(0);
    expect(seenKeys(send)).not.toContain(keyOf(64));
  });

  it('reads the page at its own address: which session a single-session view shows', async () => {
    background();
    document.body.innerHTML = talksHtml(65, 1);
    const byAddress: Adapter = { ...talks, focus: (url) => (url.hash === '#t65' ? keyOf(65) : undefined) };
    location.hash = '#t65';
    runOnPage(byAddress, controller.signal);
    await vi.waitFor(() => expect(starIn(document, 65)).not.toBeNull());
    expect(await runtime.deliver({ type: 'tab/entries' })).toMatchObject({ focus: keyOf(65) });
    location.hash = '';
  });

  it('puts nothing back on the page at a change of address once stopped', async () => {
    background();
    const shown = () => Number(/#session:(\d+)/.exec(location.hash)?.[1] ?? 0);
    const mobile: Adapter = { ...talks, focus: () => keyOf(shown()) };
    location.hash = '#session:66';
    document.body.innerHTML = talksHtml(66, 1);
    runOnPage(mobile, controller.signal);
    await vi.waitFor(() => expect(starIn(document, 66)).not.toBeNull());
    controller.abort();
    location.hash = '#session:67';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelectorAll('tm-controls')).toHaveLength(0);
    location.hash = '';
  });

  it('saves what the session page’s editor saves to the session it shows', async () => {
    const send = background();
    let save: Parameters<MountEditor>[1] | undefined;
    offerEditor((_root, saveFromEditor) => ((save = saveFromEditor), { update: () => undefined, dispose: () => undefined }));
    document.body.innerHTML = talksHtml(68, 1);
    const onePage: Adapter = { ...talks, scan: undefined, parse: (root) => talks.parse(root, new URL(location.href)).map((e) => ({ ...e, detail: e.element })) };
    runOnPage(onePage, controller.signal);
    await vi.waitFor(() => expect(save).toBeDefined());
    await save!({ rating: 4 });
    expect(sent(send, 'annotation/patch')).toMatchObject([{ key: keyOf(68), patch: { rating: 4 } }]);
  });
});
