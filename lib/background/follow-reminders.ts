import { browser } from 'wxt/browser';
import type { TalkmarksDb } from '../db/database';
import { watchQuery } from '../db/live';
import { loadPlan } from '../db/plan';
import { loadReminderSettings, REMINDER_SETTINGS_KEY } from '../protocol/reminder-settings';
import type { PlanItem } from '../plan/items';
import { createReminders } from './reminders';
import { showInSidePanel } from '../protocol/panel-request';
import { errorMessage } from '../util/errors';

function report(error: unknown): void {
  console.warn('[Talkmarks] reminders:', errorMessage(error));
}

async function openItem(item: PlanItem | undefined): Promise<void> {
  const url = item?.entry?.url;
  const plan = browser.runtime.getURL(`/dashboard.html#view=plan${item ? `&conf=${encodeURIComponent(item.conference)}` : ''}`);
  await browser.tabs.create({ url: url ?? plan });
}

/**
 * Reminders before planned talks: the next one is always an alarm, set again from the database whenever the
 * service worker starts (install, browser start, any wake-up), the plan changes (a star, a priority, a time the
 * schedule moved, an own item) or a setting does.
 */
export function followReminders(db: () => TalkmarksDb, signal: AbortSignal, now = () => Date.now()) {
  const reminders = createReminders({
    plan: () => loadPlan(db()),
    settings: loadReminderSettings,
    now,
    alarms: browser.alarms,
    notify: (id, { title, message }) =>
      browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/reminder.png'), title, message }),
    open: openItem,
    panel: (key) => showInSidePanel(key, now()),
  });
  const reschedule = () => void reminders.reschedule().catch(report);
  const onAlarm = (alarm: { name: string; scheduledTime: number }) => void reminders.fire(alarm).catch(report);
  const onClicked = (id: string) => void reminders.clicked(id).catch(report);
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && REMINDER_SETTINGS_KEY in changes) reschedule();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  browser.storage.onChanged.addListener(onStorage);
  browser.runtime.onStartup.addListener(reschedule);
  browser.runtime.onInstalled.addListener(reschedule);
  // Runs once now (so every start reschedules) and again whenever a write touches the plan's tables.
  const plan = watchQuery(() => loadPlan(db()), (items) => void reminders.reschedule(items).catch(report), report);
  signal.addEventListener('abort', () => {
    plan.unsubscribe();
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.notifications.onClicked.removeListener(onClicked);
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onStartup.removeListener(reschedule);
    browser.runtime.onInstalled.removeListener(reschedule);
  });
  return reminders;
}
