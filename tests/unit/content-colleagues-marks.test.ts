import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runOnPage } from '../../lib/content/page';
import { markColleagues, MARKERS_TAG } from '../../lib/content/share/colleague-markers';
import { closedRootOf } from '../../lib/content/shadow';
import type { ColleagueLayer } from '../../lib/model/colleague';
import { annotation, CONFERENCE, fakeBackground, idleSoon, keyOf, layer, nextFrame, talkHtml, talks, talksHtml, userClick } from '../support/content';

vi.mock('wxt/browser', async () => ({ browser: (await import('../support/fake-runtime')).runtime.browser }));
vi.mock('../../lib/protocol/send', () => ({ send: vi.fn() }));

// What the user sees of colleagues' picks beside the sessions: each colleague's note and summary, several colleagues
// on one session, what "Copy to my notes" answers, and markers that follow the page and leave with Talkmarks.
let controller: AbortController;
let copied: () => unknown;

const markersOf = (i: number) => document.querySelectorAll<HTMLElement>(`li[data-i="${i}"] ${MARKERS_TAG}`);
const rootOf = (i: number) => closedRootOf(markersOf(i)[0]!)!;
const buttons = (i: number, name: RegExp) => [...rootOf(i).querySelectorAll('button')].filter((b) => name.test(b.getAttribute('aria-label') ?? ''));
const statusOf = (i: number) => rootOf(i).querySelector('[role="status"]')!;

async function show(layers: ColleagueLayer[], count = 3) {
  fakeBackground((request) => {
    if (request.type === 'colleagues/layers') return layers;
    if (request.type === 'colleagues/copy') return copied();
    if (request.type === 'page/annotations') return [];
    if (request.type === 'page/seen') return { stored: 0, renamed: {}, changes: {} };
    return annotation(keyOf(1));
  });
  document.body.innerHTML = talksHtml(0, count);
  const run = runOnPage(talks, controller.signal);
  markColleagues(run.registry, CONFERENCE.id, controller.signal);
  await vi.waitFor(() => expect(document.querySelector(MARKERS_TAG)).not.toBeNull());
  return run;
}

