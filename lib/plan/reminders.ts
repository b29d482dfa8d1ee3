import type { ReminderSettings } from '../model/reminders';
import { localDate, localTime, zoneAbbreviation } from '../util/time';
import { runsOf } from './clashes';
import type { PlanItem } from './items';

/** One notification: the talks and own items it names (several when they clash), shown at `at` (epoch ms). */
export interface Reminder {
  at: number;
  items: PlanItem[];
}

function leadOf(item: PlanItem, settings: ReminderSettings): number | null {
  if (item.own) return settings.own;
  return item.priority === 'must' ? settings.must : settings.starred;
}

const dayKey = (item: PlanItem) => `${item.conference} ${localDate(new Date(item.start).toISOString(), item.timeZone)}`;

/**
 * Every reminder still to come after `now`, soonest first. Alternatives, items whose kind has no reminder and
 * items already started are left out; items that overlap share one reminder, at the earliest of their times.
 * Times are instants, so a lead across a daylight saving change is still exactly that many minutes.
 */
export function upcomingReminders(plan: readonly PlanItem[], settings: ReminderSettings, now: number): Reminder[] {
  if (!settings.enabled) return [];
  const eventDays = new Set(plan.filter((i) => !i.own).map(dayKey));
  const reminded = plan.filter(
    (i) => i.start > now && leadOf(i, settings) !== null && (!settings.eventDaysOnly || eventDays.has(dayKey(i))),
  );
  return runsOf(reminded)
    .map((items) => ({ at: Math.min(...items.map((i) => i.start - leadOf(i, settings)! * 60_000)), items }))
    .filter((r) => r.at > now)
    .sort((a, b) => a.at - b.at);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** `in 5 min · Hall 12 · 10:00–10:40 CET` */
export function reminderLine(item: PlanItem, now: number): string {
  const minutes = Math.max(0, Math.round((item.start - now) / 60_000));
  const start = iso(item.start);
  const to = item.endAssumed ? '' : `–${localTime(iso(item.end), item.timeZone)}`;
  const when = `${localTime(start, item.timeZone)}${to} ${zoneAbbreviation(start, item.timeZone)}`;
  return [minutes ? `in ${minutes} min` : 'now', item.place, when].filter(Boolean).join(' · ');
}

/** The notification's title and text: one talk, or every talk of a clash by name. */
export function reminderText(reminder: Reminder, now: number): { title: string; message: string } {
  const [first, ...others] = reminder.items;
  if (!others.length) return { title: first!.title, message: reminderLine(first!, now) };
  return {
    title: `Clash: ${reminder.items.map((i) => i.title).join(' / ')}`,
    message: reminder.items.map((i) => `${i.title}: ${reminderLine(i, now)}`).join('\n'),
  };
}
