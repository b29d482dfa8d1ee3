import { vi } from 'vitest';
import type { Adapter, PageEntry } from '../../lib/adapters/types';
import type { ColleagueLayer } from '../../lib/model/colleague';
import { type Annotation, type Conference, type ScheduleEntry } from '../../lib/model/schema';
import type { BackgroundRequest } from '../../lib/protocol/messages';
import { send } from '../../lib/protocol/send';
import { emptyFields } from '../../lib/model/fields';

/**
 * The in-page runtime without a browser: a plain list of talks and an adapter for it, and a fake background behind
 * `send` (tests `vi.mock('../../lib/protocol/send')`). Page data is made here, not read from sched's markup: these
 * tests are about what the runtime does with entries, the adapters have their own.
 */
export const CONFERENCE: Conference = { id: 'sched:demo', platform: 'sched', event: 'demo', name: 'Demo' };
export const keyOf = (i: number) => `sched:demo:t${i}`;
export const titleOf = (i: number) => `Talk ${i}`;

export function entryOf(i: number): ScheduleEntry {
  return { key: keyOf(i), conference: CONFERENCE.id, aliases: [], title: titleOf(i), speakers: [] };
}

export const annotation = (key: string, extra: Partial<Annotation> = {}): Annotation => ({
  key, conference: CONFERENCE.id, ...emptyFields, updatedAt: 1, fieldUpdatedAt: {}, ...extra,
});

export function talkHtml(i: number): string {
  return `<li class="talk" data-i="${i}"><a href="/talk/${i}">${titleOf(i)}</a></li>`;
}

/** A list of `count` talks from `from` on, as `<li class="talk">` with a link. */
export function talksHtml(from: number, count: number): string {
  return `<ul>${Array.from({ length: count }, (_, n) => talkHtml(from + n)).join('')}</ul>`;
}

function* talksIn(root: ParentNode): Generator<PageEntry> {
  const self = root instanceof Element && root.matches('li.talk') ? [root] : [];
  for (const element of [...self, ...root.querySelectorAll('li.talk')]) {
    const i = Number((element as HTMLElement).dataset.i);
    yield { key: keyOf(i), title: titleOf(i), entry: entryOf(i), element, anchor: element.querySelector('a')! };
  }
}

/** Every `li.talk` is a session; its controls go before its link. */
export const talks: Adapter = {
  platform: 'sched',
  matches: () => true,
  detect: () => true,
  conferenceId: () => CONFERENCE.id,
  conferenceUrl: () => 'https://demo.sched.com/',
  conference: () => CONFERENCE,
  parse: (root) => [...talksIn(root)],
  scan: (root) => talksIn(root),
};

/** The star of talk `i` (the first, when the page shows it twice). */
export const starOf = (i: number) => document.querySelector(`li[data-i="${i}"] tm-controls > button`) as HTMLButtonElement;
export const pressed = (i: number) => starOf(i).getAttribute('aria-pressed');

/** What the fake background does with a request: its answer, or a throw for a refusal. */
export type Background = (request: BackgroundRequest) => unknown;

/** Routes `send` (mocked by the test file) to `background`; returns the mock to read what was sent. */
export function fakeBackground(background: Background) {
  const mock = vi.mocked(send);
  mock.mockReset();
  mock.mockImplementation(((request: BackgroundRequest) => Promise.resolve().then(() => background(request))) as typeof send);
  return mock;
}

/**
 * A background with nothing stored, as a page run meets it: `overrides` answer the requests a test is about; the
 * rest get an empty store's answers, and any other request fails the test.
 */
export function emptyBackground(overrides: Partial<Record<string, Background>> = {}) {
  return fakeBackground((request) => {
    const override = overrides[request.type];
    if (override) return override(request);
    if (request.type === 'page/annotations') return [];
    if (request.type === 'page/seen') return { stored: request.entries.length, renamed: {}, changes: {} };
    if (request.type === 'annotation/patch') return annotation(request.key, { ...request.patch, updatedAt: 50 });
    if (request.type === 'page/load-editor') return null;
    throw new Error(`unexpected ${request.type}`);
  });
}

/** The requests of one type sent so far. */
export function sent<T extends BackgroundRequest['type']>(mock: ReturnType<typeof fakeBackground>, type: T) {
  return mock.mock.calls.map(([request]) => request).filter((r): r is Extract<BackgroundRequest, { type: T }> => r.type === type);
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

export function layer(name: string, picks: Partial<ColleagueLayer['picks'][number]>[], extra: Partial<ColleagueLayer> = {}): ColleagueLayer {
  return {
    id: `${CONFERENCE.id}/${name.replace(/\W/g, '').padEnd(8, 'x')}`,
    conference: CONFERENCE.id,
    sharer: name.replace(/\W/g, '').padEnd(8, 'x'),
    name,
    sharedAt: 1,
    receivedAt: 2,
    hidden: false,
    include: { stars: true, ratings: true, tags: true, notes: true },
    picks: picks.map((p) => ({ key: keyOf(0), starred: true, rating: null, tags: [], note: '', ...p })),
    ...extra,
  };
}

/** After the page's changes: the observer's frame has run (happy-dom runs frames as immediates, in order). */
export async function nextFrame(): Promise<void> {
  await Promise.resolve();
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * A click as the user makes it: `isTrusted`, which only the browser can set (happy-dom never does). `path`, if given,
 * rewrites what each listener's `composedPath()` returns, for what happy-dom does not model.
 */
export function userClick(target: Element, path?: (event: Event, full: EventTarget[]) => EventTarget[]): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  if (path) {
    const full = event.composedPath.bind(event);
    Object.defineProperty(event, 'composedPath', { value: () => path(event, full()) });
  }
  target.dispatchEvent(event);
  return event;
}

/** A key press as the user makes it (`isTrusted`): only its keydown, which is what the shortcuts read. */
export function userKey(target: Element, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

/** Runs idle callbacks soon, with time to spare (happy-dom has no `requestIdleCallback`). */
export function idleSoon(run: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void): void {
  setTimeout(() => run({ timeRemaining: () => 50, didTimeout: false }), 0);
}
