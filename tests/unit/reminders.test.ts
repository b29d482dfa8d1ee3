import { describe, expect, it } from 'vitest';
import { createReminders, REMINDER_ALARM } from '../../lib/background/reminders';
import { defaultReminderSettings, ReminderSettings } from '../../lib/model/reminders';
import { planItems, type PlanItem } from '../../lib/plan/items';
import { reminderText, upcomingReminders } from '../../lib/plan/reminders';
import { zonedToInstant } from '../../lib/util/time';
import type { AnnotatedSession } from '../../lib/model/annotated';
import { ownItem, talk } from '../support/plan';

const AMS = 'Europe/Amsterdam';
const at = (date: string, time: string) => Date.parse(zonedToInstant(date, time, AMS)!);
const minutes = (n: number) => n * 60_000;
const noTime = (): AnnotatedSession => {
  const { entry, annotation } = talk('untimed', AMS, '2026-03-24', '09:00');
  return { entry: { ...entry, start: undefined, end: undefined }, annotation };
};

const items = planItems(
  [
    talk('keynote', AMS, '2026-03-24', '09:00', '09:30', { priority: 'must' }),
    talk('gitops', AMS, '2026-03-24', '10:00', '10:40', { priority: 'must' }),
    talk('zerotrust', AMS, '2026-03-24', '10:15', '10:45', { priority: 'maybe' }),
    talk('set-aside', AMS, '2026-03-24', '11:30', '12:00', { alternative: true }),
    talk('ebpf', AMS, '2026-03-24', '11:30', '12:00'),
    noTime(),
  ],
  [ownItem('lunch', AMS, '2026-03-24', '12:30', '13:30'), ownItem('dinner', AMS, '2026-03-23', '19:00', '21:00')],
);
const summary = (list: { at: number; items: PlanItem[] }[]) => list.map((r) => [new Date(r.at).toISOString(), r.items.map((i) => i.title)]);

