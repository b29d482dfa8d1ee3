import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { entry, freshDb } from '../support/db';
import { readReal } from '../support/fixtures';

const ID = 'talkmarks-id';
const tab = (url: string): Runtime.MessageSender => ({ id: ID, url, tab: { id: 3, url } as Runtime.MessageSender['tab'] });
const CONF = 'pretalx:pretalx.example.org_democon';

function setup() {
  const db = freshDb();
  const fetched: string[] = [];
  const route = createRouter(
    createHandlers({
      db: () => db,
      extensionOrigin: `chrome-extension://${ID}/`,
      push: async () => undefined,
      fetchText: async (address) => {
        fetched.push(address);
        return readReal('pretalx/democon-widget-v2.json');
      },
    }),
    ID,
  );
  return { db, route, fetched };
}

describe('background and pretalx pages on any host', () => {
  it('a pretalx tab may write its own event only; its conference comes from the tab’s URL', async () => {
    const { db, route } = setup();
    const own = await route({ type: 'annotation/patch', key: `${CONF}:XFUR3C`, patch: { starred: true }, entry: entry('XFUR3C', CONF) }, tab('https://pretalx.example.org/democon/talk/XFUR3C/'));
    expect(own).toMatchObject({ ok: true });
    const other = await route({ type: 'annotation/patch', key: 'pretalx:pretalx.example.org_othercon:XFUR3C', patch: { starred: true } }, tab('https://pretalx.example.org/democon/schedule/nojs'));
    expect(other).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
    // Same event path on another host is another conference.
    const elsewhere = await route({ type: 'annotation/patch', key: `${CONF}:XFUR3C`, patch: { starred: false } }, tab('https://evil.example/democon/talk/XFUR3C/'));
    expect(elsewhere).toMatchObject({ ok: false });
    expect((await db.annotations.get(`${CONF}:XFUR3C`))!.starred).toBe(true);
  });

  it('reads the event’s sessions from the tab’s own site, at an address the URL gives, not the message', async () => {
    const { route, fetched } = setup();
    const answer = await route({ type: 'page/event-sessions' }, tab('https://pretalx.example.org/democon/schedule/'));
    expect(fetched).toEqual(['https://pretalx.example.org/democon/schedule/widget/v2.json']);
    expect(answer).toMatchObject({ ok: true });
    if (answer?.ok) {
      const value = answer.value as { timeZone: string; entries: { key: string }[] };
      expect(value.timeZone).toBe('Europe/Berlin');
      expect(value.entries).toHaveLength(36);
      expect(value.entries.every((e) => e.key.startsWith(`${CONF}:`))).toBe(true);
    }
    expect(await route({ type: 'page/event-sessions' }, tab('https://example.org/'))).toMatchObject({ ok: false });
    expect(await route({ type: 'page/event-sessions' }, tab('https://demo2026.sched.com/'))).toMatchObject({ ok: true, value: { entries: [] } });
    // A sched page whose path only looks like a pretalx event's is still sched's: nothing is read from its site.
    expect(await route({ type: 'page/event-sessions' }, tab('https://demo2026.sched.com/democon/schedule/'))).toEqual({ ok: true, value: { entries: [] } });
    expect(fetched).toHaveLength(1);
  });
});
