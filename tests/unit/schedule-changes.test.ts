import { describe, expect, it } from 'vitest';
import { annotatedSessions, patchAnnotation, recordSeen } from '../../lib/db/annotations';
import { changeMarks, changesOf, dismissChanges, historyOf, openChanges, recordRemovals } from '../../lib/db/changes';
import { changeGroups } from '../../lib/db/change-rows';
import { importDiff } from '../../lib/db/import-diff';
import { storeSchedule } from '../../lib/db/schedules';
import { diffSchedules } from '../../lib/merge/schedule-diff';
import { changeLabel } from '../../lib/model/change-label';
import type { ScheduleEntry } from '../../lib/model/schema';
import { freshDb } from '../support/db';
import { createReminders, REMINDER_ALARM } from '../../lib/background/reminders';
import { watchQuery } from '../../lib/db/live';
import { loadPlan } from '../../lib/db/plan';
import { defaultReminderSettings } from '../../lib/model/reminders';
import { kubeconSnapshot, laterSnapshot } from '../support/snapshots';

const before = kubeconSnapshot();
const C = before.conference.id;
// Talks of Tuesday 24 March with a room: the ones a user stars.
const tuesday = before.entries.filter((e) => e.start?.startsWith('2026-03-24T') && e.room && e.end);
const [a, b, c, d, e, f] = tuesday.map((t) => t.key) as [string, string, string, string, string, string];
const byKey = new Map(before.entries.map((x) => [x.key, x]));
const extra: ScheduleEntry = { ...tuesday[0]!, key: `${C}:added0000000000000000000000000001`, title: 'A late addition', url: undefined };
const after = laterSnapshot(before, {
  move: { [a]: 15, [b]: -30 },
  stretch: { [c]: 10 },
  rename: { [d]: 'A better title' },
  room: { [e]: 'Hall 8' },
  drop: [f, tuesday[6]!.key],
  add: [extra],
});
const page = 'https://kccnceu2026.sched.com/list/simple';
const star = (db: ReturnType<typeof freshDb>, key: string, now = 500) => patchAnnotation(db, key, C, { starred: true }, undefined, now);

describe('the diff of two full schedules', () => {
  it('finds exactly what the later snapshot added, dropped and changed, field by field', () => {
    const diff = diffSchedules(before.entries, after.entries);
    expect(diff.added.map((x) => x.title)).toEqual(['A late addition']);
    expect(diff.removed.map((x) => x.key).sort()).toEqual([f, tuesday[6]!.key].sort());
    expect(Object.fromEntries(diff.changed.map((x) => [x.before.key, x.changes.map((ch) => ch.field)]))).toEqual({
      [a]: ['time'], [b]: ['time'], [c]: ['time'], [d]: ['title'], [e]: ['room'],
    });
    expect(diff.unchanged).toBe(596 - 2 - 5);
    const moved = diff.changed.find((x) => x.before.key === a)!.changes[0]!;
    expect(moved.old).toBe(`${byKey.get(a)!.start}/${byKey.get(a)!.end}`);
    expect(moved.new.split('/')[0]).toBe(new Date(Date.parse(byKey.get(a)!.start!) + 15 * 60_000).toISOString());
  });

  it('counts nothing as changed that a poorer view merely does not show', () => {
    const poorer = before.entries.map(({ room: _room, end: _end, ...rest }) => rest as ScheduleEntry);
    expect(diffSchedules(before.entries, poorer)).toMatchObject({ added: [], removed: [], changed: [], unchanged: 596 });
  });
});

describe('saying what changed', () => {
  const at = (iso: string) => iso;
  it('names the day, the time and the zone the schedule shows', () => {
    const moved = { conference: C, key: a, field: 'time' as const, old: at('2026-03-24T09:00:00.000Z/2026-03-24T09:30:00.000Z'), new: at('2026-03-24T09:15:00.000Z/2026-03-24T09:45:00.000Z'), timeZone: 'Europe/Amsterdam', seenAt: 1, source: page };
    expect(changeLabel(moved)).toBe('Moved: was Tue 10:00 CET, now Tue 10:15 CET');
    expect(changeLabel({ ...moved, new: '2026-03-24T09:00:00.000Z/2026-03-24T09:40:00.000Z' })).toBe('New times: was Tue 10:00–10:30 CET, now Tue 10:00–10:40 CET');
    expect(changeLabel({ ...moved, field: 'room', old: 'Hall 12', new: 'Hall 8' })).toBe('Room: was Hall 12, now Hall 8');
    expect(changeLabel({ ...moved, field: 'removed', old: null, new: null })).toBe('No longer on the schedule');
  });
});

