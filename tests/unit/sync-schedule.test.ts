import { describe, expect, it } from 'vitest';
import { forgetSyncSettings, saveSyncSettings } from '../../lib/db/sync';
import { createSyncSchedule, followSync, SYNC_AFTER_CHANGE_MINUTES, SYNC_ALARM, SYNC_SOON_ALARM, type SyncAlarms } from '../../lib/background/sync-schedule';
import { REMINDER_ALARM } from '../../lib/background/reminders';
import { freshDb } from '../support/db';

/** The browser's alarms as a map, and a way to fire one as the browser would. */
function fakeAlarms() {
  const set = new Map<string, { delayInMinutes?: number; periodInMinutes?: number }>();
  const listeners = new Set<(alarm: { name: string }) => void>();
  const alarms: SyncAlarms = {
    create: (name, info) => void set.set(name, info),
    clear: async (name) => set.delete(name),
    get: async (name) => (set.has(name) ? { name } : undefined),
    onAlarm: { addListener: (f) => void listeners.add(f), removeListener: (f) => void listeners.delete(f) },
  };
  const fire = (name: string) => listeners.forEach((f) => f({ name }));
  return { set, alarms, fire, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const server = { url: 'https://cloud.example.org/remote.php/dav/files/me/', folder: 'talkmarks', user: 'me', password: 'app-password' };

describe('sync alarms follow whether a server is set', () => {
  it('no alarm and no sync without a server; set once saved; both gone when the user stops syncing', async () => {
    const db = freshDb();
    const { set, alarms, fire, listeners } = fakeAlarms();
    let runs = 0;
    const stop = new AbortController();
    const soon = followSync(() => db, async () => void runs++, stop.signal, alarms);
    await settle();
    soon();
    await settle();
    expect([...set.keys()]).toEqual([]);

    await saveSyncSettings(db, server);
    await expect.poll(() => [...set.keys()]).toEqual([SYNC_ALARM]);
    expect(set.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 5 });
    soon();
    await expect.poll(() => [...set.keys()].sort()).toEqual([SYNC_ALARM, SYNC_SOON_ALARM]);
    fire(SYNC_SOON_ALARM);
    await expect.poll(() => runs).toBe(1);

    await forgetSyncSettings(db);
    await expect.poll(() => [...set.keys()]).toEqual([]);
    soon();
    fire(SYNC_ALARM);
    await settle();
    expect([...set.keys()]).toEqual([]);
    expect(runs).toBe(1);

    stop.abort();
    expect(listeners.size).toBe(0);
  });

  it('an alarm left from before, with no server set, is cleared and syncs nothing', async () => {
    const db = freshDb();
    const { set, alarms, fire } = fakeAlarms();
    set.set(SYNC_ALARM, { periodInMinutes: 5 });
    set.set(SYNC_SOON_ALARM, { delayInMinutes: 0.5 });
    let runs = 0;
    followSync(() => db, async () => void runs++, new AbortController().signal, alarms);
    await expect.poll(() => set.size).toBe(0);
    fire(SYNC_ALARM);
    await settle();
    expect(runs).toBe(0);
  });

  it('a server already set at start keeps its running alarm (a restart does not push the next sync back)', async () => {
    const db = freshDb();
    await saveSyncSettings(db, server);
    const { set, alarms } = fakeAlarms();
    const running = { periodInMinutes: 5, delayInMinutes: 4 };
    set.set(SYNC_ALARM, running);
    followSync(() => db, async () => undefined, new AbortController().signal, alarms);
    await settle();
    expect(set.get(SYNC_ALARM)).toBe(running);
  });
});

describe('what one alarm or change does (each step awaited, no waiting on the clock)', () => {
  const schedule = (server: boolean) => {
    const fake = fakeAlarms();
    let runs = 0;
    const { soon, fire } = createSyncSchedule(async () => server, fake.alarms, async () => void runs++);
    return { ...fake, soon, fire, runs: () => runs };
  };

  it('syncs on its own two alarms only: another part of Talkmarks’ alarm (a reminder) syncs nothing', async () => {
    const { fire, runs } = schedule(true);
    await fire({ name: REMINDER_ALARM });
    expect(runs()).toBe(0);
    await fire({ name: SYNC_ALARM });
    await fire({ name: SYNC_SOON_ALARM });
    expect(runs()).toBe(2);
  });

  it('a change sets the short wait only while a server is set', async () => {
    const none = schedule(false);
    await none.soon();
    expect([...none.set.keys()]).toEqual([]);
    const set = schedule(true);
    await set.soon();
    expect(set.set.get(SYNC_SOON_ALARM)).toEqual({ delayInMinutes: SYNC_AFTER_CHANGE_MINUTES });
  });
});
