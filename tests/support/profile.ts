import { patchAnnotation, recordSeen } from '../../lib/db/annotations';
import type { TalkmarksDb } from '../../lib/db/database';
import { OwnItem, type Conference, type ScheduleEntry } from '../../lib/model/schema';
import { putOwnItem } from '../../lib/db/own-items';
import { isAnnotated } from '../../lib/model/fields';

/** Two conferences written through the app's own code paths, as a user's week would leave them. */
export const conferences: Conference[] = [
  { id: 'sched:kccnceu2026', platform: 'sched', event: 'kccnceu2026', name: 'KubeCon + CloudNativeCon Europe 2026', url: 'https://kccnceu2026.sched.com/', timeZone: 'Europe/Amsterdam' },
  { id: 'sched:ossna2026', platform: 'sched', event: 'ossna2026', name: 'Open Source Summit North America', url: 'https://ossna2026.sched.com/', timeZone: 'America/Denver' },
];

const titles = ['GitOps at Scale', 'Zero Trust in Practice', 'eBPF for Humans', 'Observability Night', 'Keynote: The Next Decade', 'Rust in the Kernel'];
const rooms = ['Hall 12', 'Elicium 2', 'Auditorium', 'Forum', 'G104'];

export function entries(conference: Conference, count: number, start = Date.UTC(2026, 2, 24, 8)): ScheduleEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `s${i.toString(36)}X`;
    const from = start + Math.floor(i / 5) * 45 * 60_000 + Math.floor(i / 40) * 86_400_000;
    return {
      key: `${conference.id}:${id}`,
      conference: conference.id,
      aliases: [`${conference.id}:${i.toString(16).padStart(32, '0')}`],
      title: `${titles[i % titles.length]} (${i})`,
      url: `https://${conference.event}.sched.com/event/${id}/talk-${i}`,
      start: new Date(from).toISOString(),
      end: new Date(from + 30 * 60_000).toISOString(),
      timeZone: conference.timeZone,
      room: rooms[i % rooms.length],
      speakers: [{ name: `Speaker ${i}`, url: `https://${conference.event}.sched.com/speaker/speaker${i}` }],
      track: i % 3 ? 'Security' : 'Observability',
      abstract: `What we learned running ${titles[i % titles.length]} in production.\nSlides: https://example.org/${i}`,
    };
  });
}

/** Stars, ratings, tags and notes on some sessions of each conference, one patch per user action. */
export async function realisticProfile(db: TalkmarksDb, perConference = 30) {
  let now = Date.UTC(2026, 2, 20);
  let sessions = 0;
  for (const conference of conferences) {
    const list = entries(conference, perConference);
    await recordSeen(db, conference, list, (now += 1000));
    sessions += list.length;
    for (const [i, entry] of list.entries()) {
      if (i % 2) await patchAnnotation(db, entry.key, conference.id, { starred: true }, entry, (now += 1000));
      if (i % 3 === 0) await patchAnnotation(db, entry.key, conference.id, { rating: (i % 5) + 1 }, entry, (now += 1000));
      if (i % 4 === 0) await patchAnnotation(db, entry.key, conference.id, { tags: ['security', `day-${i % 3}`] }, entry, (now += 1000));
      if (i % 5 === 0) await patchAnnotation(db, entry.key, conference.id, { note: `Notes on **${entry.title}**\n\n- follow up` }, entry, (now += 1000));
      // Starred, then unstarred: a record the dashboard does not list, but a backup keeps.
      if (i % 7 === 6) await patchAnnotation(db, entry.key, conference.id, { starred: false }, entry, (now += 1000));
    }
  }
  const all = await db.annotations.toArray();
  return { sessions, annotations: all.length, annotated: all.filter(isAnnotated).length };
}

/** The user's own items at each conference (lunch, booth duty, a hallway meeting), stored as the plan's form stores them. */
export async function realisticOwnItems(db: TalkmarksDb, now = Date.UTC(2026, 2, 21)): Promise<OwnItem[]> {
  const stored: OwnItem[] = [];
  for (const conference of conferences) {
    const day = Date.UTC(2026, 2, 24);
    const items = [
      { id: `${conference.event}-lunch`, title: 'Lunch with the platform team', from: 11, minutes: 60, place: 'Café Mokum', note: '' },
      { id: `${conference.event}-booth`, title: 'Booth duty', from: 13, minutes: 120, place: 'Booth S12', note: 'Bring the **demo laptop**.\n- badge\n- charger' },
      { id: `${conference.event}-hallway`, title: 'Hallway chat: eBPF', from: 15.5, minutes: 30, place: '', note: '' },
    ];
    for (const { from, minutes, ...item } of items) {
      const start = day + from * 3_600_000;
      const parsed = OwnItem.parse({
        ...item,
        conference: conference.id,
        start: new Date(start).toISOString(),
        end: new Date(start + minutes * 60_000).toISOString(),
        timeZone: conference.timeZone,
        updatedAt: 0,
      });
      stored.push(await putOwnItem(db, parsed, (now += 1000)));
    }
  }
  return stored;
}