describe('recording changes', () => {
  it('records moves, renames and room changes of annotated sessions only, and the stored entry takes the new value', async () => {
    const db = freshDb();
    await storeSchedule(db, before, { from: 'kccnceu2026-all.ics' }, 100);
    for (const key of [a, d, e]) await star(db, key);
    await patchAnnotation(db, c, C, { note: 'ask about eBPF' }, undefined, 500);
    const shown = after.entries.filter((x) => [a, b, c, d, e].includes(x.key));
    const result = await recordSeen(db, before.conference, shown, 1000, page);
    expect(result.changes).toBe(4);
    const changes = await changesOf(db, C);
    expect(changes.map((x) => [x.key, x.field]).sort()).toEqual([[a, 'time'], [c, 'time'], [d, 'title'], [e, 'room']].sort());
    expect(changes.every((x) => x.seenAt === 1000 && x.source === page && x.dismissedAt === undefined)).toBe(true);
    // Session b moved too, but nobody annotated it: it changes silently.
    expect((await db.sessions.get(b))!.start).toBe(after.entries.find((x) => x.key === b)!.start);
    expect((await db.sessions.get(a))!.start).toBe(after.entries.find((x) => x.key === a)!.start);
    expect((await db.sessions.get(d))!.title).toBe('A better title');
    // Seeing the same page again records nothing more.
    expect((await recordSeen(db, before.conference, shown, 2000, page)).changes).toBe(0);
    expect(await changesOf(db, C)).toHaveLength(4);
  });

  it('a page that does not show a session is no evidence: nothing is recorded as removed', async () => {
    const db = freshDb();
    await storeSchedule(db, before, { from: 'kccnceu2026-all.ics' }, 100);
    await star(db, f);
    await recordSeen(db, before.conference, after.entries.slice(0, 50), 1000, page);
    expect(await changesOf(db, C)).toEqual([]);
  });

  it('a re-imported full file that lacks an annotated session records it as removed and deletes nothing', async () => {
    const db = freshDb();
    await storeSchedule(db, before, { from: 'kccnceu2026-all.ics' }, 100);
    await patchAnnotation(db, f, C, { starred: true, note: 'my notes stay' }, undefined, 500);
    await star(db, a);
    const stored = await storeSchedule(db, after, { from: 'kccnceu2026-all (2).ics' }, 3000);
    expect(stored.changes).toBe(2);
    expect((await changesOf(db, C)).map((x) => [x.key, x.field, x.source]).sort()).toEqual([
      [a, 'time', 'kccnceu2026-all (2).ics'],
      [f, 'removed', 'kccnceu2026-all (2).ics'],
    ].sort());
    // Its session, its note and its last known time stay.
    const kept = (await annotatedSessions(db, C)).find((x) => x.entry.key === f)!;
    expect(kept).toMatchObject({ entry: { title: byKey.get(f)!.title, start: byKey.get(f)!.start }, annotation: { note: 'my notes stay' } });
    // Importing the same file again adds no second removal; a file that has it again says it is back.
    await storeSchedule(db, after, { from: 'again.ics' }, 4000);
    expect((await changesOf(db, C)).filter((x) => x.key === f).map((x) => x.field)).toEqual(['removed']);
    await storeSchedule(db, before, { from: 'older.ics' }, 5000);
    expect((await changesOf(db, C)).filter((x) => x.key === f).map((x) => x.field)).toEqual(['restored', 'removed']);
  });

  it('the first import of a file for a conference only seen on pages records no removal', async () => {
    const db = freshDb();
    await recordSeen(db, before.conference, [byKey.get(f)!], 100, page);
    await star(db, f);
    await storeSchedule(db, after, { from: 'kccnceu2026-all.ics' }, 1000);
    expect(await changesOf(db, C)).toEqual([]);
  });

  it('whole-event data lacking a session records it once; sessions nobody annotated are never listed', async () => {
    const db = freshDb();
    await storeSchedule(db, before, { from: 'x.ics' }, 100);
    await star(db, f);
    const present = new Set(after.entries.map((x) => x.key));
    expect((await recordRemovals(db, C, present, 'https://pretalx.example/e/schedule/widget/v2.json', 1000)).map((x) => x.key)).toEqual([f]);
    expect(await recordRemovals(db, C, present, 'again', 2000)).toEqual([]);
  });
});

