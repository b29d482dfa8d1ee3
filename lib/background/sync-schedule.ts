import { browser } from 'wxt/browser';
import type { BackgroundType } from '../protocol/messages';

const PERIODIC = 'tm-sync';
const SOON = 'tm-sync-soon';
/** Minutes between syncs while the browser runs, and after a change (Chrome's shortest alarm is 30 s). */
export const SYNC_EVERY_MINUTES = 5;
export const SYNC_AFTER_CHANGE_MINUTES = 0.5;

/** Requests that change what a device file holds: each one (re)starts the short wait before a sync. */
export const changesData: ReadonlySet<BackgroundType> = new Set<BackgroundType>([
  'annotation/patch', 'annotations/bulk', 'tags/rename', 'plan/choose', 'own/put', 'own/delete', 'undo/apply', 'annotations/changed', 'colleagues/copy',
]);

/** About 30 s after the last change: setting the alarm again moves it, so a burst of edits syncs once. */
export function syncSoon(): void {
  void browser.alarms.create(SOON, { delayInMinutes: SYNC_AFTER_CHANGE_MINUTES });
}

/** Every few minutes, and after changes; alarms survive the service worker being stopped. */
export function scheduleSync(run: () => Promise<unknown>): void {
  void browser.alarms.create(PERIODIC, { periodInMinutes: SYNC_EVERY_MINUTES, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC || alarm.name === SOON) void run();
  });
}
