import { browser } from 'wxt/browser';
import type { TalkmarksDb } from '../db/database';
import { watchQuery } from '../db/live';
import { syncSettings } from '../db/sync';
import type { BackgroundType } from '../protocol/messages';
import { errorMessage } from '../util/errors';

export const SYNC_ALARM = 'tm-sync';
export const SYNC_SOON_ALARM = 'tm-sync-soon';
/** Minutes between syncs while the browser runs, and after a change (Chrome's shortest alarm is 30 s). */
export const SYNC_EVERY_MINUTES = 5;
export const SYNC_AFTER_CHANGE_MINUTES = 0.5;

/** Requests that change what a device file holds: each one (re)starts the short wait before a sync. */
export const changesData: ReadonlySet<BackgroundType> = new Set<BackgroundType>([
  'annotation/patch', 'annotations/bulk', 'tags/rename', 'plan/choose', 'own/put', 'own/delete', 'undo/apply', 'annotations/changed', 'colleagues/copy',
]);

type Alarm = { name: string };
/** The part of `browser.alarms` sync uses: tests give their own. */
export interface SyncAlarms {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<Alarm | undefined>;
  onAlarm: { addListener(f: (alarm: Alarm) => void): void; removeListener(f: (alarm: Alarm) => void): void };
}

/**
 * Sync's alarms exist only while a server is set: set when one is saved (or found at start-up), cleared when the user
 * stops syncing. A change, or an alarm left from before, with no server set does nothing but clear them.
 */
export function createSyncSchedule(configured: () => Promise<boolean>, alarms: SyncAlarms, run: () => Promise<unknown>) {
  const stop = async () => void (await Promise.all([alarms.clear(SYNC_ALARM), alarms.clear(SYNC_SOON_ALARM)]));
  const follow = async (on: boolean) => {
    if (!on) return stop();
    // Kept when already there: setting it again at each service-worker start would push the next sync back.
    if (!(await alarms.get(SYNC_ALARM))) await alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES, delayInMinutes: 1 });
  };
  /** About 30 s after the last change: setting the alarm again moves it, so a burst of edits syncs once. */
  const soon = async () => {
    if (await configured()) await alarms.create(SYNC_SOON_ALARM, { delayInMinutes: SYNC_AFTER_CHANGE_MINUTES });
  };
  const fire = async ({ name }: Alarm) => {
    if (name !== SYNC_ALARM && name !== SYNC_SOON_ALARM) return;
    if (await configured()) await run();
    else await stop();
  };
  return { follow, soon, fire };
}

const report = (error: unknown) => console.warn('[Talkmarks] sync schedule:', errorMessage(error));

/**
 * Follows the sync settings in the database (saved or forgotten by the dashboard): the alarms follow whether a server
 * is set. Returns `soon`, for the router to call after each change.
 */
export function followSync(db: () => TalkmarksDb, run: () => Promise<unknown>, signal: AbortSignal, alarms: SyncAlarms = browser.alarms): () => void {
  const configured = async () => (await syncSettings(db())) !== undefined;
  const schedule = createSyncSchedule(configured, alarms, run);
  const onAlarm = (alarm: Alarm) => void schedule.fire(alarm).catch(report);
  alarms.onAlarm.addListener(onAlarm);
  let last: boolean | undefined;
  // The sync table also changes at every sync (its status): only a change of "is a server set" touches the alarms.
  const settings = watchQuery(configured, (on) => {
    if (on === last) return;
    last = on;
    void schedule.follow(on).catch(report);
  }, report);
  signal.addEventListener('abort', () => {
    settings.unsubscribe();
    alarms.onAlarm.removeListener(onAlarm);
  });
  return () => void schedule.soon().catch(report);
}