beforeEach(() => {
  controller = new AbortController();
  copied = () => ({ changed: 1 });
  vi.stubGlobal('requestIdleCallback', idleSoon);
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

describe('a colleague’s pick beside a session', () => {
  it('shows their note under the summary, and the marker is described by both', async () => {
    await show([layer('Ann Bee', [{ key: keyOf(1), note: '  Bring questions on eBPF.  ' }])]);
    const [marker] = buttons(1, /^[A-Z]+: /);
    expect(rootOf(1).querySelector('.note')!.textContent).toBe('Bring questions on eBPF.');
    const described = marker!.getAttribute('aria-describedby')!.split(' ').map((id) => rootOf(1).getElementById(id)?.textContent);
    expect(described).toEqual(['Ann Bee: starred', 'Bring questions on eBPF.']);
  });

  it('without a note (white space is none), shows the initials, the summary and the copy button alone', async () => {
    await show([layer('Ann Bee', [{ key: keyOf(1), note: ' \n ' }])]);
    const [marker] = buttons(1, /^[A-Z]+: /);
    expect(marker!.getAttribute('aria-describedby')).toBe('s0');
    expect(rootOf(1).querySelector('.note')).toBeNull();
    expect([...rootOf(1).querySelector('.mark')!.querySelectorAll('button, p')].map((e) => e.textContent)).toEqual([
      'AB', 'Ann Bee: starred', 'Copy to my notes', '',
    ]);
    expect(rootOf(1).querySelector('[role="group"]')!.textContent).toBe('Ann Bee: starredCopy to my notes');
  });

  it('is a labelled group whose copy answer is announced', async () => {
    await show([layer('Ann Bee', [{ key: keyOf(1) }])]);
    const group = rootOf(1).querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).toBe('Ann Bee\'s pick');
    expect(group.lastElementChild!.getAttribute('role')).toBe('status');
  });

  it('lists every shown colleague who picked the session, and none of a hidden layer or another conference', async () => {
    await show([
      layer('Ann Bee', [{ key: keyOf(1) }]),
      layer('Cy Dee', [{ key: keyOf(1), rating: 5 }]),
      layer('Hid Den', [{ key: keyOf(1) }], { hidden: true }),
      layer('Else Where', [{ key: keyOf(1) }], { conference: 'sched:other' }),
    ]);
    expect(markersOf(1)).toHaveLength(1);
    expect(buttons(1, /^[A-Z]+: /).map((b) => b.getAttribute('aria-label'))).toEqual(['AB: Ann Bee\'s pick of Talk 1', 'CD: Cy Dee\'s pick of Talk 1']);
    expect(buttons(1, /^[A-Z]+: /)[1]!.getAttribute('aria-describedby')).toBe('s1');
  });
});

describe('clicks on a marker', () => {
  it('pin the pick open and back, and the page’s own handlers never see them', async () => {
    await show([layer('Ann Bee', [{ key: keyOf(1) }])]);
    const pageHandler = vi.fn();
    document.querySelector('li[data-i="1"]')!.addEventListener('click', pageHandler);
    const mark = rootOf(1).querySelector('.mark')!;
    const click = userClick(buttons(1, /^[A-Z]+: /)[0]!);
    expect(mark.classList.contains('pinned')).toBe(true);
    expect([pageHandler.mock.calls.length, click.defaultPrevented]).toEqual([0, true]);
    userClick(buttons(1, /^[A-Z]+: /)[0]!);
    expect(mark.classList.contains('pinned')).toBe(false);
  });

  it('say when the user’s notes already hold the pick, and why a copy failed', async () => {
    copied = () => ({ changed: 0 });
    await show([layer('Ann Bee', [{ key: keyOf(1) }])]);
    userClick(buttons(1, /^Copy to my notes/)[0]!);
    await vi.waitFor(() => expect(statusOf(1).textContent).toBe('Your notes already have all of it.'));
    copied = () => {
      throw new Error('the database is closed');
    };
    userClick(buttons(1, /^Copy to my notes/)[0]!);
    await vi.waitFor(() => expect(statusOf(1).textContent).toBe('Could not copy: the database is closed'));
  });
});

describe('markers on a changing page', () => {
  it('come with an entry the page adds later, one per session however often it renders', async () => {
    await show([layer('Ann Bee', [{ key: keyOf(1) }, { key: keyOf(7) }])]);
    // Talk 8, which nobody picked, comes in the same frame: it gets controls and no markers.
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', talkHtml(7) + talkHtml(8));
    await nextFrame();
    await vi.waitFor(() => expect(markersOf(7)).toHaveLength(1));
    await vi.waitFor(() => expect(document.querySelector('li[data-i="8"] tm-controls')).not.toBeNull());
    expect(markersOf(8)).toHaveLength(0);
    expect(markersOf(7)[0]!.nextElementSibling!.localName).toBe('tm-controls');
    expect(markersOf(0)).toHaveLength(0);
  });

  it('stay single when the page re-renders an entry with a copy of our markup in it', async () => {
    await show([layer('Ann Bee', [{ key: keyOf(1) }])]);
    const item = document.querySelector('li[data-i="1"]')!;
    // A framework re-rendering from serialised markup: our elements come back as dead copies.
    item.outerHTML = item.outerHTML;
    await nextFrame();
    await vi.waitFor(() => expect(closedRootOf(markersOf(1)[0]!)).toBeDefined());
    expect(markersOf(1)).toHaveLength(1);
    expect(markersOf(1)[0]!.nextElementSibling!.localName).toBe('tm-controls');
  });

  it('leave an entry the page turns into another session (the mobile site’s #session:<id>)', async () => {
    const run = await show([layer('Ann Bee', [{ key: keyOf(1) }])]);
    const item = document.querySelector('li[data-i="1"]') as HTMLElement;
    // The page rewrites the same element in place to show another session, which no colleague picked.
    item.dataset.i = '5';
    item.querySelector('a')!.textContent = 'Talk 5';
    run.attach(talks.parse(document, new URL(location.href)));
    expect(run.registry.controlsOf(keyOf(5)).size).toBe(1);
    expect(markersOf(5)).toHaveLength(0);
  });

  it('leave the page’s own elements beside the entry alone', async () => {
    fakeBackground((request) => {
      if (request.type === 'colleagues/layers') return [layer('Ann Bee', [{ key: keyOf(1) }])];
      if (request.type === 'page/annotations') return [];
      return { stored: 0, renamed: {}, changes: {} };
    });
    document.body.innerHTML = '<ul><li class="talk" data-i="1"><span>10:00</span><a href="/talk/1">Talk 1</a></li><li class="talk" data-i="2"><span>11:00</span><a href="/talk/2">Talk 2</a></li></ul>';
    const run = runOnPage(talks, controller.signal);
    markColleagues(run.registry, CONFERENCE.id, controller.signal);
    await vi.waitFor(() => expect(markersOf(1)).toHaveLength(1));
    expect([...document.querySelectorAll('li')].map((li) => [...li.children].map((c) => c.localName))).toEqual([
      ['span', MARKERS_TAG, 'tm-controls', 'a'],
      ['span', 'tm-controls', 'a'],
    ]);
  });

  it('leave the page when Talkmarks stops', async () => {
    await show([layer('Ann Bee', [{ key: keyOf(1) }])]);
    controller.abort();
    expect(document.querySelectorAll(MARKERS_TAG)).toHaveLength(0);
  });
});
