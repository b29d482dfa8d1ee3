import { browser } from 'wxt/browser';
import { defaultReminderSettings, ReminderSettings } from '../model/reminders';

/**
 * Kept in extension storage, not the database: its change event wakes the background even when the dashboard
 * changes a setting, so the next reminder moves at once.
 */
export const REMINDER_SETTINGS_KEY = 'reminderSettings';

/** The user's reminder settings; a stored value an older or newer version wrote falls back to the defaults. */
export async function loadReminderSettings(): Promise<ReminderSettings> {
  const { [REMINDER_SETTINGS_KEY]: stored } = await browser.storage.local.get(REMINDER_SETTINGS_KEY);
  const parsed = ReminderSettings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : defaultReminderSettings;
}

export function saveReminderSettings(settings: ReminderSettings): Promise<void> {
  return browser.storage.local.set({ [REMINDER_SETTINGS_KEY]: ReminderSettings.parse(settings) });
}
