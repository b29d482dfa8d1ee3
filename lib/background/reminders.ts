import type { ReminderSettings } from '../model/reminders';
import type { PlanItem } from '../plan/items';
import { reminderText, upcomingReminders, type Reminder } from '../plan/reminders';

/** The one alarm: the next reminder. Each one that fires schedules the one after it. */
export const REMINDER_ALARM = 'tm-reminder';
const NOTIFICATION_PREFIX = 'tm-reminder|';
/** Plan items that are the user's own (not talks) have ids starting so (see lib/plan/items). */
const OWN_PREFIX = 'own:';

export interface ReminderDeps {
  plan: () => Promise<PlanItem[]>;
  settings: () => Promise<ReminderSettings>;
  /** The time now: tests fix it. */
  now: () => number;
  alarms: {
    create(name: string, info: { when: number }): void | Promise<void>;
    clear(name: string): Promise<boolean>;
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
  };
  notify: (id: string, text: { title: string; message: string }) => Promise<unknown>;
  /** Opens a planned item: the session's page, else the plan in the dashboard. */
  open: (item: PlanItem | undefined) => Promise<unknown>;
  /** Opens the side panel on a talk; rejects where it cannot (then `open` shows the talk's page). */
  panel?: (key: string) => Promise<void>;
}

export function createReminders({ plan, settings, now, alarms, notify, open, panel }: ReminderDeps) {
  // One after another: two changes in a row must not leave the older answer's alarm behind.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const schedule = async (known?: PlanItem[]): Promise<Reminder | undefined> => {
    const [items, chosen] = await Promise.all([known ?? plan(), settings()]);
    const [next] = upcomingReminders(items, chosen, now());
    if (!next) {
      await alarms.clear(REMINDER_ALARM);
      return undefined;
    }
    if ((await alarms.get(REMINDER_ALARM))?.scheduledTime !== next.at) await alarms.create(REMINDER_ALARM, { when: next.at });
    return next;
  };

  return {
    /** Sets the alarm for the next reminder, or clears it when nothing is left to remind; `items`: the plan, if read. */
    reschedule: (items?: PlanItem[]) => serial(() => schedule(items)),

    /** Shows every reminder due since the alarm's time whose talks have not begun (the browser may have slept). */
    fire: (alarm: { name: string; scheduledTime: number }) =>
      serial(async () => {
        if (alarm.name !== REMINDER_ALARM) return [];
        const t = now();
        const [items, chosen] = await Promise.all([plan(), settings()]);
        const due = upcomingReminders(items, chosen, alarm.scheduledTime - 1)
          .filter((r) => r.at <= t)
          .map((r) => ({ at: r.at, items: r.items.filter((i) => i.start > t) }))
          .filter((r) => r.items.length > 0);
        for (const reminder of due) await notify(`${NOTIFICATION_PREFIX}${reminder.items[0]!.id}`, reminderText(reminder, t));
        await schedule(items);
        return due;
      }),

    /**
     * A click on a reminder: the side panel on its (first) talk, where notes are taken; the talk's page when the
     * panel cannot open, and the plan for an own item. The panel is asked before anything awaits: the click counts
     * as the user's action only until then.
     */
    clicked: async (notificationId: string) => {
      if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
      const id = notificationId.slice(NOTIFICATION_PREFIX.length);
      const talk = !id.startsWith(OWN_PREFIX) && panel;
      if (talk && (await talk(id).then(() => true, () => false))) return;
      await open((await plan()).find((i) => i.id === id));
    },
  };
}
