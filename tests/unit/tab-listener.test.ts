import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tabRequests, type TabHandler } from '../../lib/content/tab-listener';
import { asTabRequest } from '../../lib/protocol/tab-guard';
import { TabRequest } from '../../lib/protocol/tab-messages';
import { annotation, CONFERENCE, entryOf, keyOf, layer } from '../support/content';
import { runtime } from '../support/fake-runtime';

vi.mock('wxt/browser', async () => ({ browser: (await import('../support/fake-runtime')).runtime.browser }));

const messages = {
  entries: { type: 'tab/entries' },
  annotations: { type: 'tab/annotations', annotations: [annotation(keyOf(1), { starred: true })], renamed: { [keyOf(2)]: keyOf(1) } },
  colleagues: { type: 'tab/colleagues', conference: CONFERENCE.id, layers: [layer('Ann Bee', [{ key: keyOf(1) }])] },
} as const;

let controller: AbortController;
function handlersOf() {
  return {
    entries: vi.fn<TabHandler<'tab/entries'>>(() => ({ conference: CONFERENCE, entries: [entryOf(1)] })),
    annotations: vi.fn<TabHandler<'tab/annotations'>>(() => null),
    colleagues: vi.fn<TabHandler<'tab/colleagues'>>(() => null),
  };
}
let handlers: ReturnType<typeof handlersOf>;

beforeEach(() => {
  controller = new AbortController();
  handlers = handlersOf();
  const tab = tabRequests(controller.signal);
  tab.on('tab/entries', handlers.entries);
  tab.on('tab/annotations', handlers.annotations);
  tab.on('tab/colleagues', handlers.colleagues);
});
afterEach(() => controller.abort());

describe('the content script’s one message listener', () => {
  it.each(['entries', 'annotations', 'colleagues'] as const)('hands tab/%s to its handler, and only to it', async (name) => {
    const answer = await runtime.deliver(messages[name]);
    expect(handlers[name]).toHaveBeenCalledExactlyOnceWith(messages[name]);
    for (const other of Object.keys(handlers) as (keyof typeof handlers)[]) if (other !== name) expect(handlers[other]).not.toHaveBeenCalled();
    expect(answer).toEqual(name === 'entries' ? { conference: CONFERENCE, entries: [entryOf(1)] } : null);
  });

  it('is one listener for the page and the markers, removed when the script stops', () => {
    expect(runtime.listeners.size).toBe(1);
    expect(tabRequests(controller.signal)).toBe(tabRequests(controller.signal));
    controller.abort();
    expect(runtime.listeners.size).toBe(0);
  });

  it('does nothing for another extension', async () => {
    for (const message of Object.values(messages)) expect(await runtime.deliver(message, { id: 'someone-else' })).toBeUndefined();
    expect(await runtime.deliver(messages.entries, {})).toBeUndefined();
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'tab/entries'],
    ['no type', {}],
    ['an unknown type', { type: 'tab/unknown' }],
    ['a background request', { type: 'page/annotations' }],
    ['annotations missing', { type: 'tab/annotations' }],
    ['annotations not a list', { type: 'tab/annotations', annotations: { 0: annotation(keyOf(1)) } }],
    ['an annotation not an object', { type: 'tab/annotations', annotations: [null] }],
    ['renames not a record', { type: 'tab/annotations', annotations: [], renamed: 'x' }],
    ['a rename to no key', { type: 'tab/annotations', annotations: [], renamed: { [keyOf(1)]: 2 } }],
    ['layers without a conference', { type: 'tab/colleagues', layers: [] }],
    ['layers not a list', { type: 'tab/colleagues', conference: CONFERENCE.id, layers: {} }],
    ['a layer without picks', { type: 'tab/colleagues', conference: CONFERENCE.id, layers: [{ id: 'x' }] }],
  ])('does nothing with a malformed message: %s', async (_, message) => {
    expect(asTabRequest(message)).toBeUndefined();
    expect(await runtime.deliver(message)).toBeUndefined();
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('leaves a message unanswered when its handler declines it', async () => {
    handlers.colleagues.mockReturnValue(undefined);
    expect(runtime.listeners.values().next().value!(messages.colleagues, { id: runtime.browser.runtime.id })).toBeUndefined();
    expect(handlers.colleagues).toHaveBeenCalledOnce();
  });

  it('recognises every message the background may send, as its schema does', () => {
    const valid = [...Object.values(messages), { type: 'tab/annotations', annotations: [] }, { type: 'tab/colleagues', conference: CONFERENCE.id, layers: [] }];
    for (const message of valid) {
      expect(TabRequest.safeParse(message).success).toBe(true);
      expect(asTabRequest(message)).toEqual(message);
    }
  });

  it('leaves a message unanswered when the script it reaches registered no handler for it (an embed has no markers)', async () => {
    controller.abort();
    controller = new AbortController();
    tabRequests(controller.signal).on('tab/entries', handlers.entries);
    await expect(runtime.deliver(messages.colleagues)).resolves.toBeUndefined();
    await expect(runtime.deliver(messages.entries)).resolves.toEqual({ conference: CONFERENCE, entries: [entryOf(1)] });
  });
});
