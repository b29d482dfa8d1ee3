import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SharedProfileReads } from '../../components/dashboard/profile-reads';
import { useOverview, type Overview } from '../../components/dashboard/use-overview';
import { useSearchIndex } from '../../components/dashboard/use-search-index';
import { FirstScreenDone } from '../../components/hooks/first-screen';
import type { Live } from '../../components/hooks/use-live';
import { LiveNowNext } from '../../components/plan/NowNext';
import { patchAnnotation } from '../../lib/db/annotations';
import { useDbInstead } from '../../lib/db/database';
import type { SearchIndex } from '../../lib/search/search-index';
import { zonedToInstant } from '../../lib/util/time';
import { annotationOf, entry, freshDb } from '../support/db';

const ZONE = 'Europe/Amsterdam';
const at = (time: string) => zonedToInstant('2026-03-24', time, ZONE)!;
const timed = (id: string, conference: string, time: string) => ({ ...entry(id, conference, { start: at(time), timeZone: ZONE, room: `Room ${id}` }), seenAt: 1 });

/** How many times rows were asked for: `sessions` for the whole store, `sessions.conference` by that index. */
function readsOf(): Map<string, number> {
  const asked = new Map<string, number>();
  const count = (name: string) => asked.set(name, (asked.get(name) ?? 0) + 1);
  const storeGetAll = IDBObjectStore.prototype.getAll;
  vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
    count(this.name);
    return storeGetAll.apply(this, args);
  });
  const indexGetAll = IDBIndex.prototype.getAll;
  vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, ...args) {
    count(`${this.objectStore.name}.${this.name}`);
    return indexGetAll.apply(this, args);
  });
  return asked;
}

let overview: Live<Overview> = { status: 'loading' };
let index: Live<SearchIndex> = { status: 'loading' };

function Search() {
  index = useSearchIndex();
  return null;
}

/** The dashboard's reads as DashboardApp wires them: the overview, the search index and now-and-next share them. */
function Dashboard() {
  const { live, done, reads } = useOverview(true);
  overview = live;
  return (
    <FirstScreenDone.Provider value={done}>
      <SharedProfileReads.Provider value={reads}>
        <LiveNowNext clock={() => Date.parse(at('09:00'))} />
        <Search />
      </SharedProfileReads.Provider>
    </FirstScreenDone.Provider>
  );
}

const host = document.createElement('div');
document.body.append(host);
afterEach(() => {
  render(null, host);
  vi.restoreAllMocks();
});

const titles = () => (overview.status === 'ready' ? overview.value.sessions.map((s) => `${s.entry.conference} ${s.entry.title}`) : []);

describe('the dashboard reading a profile', () => {
  it('lists every annotated session of every conference, searches every session seen, plans the starred ones: each table read once', async () => {
    const db = freshDb();
    useDbInstead(db);
    await db.sessions.bulkPut([timed('a1', 'sched:one', '10:00'), timed('a2', 'sched:one', '09:30'), timed('b1', 'sched:two', '12:00'), timed('seen', 'sched:two', '13:00')]);
    await db.annotations.bulkPut([
      annotationOf('sched:one:a1', { starred: true }),
      annotationOf('sched:one:a2', { note: 'bring questions' }),
      annotationOf('sched:two:b1', { rating: 4 }),
      // Emptied since: not listed. Its session gone: listed under its key, not lost.
      annotationOf('sched:two:seen', { updatedAt: 2 }),
      annotationOf('sched:two:gone', { tags: ['later'] }),
    ]);
    const asked = readsOf();
    await act(() => render(<Dashboard />, host));
    await vi.waitFor(() => expect(index.status === 'ready' && titles().length > 2).toBe(true));
    await act(() => new Promise((r) => setTimeout(r, 50)));

    expect(titles()).toEqual(['sched:one Talk a1', 'sched:one Talk a2', 'sched:two Talk b1', 'sched:two sched:two:gone']);
    const first = overview.status === 'ready' ? overview.value.sessions[0]! : undefined;
    expect(first?.entry).not.toHaveProperty('seenAt');
    expect(index.status === 'ready' && index.value.size).toBe(5);
    expect(host.textContent).toContain('Next, in 1 h 00 min');
    expect(host.textContent).toContain('Talk a1');
    // The first screen reads its conference's sessions by the conference index; then the whole table once, for all three.
    expect(asked.get('sessions')).toBe(1);
    expect(asked.get('sessions.conference')).toBe(1);

    // A star pressed: the annotations are read again, the sessions are not; the list and the plan follow.
    asked.clear();
    await act(async () => void (await patchAnnotation(db, 'sched:one:a2', 'sched:one', { starred: true })));
    await vi.waitFor(() => expect(host.textContent).toContain('Next, in 30 min'));
    expect(host.textContent).toContain('Talk a2');
    expect(titles()).toEqual(['sched:one Talk a1', 'sched:one Talk a2', 'sched:two Talk b1', 'sched:two sched:two:gone']);
    expect(asked.get('sessions') ?? 0).toBe(0);
    expect(asked.get('sessions.conference') ?? 0).toBe(0);
    expect(asked.get('annotations')).toBeGreaterThan(0);
  });
});
