import { expect, it } from 'vitest';
import { sched } from '../../lib/adapters/sched';
import { htmlDocument } from '../support/dom';
import { readIcs, type IcsEvent } from '../support/ics';
import { schedListPage, shortIdOf, type PageSession } from '../support/sched-page';
import { describeShared, readShared } from '../support/shared';

/**
 * No saved sched HTML page exists, but sched's own all.ics of KubeCon EU 2026 is real: its 596 sessions are laid
 * out in each list view's markup and must come back out of the adapter exactly as sched published them.
 */
describeShared('sched adapter on the real KubeCon EU 2026 sessions (all.ics)', () => {
  const events = readIcs(readShared('fixtures/sched/kccnceu2026-all.ics'));
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
