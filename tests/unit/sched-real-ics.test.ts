import { describe, expect, it } from 'vitest';
import { sched } from '../../lib/adapters/sched/adapter';
import { htmlDocument } from '../support/dom';
import { readIcs, type IcsEvent } from '../support/ics';
import { escapeHtml, schedListPage, shortIdOf, type PageSession } from '../support/sched-page';
import { patchAnnotation, recordSeen } from '../../lib/db/annotations';
import type { Conference } from '../../lib/model/schema';
import { canonicalKeys } from '../../lib/db/session-identity';
import { freshDb } from '../support/db';
import { readReal } from '../support/fixtures';

/**
 * No saved sched HTML page exists, but sched's own all.ics of KubeCon EU 2026 is real: its 596 sessions are laid
 * out in each list view's markup and must come back out of the adapter exactly as sched published them.
 */
describe('sched adapter on the real KubeCon EU 2026 sessions (all.ics)', () => {
  const events = readIcs(readReal('sched/kccnceu2026-all.ics'));
  const sessions: PageSession[] = events.map((e: IcsEvent, i) => ({
    shortId: shortIdOf(i),
    longId: e.uid,
    title: e.summary,
    start: e.start,
    end: e.end,
    room: e.location?.split(', ')[0],
    type: e.categories,
  }));
  const url = new URL('https://kccnceu2026.sched.com/');

  it('has the 596 sessions SOURCES.md counts', () => {
    expect(events).toHaveLength(596);
    expect(new Set(events.map((e) => e.uid)).size).toBe(596);
  });

  for (const view of ['default', 'simple', 'descriptions'] as const) {
    for (const clock of ['12h', '24h'] as const) {
      it(`reads every session back from the ${view} list view (${clock} clock)`, () => {
        const html = schedListPage(sessions, { name: 'KubeCon + CloudNativeCon Europe 2026', timeZone: 'Europe/Amsterdam', view, clock });
        const found = sched.parse(htmlDocument(html), url);
        expect(found).toHaveLength(596);
        const byLong = new Map(found.map((f) => [f.entry.aliases[0], f.entry]));
        for (const [i, e] of events.entries()) {
          const entry = byLong.get(`sched:kccnceu2026:${e.uid}`);
          expect(entry, e.summary).toBeDefined();
          expect(entry!.key).toBe(`sched:kccnceu2026:${shortIdOf(i)}`);
          expect(entry!.title).toBe(e.summary);
          expect(entry!.start).toBe(e.start);
          expect(entry!.room).toBe(sessions[i]!.room);
          if (view === 'descriptions') {
            expect(entry!.end).toBe(e.end);
            expect(entry!.track).toBe(e.categories);
          }
        }
      });
    }
  }
});

/**
 * The same 596 real sessions seen by either of their ids: the 32-hex UID of all.ics (the mobile site's
 * `#session:<id>`, all.ics' own `/event/<id>` URLs) and a short id beside it in the list view.
 */
describe('one annotation per real session, whichever id a view shows (all.ics)', () => {
  const events = readIcs(readReal('sched/kccnceu2026-all.ics'));
  const sessions: PageSession[] = events.map((e, i) => ({ shortId: shortIdOf(i), longId: e.uid, title: e.summary, start: e.start }));
  const page = (html: string, url: string) => sched.parse(htmlDocument(html), new URL(url)).map((f) => f.entry);
  const conference: Conference = { id: 'sched:kccnceu2026', platform: 'sched', event: 'kccnceu2026', name: 'KubeCon EU 2026' };
  const list = page(schedListPage(sessions, { name: 'KubeCon', timeZone: 'Europe/Amsterdam', view: 'simple' }), 'https://kccnceu2026.sched.com/list/simple');
  const mobile = page(
    `<ul>${events.map((e) => `<li><a href="#session:${e.uid}"><h3>${escapeHtml(e.summary)}</h3></a></li>`).join('')}</ul>`,
    'https://kccnceu2026.sched.com/mobile/',
  );
  const icsLinks = page(`<p>${events.map((e) => `<a href="${e.url}">${escapeHtml(e.summary)}</a>`).join(' ')}</p>`, 'https://kccnceu2026.sched.com/');

  it('gives the mobile site and all.ics links the key the list view gives as alias', () => {
    expect(events.every((e) => e.url === `http://kccnceu2026.sched.com/event/${e.uid}`)).toBe(true);
    const aliases = list.map((e) => e.aliases[0]);
    expect(mobile.map((e) => e.key)).toEqual(aliases);
    expect(icsLinks.map((e) => e.key)).toEqual(aliases);
    expect(mobile.map((e) => e.title)).toEqual(events.map((e) => e.summary));
  });

  it('moves stars given on the mobile site to the list view’s keys, and resolves every UID to them', async () => {
    const db = freshDb();
    await recordSeen(db, conference, mobile);
    const starred = mobile.filter((_, i) => i % 10 === 0);
    for (const e of starred) await patchAnnotation(db, e.key, conference.id, { starred: true }, e);
    const seen = await recordSeen(db, conference, list);
    expect(seen.merged).toHaveLength(starred.length);
    expect(await db.annotations.count()).toBe(starred.length);
    expect(await db.sessions.count()).toBe(596);
    expect((await db.annotations.toArray()).map((a) => a.key).sort()).toEqual(list.filter((_, i) => i % 10 === 0).map((e) => e.key).sort());
    const canonical = await canonicalKeys(db, mobile.map((e) => e.key));
    expect([...canonical.values()]).toEqual(list.map((e) => e.key));
    expect((await db.sessions.get(list[0]!.key))!.title).toBe(events[0]!.summary);
  });
});