describe('the reminder plan', () => {
  it('reminds must-see talks 10 min before, other starred talks and own items 5 min, a clash once naming both', () => {
    expect(summary(upcomingReminders(items, defaultReminderSettings, at('2026-03-23', '08:00')))).toEqual([
      [zonedToInstant('2026-03-23', '18:55', AMS), ['Meeting dinner']],
      [zonedToInstant('2026-03-24', '08:50', AMS), ['Talk keynote']],
      // GitOps (must, 10:00) and Zero Trust (10:15) overlap: one reminder, at the earlier of their times.
      [zonedToInstant('2026-03-24', '09:50', AMS), ['Talk gitops', 'Talk zerotrust']],
      // The alternative set aside at 11:30 is not reminded; the untimed talk never is.
      [zonedToInstant('2026-03-24', '11:25', AMS), ['Talk ebpf']],
      [zonedToInstant('2026-03-24', '12:25', AMS), ['Meeting lunch']],
    ]);
  });

  it('the next reminder is the first after now: nothing in the past, nothing for a talk already begun', () => {
    const [next] = upcomingReminders(items, defaultReminderSettings, at('2026-03-24', '09:51'));
    expect(next && summary([next])).toEqual([[zonedToInstant('2026-03-24', '11:25', AMS), ['Talk ebpf']]]);
    expect(upcomingReminders(items, defaultReminderSettings, at('2026-03-24', '13:00'))).toEqual([]);
  });

  it('follows the settings: leads per kind, no reminder for a kind, only on event days, one switch off', () => {
    const s = (patch: Partial<ReminderSettings>) => ({ ...defaultReminderSettings, ...patch });
    const from = at('2026-03-23', '08:00');
    expect(summary(upcomingReminders(items, s({ must: 30, starred: null, own: null }), from))).toEqual([
      [zonedToInstant('2026-03-24', '08:30', AMS), ['Talk keynote']],
      [zonedToInstant('2026-03-24', '09:30', AMS), ['Talk gitops']],
    ]);
    // The dinner the evening before is not on a day with starred talks of that conference.
    expect(summary(upcomingReminders(items, s({ eventDaysOnly: true }), from)).map(([, titles]) => titles)).not.toContainEqual(['Meeting dinner']);
    expect(upcomingReminders(items, s({ enabled: false }), from)).toEqual([]);
  });

  it('keeps the lead exact across a daylight saving change, and the text in the time the clocks show', () => {
    // Clocks go from 02:00 CET to 03:00 CEST on 29 March 2026: 03:05 CEST is only 5 min after 01:59 CET + 1 min.
    const night = planItems([talk('night', AMS, '2026-03-29', '03:05', '03:35')], []);
    const [reminder] = upcomingReminders(night, defaultReminderSettings, at('2026-03-29', '00:00'));
    expect(new Date(reminder!.at).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(reminderText(reminder!, reminder!.at)).toEqual({ title: 'Talk night', message: 'in 5 min · Room night · 03:05–03:35 CEST' });
  });

  it('writes one notification for a clash, naming every talk with its room and time', () => {
    const [clash] = upcomingReminders(items, defaultReminderSettings, at('2026-03-24', '09:40'));
    expect(reminderText(clash!, clash!.at)).toEqual({
      title: 'Clash: Talk gitops / Talk zerotrust',
      message: 'Talk gitops: in 10 min · Room gitops · 10:00–10:40 CET\nTalk zerotrust: in 25 min · Room zerotrust · 10:15–10:45 CET',
    });
  });
});

describe('the reminder alarm', () => {
  function setup(start: number) {
    let clock = start;
    let plan = items;
    const alarms = new Map<string, number>();
    const shown: { id: string; title: string; message: string }[] = [];
    const reminders = createReminders({
      plan: async () => plan,
      settings: async () => defaultReminderSettings,
      now: () => clock,
      alarms: {
        create: (name, { when }) => void alarms.set(name, when),
        clear: async (name) => alarms.delete(name),
        get: async (name) => (alarms.has(name) ? { scheduledTime: alarms.get(name)! } : undefined),
      },
      notify: async (id, text) => shown.push({ id, ...text }),
      open: async () => undefined,
    });
    return { reminders, alarms, shown, setClock: (t: number) => (clock = t), setPlan: (p: PlanItem[]) => (plan = p) };
  }

  it('always holds the next reminder; firing shows it and sets the one after; an empty plan clears it', async () => {
    const t = setup(at('2026-03-24', '08:00'));
    await t.reminders.reschedule();
    expect(t.alarms.get(REMINDER_ALARM)).toBe(at('2026-03-24', '08:50'));
    t.setClock(at('2026-03-24', '08:50') + 200);
    await t.reminders.fire({ name: REMINDER_ALARM, scheduledTime: at('2026-03-24', '08:50') });
    expect(t.shown).toEqual([{ id: 'tm-reminder|sched:demo2026:keynote', title: 'Talk keynote', message: 'in 10 min · Room keynote · 09:00–09:30 CET' }]);
    expect(t.alarms.get(REMINDER_ALARM)).toBe(at('2026-03-24', '09:50'));
    t.setPlan([]);
    await t.reminders.reschedule();
    expect(t.alarms.has(REMINDER_ALARM)).toBe(false);
  });

  it('shows a reminder when its alarm rings on the millisecond, and nothing for another alarm of Talkmarks', async () => {
    const t = setup(at('2026-03-24', '08:50'));
    expect(await t.reminders.fire({ name: 'tm-sync', scheduledTime: at('2026-03-24', '08:50') })).toEqual([]);
    expect(t.shown).toEqual([]);
    await t.reminders.fire({ name: REMINDER_ALARM, scheduledTime: at('2026-03-24', '08:50') });
    expect(t.shown.map((s) => s.title)).toEqual(['Talk keynote']);
  });

  it('after a browser asleep through reminders, shows only those whose talks have not begun', async () => {
    const t = setup(at('2026-03-24', '08:00'));
    t.setClock(at('2026-03-24', '09:55'));
    await t.reminders.fire({ name: REMINDER_ALARM, scheduledTime: at('2026-03-24', '08:50') });
    // The keynote began at 09:00: too late. The clash reminder (09:50) is still worth showing.
    expect(t.shown.map((s) => s.title)).toEqual(['Clash: Talk gitops / Talk zerotrust']);
    expect(t.alarms.get(REMINDER_ALARM)).toBe(at('2026-03-24', '11:25'));
  });

  it('a click opens the side panel on its talk before anything waits; the talk’s page when the panel cannot open; the plan for an own item', async () => {
    const calls: string[] = [];
    const opened: (string | undefined)[] = [];
    let panelWorks = true;
    const reminders = createReminders({
      plan: async () => (calls.push('plan'), items),
      settings: async () => defaultReminderSettings,
      now: () => 0,
      alarms: { create: () => undefined, clear: async () => true, get: async () => undefined },
      notify: async () => undefined,
      open: async (item) => void opened.push(item?.id),
      panel: (key) => (calls.push(`panel ${key}`), panelWorks ? Promise.resolve() : Promise.reject(new Error('no user gesture'))),
    });
    const click = reminders.clicked('tm-reminder|sched:demo2026:keynote');
    // Called in the click's own turn: Chrome's user gesture does not survive an await.
    expect(calls).toEqual(['panel sched:demo2026:keynote']);
    await click;
    expect(opened).toEqual([]);
    panelWorks = false;
    await reminders.clicked('tm-reminder|sched:demo2026:keynote');
    expect(opened).toEqual(['sched:demo2026:keynote']);
    const own = items.find((i) => i.id.startsWith('own:'))!;
    calls.length = 0;
    await reminders.clicked(`tm-reminder|${own.id}`);
    expect(calls).toEqual(['plan']);
    expect(opened).toEqual(['sched:demo2026:keynote', own.id]);
    // Another notification (of the browser or another part of Talkmarks) opens nothing.
    calls.length = 0;
    await reminders.clicked('sched:demo2026:keynote');
    expect(calls).toEqual([]);
    expect(opened).toHaveLength(2);
  });
});