describe('dismissing and the history', () => {
  it('a dismissed change leaves the marks and the Changes list, and stays in the session’s history', async () => {
    const db = freshDb();
    await storeSchedule(db, before, { from: 'kccnceu2026-all.ics' }, 100);
    await star(db, a);
    await star(db, e);
    await recordSeen(db, before.conference, after.entries.filter((x) => x.key === a || x.key === e), 1000, page);
    expect(Object.keys(await changeMarks(db, C)).sort()).toEqual([a, e].sort());
    expect((await changeMarks(db, C))[e]).toBe(`Room: was ${byKey.get(e)!.room}, now Hall 8`);
    const [moved] = (await openChanges(db, C)).filter((x) => x.key === a);
    expect(await dismissChanges(db, [moved!.id!], 2000)).toEqual({ dismissed: 1, conferences: [C] });
    expect(Object.keys(await changeMarks(db, C))).toEqual([e]);
    expect((await changeGroups(db)).flatMap((g) => g.rows.map((r) => r.change.key))).toEqual([e]);
    expect(await historyOf(db, a)).toMatchObject([{ field: 'time', dismissedAt: 2000 }]);
  });

  it('the Changes view says which clash a move created and which it resolved', async () => {
    const db = freshDb();
    const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
    const base = '2026-03-24T09:00:00.000Z';
    const talk = (id: string, start: string, end: string): ScheduleEntry => ({ key: `${C}:${id}`, conference: C, aliases: [], title: `Talk ${id}`, speakers: [], start, end, timeZone: 'Europe/Amsterdam', room: 'R' });
    await recordSeen(db, before.conference, [talk('moving', base, at(base, 30)), talk('early', at(base, -30), base), talk('late', at(base, 40), at(base, 80))], 100, page);
    for (const id of ['moving', 'early', 'late']) await star(db, `${C}:${id}`);
    await recordSeen(db, before.conference, [talk('moving', at(base, 45), at(base, 75))], 1000, page);
    const [row] = (await changeGroups(db, C))[0]!.rows;
    expect(row!.effect.created.map((i) => i.title)).toEqual(['Talk late']);
    expect(row!.effect.resolved).toEqual([]);
    await recordSeen(db, before.conference, [talk('moving', base, at(base, 30))], 2000, page);
    const [back] = (await changeGroups(db, C))[0]!.rows;
    expect(back!.effect).toMatchObject({ created: [], resolved: [{ title: 'Talk late' }] });
  });
});

describe('reminders follow the talk', () => {
  it('the alarm moves when a page shows a starred talk at a new time, as the background wires it (follow-reminders.ts)', async () => {
    const db = freshDb();
    await storeSchedule(db, before, { from: 'kccnceu2026-all.ics' }, 100);
    await patchAnnotation(db, a, C, { starred: true, priority: 'must' }, undefined, 500);
    const alarms = new Map<string, number>();
    const reminders = createReminders({
      plan: () => loadPlan(db),
      settings: async () => defaultReminderSettings,
      now: () => Date.parse('2026-03-22T00:00:00Z'),
      alarms: {
        create: (name, { when }) => void alarms.set(name, when),
        clear: async (name) => alarms.delete(name),
        get: async (name) => (alarms.has(name) ? { scheduledTime: alarms.get(name)! } : undefined),
      },
      notify: async () => undefined,
      open: async () => undefined,
    });
    const live = watchQuery(() => loadPlan(db), (items) => void reminders.reschedule(items), (error) => { throw error; });
    const tenBefore = (iso: string) => Date.parse(iso) - 10 * 60_000;
    await expect.poll(() => alarms.get(REMINDER_ALARM)).toBe(tenBefore(byKey.get(a)!.start!));
    await recordSeen(db, before.conference, after.entries.filter((x) => x.key === a), 1000, page);
    await expect.poll(() => alarms.get(REMINDER_ALARM)).toBe(tenBefore(after.entries.find((x) => x.key === a)!.start!));
    live.unsubscribe();
  });
});

describe('the re-import preview', () => {
  it('lists added, removed and changed, the user’s picks first', async () => {
    const db = freshDb();
    await storeSchedule(db, before, { from: 'kccnceu2026-all.ics' }, 100);
    await star(db, e);
    await star(db, tuesday[6]!.key);
    const diff = (await importDiff(db, after))!;
    expect(diff.added.map((x) => x.title)).toEqual(['A late addition']);
    expect(diff.removed[0]!.key).toBe(tuesday[6]!.key);
    expect(diff.removed).toHaveLength(2);
    expect(diff.changed[0]!.before.key).toBe(e);
    expect(diff.changed).toHaveLength(5);
    expect([...diff.picks].sort()).toEqual([e, tuesday[6]!.key].sort());
  });

  it('offers no diff for a conference never imported from a file', async () => {
    expect(await importDiff(freshDb(), after)).toBeUndefined();
  });
});
