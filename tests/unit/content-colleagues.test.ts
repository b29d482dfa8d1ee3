import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runOnPage } from '../../lib/content/page';
import { markColleagues, MARKERS_TAG } from '../../lib/content/share/colleague-markers';
import { closedRootOf } from '../../lib/content/shadow';
import { annotation, CONFERENCE, fakeBackground, idleSoon, keyOf, layer, sent, talks, talksHtml, userClick } from '../support/content';
import { runtime } from '../support/fake-runtime';

vi.mock('wxt/browser', async () => ({ browser: (await import('../support/fake-runtime')).runtime.browser }));
vi.mock('../../lib/protocol/send', () => ({ send: vi.fn() }));

const ann = layer('Ann Bee', [{ key: keyOf(1), rating: 4, tags: ['ops'] }]);
let controller: AbortController;
let send: ReturnType<typeof fakeBackground>;

const markersOf = (i: number) => document.querySelector<HTMLElement>(`li[data-i="${i}"] ${MARKERS_TAG}`);
/** The markers' closed root, as only the content script's own world can reach it. */
const rootOf = (i: number) => closedRootOf(markersOf(i)!)!;
const button = (i: number, name: RegExp) =>
  [...rootOf(i).querySelectorAll('button')].find((b) => name.test(b.getAttribute('aria-label') ?? ''))!;

beforeEach(async () => {
  controller = new AbortController();
  vi.stubGlobal('requestIdleCallback', idleSoon);
  send = fakeBackground((request) => {
    if (request.type === 'colleagues/layers') return [ann];
    if (request.type === 'colleagues/copy') return { changed: 1 };
    if (request.type === 'page/annotations') return [];
    if (request.type === 'page/seen') return { stored: 0, renamed: {}, changes: {} };
    return annotation(keyOf(1));
  });
  document.body.innerHTML = talksHtml(0, 3);
  const run = runOnPage(talks, controller.signal);
  markColleagues(run.registry, CONFERENCE.id, controller.signal);
  await vi.waitFor(() => expect(markersOf(1)).not.toBeNull());
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

describe('colleagues’ picks on the page', () => {
  it('are marked beside the sessions picked, named with whose pick of which session', () => {
    expect(markersOf(1)!.nextElementSibling!.localName).toBe('tm-controls');
    expect(markersOf(0)).toBeNull();
    expect(button(1, /pick of/).getAttribute('aria-label')).toBe('AB: Ann Bee\'s pick of Talk 1');
    expect(rootOf(1).textContent).toContain('Ann Bee: starred, rated 4 of 5, tagged ops');
    // The page's scripts get no root to read a colleague's rating, tags or note from.
    expect(markersOf(1)!.shadowRoot).toBeNull();
  });

  it('share the page’s one message listener', () => {
    expect(runtime.listeners.size).toBe(1);
  });

  it('copy nothing when a page script clicks “Copy to my notes”', async () => {
    button(1, /^Copy to my notes/).click();
    await Promise.resolve();
    expect(sent(send, 'colleagues/copy')).toEqual([]);
    expect(rootOf(1).querySelector('[role="status"]')!.textContent).toBe('');
  });

  it('copy the pick into the user’s notes at the user’s click', async () => {
    userClick(button(1, /^Copy to my notes/));
    expect(sent(send, 'colleagues/copy')).toEqual([{ type: 'colleagues/copy', id: ann.id, keys: [keyOf(1)] }]);
    await vi.waitFor(() => expect(rootOf(1).querySelector('[role="status"]')!.textContent).toBe('Copied to your notes.'));
  });

  it('follow the layers the extension sends for this conference, and leave another conference’s unanswered', async () => {
    const cy = layer('Cy Dee', [{ key: keyOf(2) }]);
    expect(await runtime.deliver({ type: 'tab/colleagues', conference: CONFERENCE.id, layers: [cy] })).toBeNull();
    expect(markersOf(1)).toBeNull();
    expect(button(2, /pick of/).getAttribute('aria-label')).toBe('CD: Cy Dee\'s pick of Talk 2');
    expect(await runtime.deliver({ type: 'tab/colleagues', conference: 'sched:other', layers: [] })).toBeUndefined();
    expect(markersOf(2)).not.toBeNull();
  });
});
