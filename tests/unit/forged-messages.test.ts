import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import type { Annotation } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';

const ID = 'talkmarks-id';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = (url: string, id = ID): Runtime.MessageSender => ({ id, url, tab: { id: 7, url } as Runtime.MessageSender['tab'] });
const dashboard: Runtime.MessageSender = { id: ID, url: `${ORIGIN}dashboard.html` };
const patch = (key: string) => ({ type: 'annotation/patch', key, patch: { starred: true } });

const noNetwork = async (address: string): Promise<string> => {
  throw new Error(`no network in unit tests: ${address}`);
};

function setup() {
  const db = freshDb();
  const pushed: Annotation[][] = [];
  const route = createRouter(createHandlers({ db: () => db, extensionOrigin: ORIGIN, push: async (a) => void pushed.push(a), fetchText: noNetwork }), ID);
  const written = async () => (await db.annotations.count()) + (await db.sessions.count()) + (await db.conferences.count());
  return { db, route, pushed, written };
}

/** Senders that must never write to sched:demo2026, and what each tries. */
const forged: [string, Runtime.MessageSender, unknown][] = [
  ['another extension, posing as our dashboard', { id: 'evil-extension', url: `${ORIGIN}dashboard.html` }, patch('sched:demo2026:a1')],
  ['another extension’s page', { id: 'evil-extension', url: 'chrome-extension://evil-extension/x.html' }, patch('sched:demo2026:a1')],
  ['a web page (no id: externally_connectable is not declared)', { url: 'https://evil.example/' }, patch('sched:demo2026:a1')],
  ['a content script on another site', tab('https://evil.example/'), patch('sched:demo2026:a1')],
  ['a content script on a look-alike host', tab('https://demo2026.sched.com.evil.example/'), patch('sched:demo2026:a1')],
  ['a content script on sched.com itself', tab('https://www.sched.com/'), patch('sched:www:a1')],
  ['a content script of another schedule', tab('https://other2026.sched.com/'), patch('sched:demo2026:a1')],
  ['a content script in a data: frame', tab('data:text/html,<p>hi'), patch('sched:demo2026:a1')],
  ['a content script without a URL', { id: ID, tab: { id: 1 } as Runtime.MessageSender['tab'] }, patch('sched:demo2026:a1')],
  ['a content script announcing a bulk change', tab('https://demo2026.sched.com/'), { type: 'annotations/changed', conferences: ['sched:demo2026'] }],
  ['a content script recording another schedule', tab('https://demo2026.sched.com/'), { type: 'page/seen', conference: { id: 'sched:other2026', platform: 'sched', event: 'other2026', name: 'x' }, entries: [] }],
  ['a content script recording foreign entries under its own conference', tab('https://demo2026.sched.com/'), { type: 'page/seen', conference: { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'x' }, entries: [entry('x', 'sched:other2026')] }],
  ['a content script patching its own session with an alias of another schedule', tab('https://demo2026.sched.com/'), { ...patch('sched:demo2026:a1'), entry: entry('a1', undefined, { aliases: ['sched:other2026:b1'] }) }],
  ['the dashboard patching a session with an alias of another schedule', dashboard, { ...patch('sched:demo2026:a1'), entry: entry('a1', undefined, { aliases: ['sched:other2026:b1'] }) }],
  ['a page asking for annotations without a tab', { id: ID, url: 'https://demo2026.sched.com/' }, { type: 'page/annotations' }],
];

const malformed: [string, unknown][] = [
  ['a patch changing nothing', { type: 'annotation/patch', key: 'sched:demo2026:a1', patch: {} }],
  ['a key with a path', patch('sched:demo2026:../../x')],
  ['a key of another shape', patch('demo2026/a1')],
  ['a rating of 0', { type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { rating: 0 } }],
  ['a rating of 2.5', { type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { rating: 2.5 } }],
  ['a note of 2 MB', { type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { note: 'x'.repeat(2_000_000) } }],
  ['300 tags', { type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { tags: Array.from({ length: 300 }, (_, i) => `t${i}`) } }],
  ['a starred of "yes"', { type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { starred: 'yes' } }],
  ['a data: speaker link', { ...patch('sched:demo2026:a1'), entry: entry('a1', undefined, { speakers: [{ name: 'x', url: 'data:text/html,x' }] }) }],
  ['a title of 3 MB', { ...patch('sched:demo2026:a1'), entry: entry('a1', undefined, { title: 'x'.repeat(3_000_000) }) }],
  ['an unknown type', { type: 'db/clear' }],
  ['a type of __proto__', { type: '__proto__' }],
  ['an array', [patch('sched:demo2026:a1')]],
  ['a number', 42],
  ['undefined', undefined],
];

describe('the background refuses forged and malformed messages, and writes nothing', () => {
  it.each(forged)('refuses %s', async (_name, sender, message) => {
    const { route, written, pushed } = setup();
    const answer = await route(message, sender);
    if (answer !== undefined) expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    else expect(sender.id).not.toBe(ID);
    expect(await written()).toBe(0);
    expect(pushed).toEqual([]);
  });

  it.each(malformed)('answers %s with what is wrong', async (_name, message) => {
    const { route, written } = setup();
    for (const sender of [dashboard, tab('https://demo2026.sched.com/')]) {
      expect(await route(message, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/^Malformed request: /) });
    }
    expect(await written()).toBe(0);
  });

  it('never lets a schedule tab touch another schedule, whatever it sends (fast-check)', async () => {
    const { db, route } = setup();
    const key = fc.oneof(fc.constantFrom('sched:other2026:a1', 'sched:demo2026:a1', 'sched:demo2026x:a1'), fc.string());
    const message = fc.oneof(
      fc.record({ type: fc.constantFrom('annotation/patch', 'page/seen', 'annotations/changed', 'page/annotations'), key, patch: fc.anything(), conferences: fc.array(fc.string()), entries: fc.anything() }, { requiredKeys: ['type'] }),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        await route(m, tab('https://other2026.sched.com/list/simple'));
        expect(await db.annotations.where('conference').notEqual('sched:other2026').count()).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
