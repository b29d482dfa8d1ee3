import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';

/** The parts of the extension API read back inside the service worker. */
declare const chrome: {
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; clearAll(): Promise<boolean> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

const CONF = 'sched:remind2026';
const WAIT = { timeout: 10_000 };
const MINUTE = 60_000;

/** A session of a conference in Amsterdam, starting `startIn` ms from the real now (alarms run on the real clock). */
function entry(id: string, title: string, startIn: number) {
  const start = Date.now() + startIn;
  return {
    key: `${CONF}:${id}`,
    conference: CONF,
    aliases: [],
    title,
    url: `https://remind2026.sched.com/event/${id}/talk`,
    start: new Date(start).toISOString(),
    end: new Date(start + 30 * MINUTE).toISOString(),
    timeZone: 'Europe/Amsterdam',
    room: 'Hall 12',
    speakers: [],
  };
}

describe('reminders before starred talks', () => {
  let h: Harness;
  const later = entry('later', 'Platform Engineering at Scale', 3 * 60 * MINUTE);
  // Only the reminder's: WebDAV sync keeps alarms of its own.
  const alarms = async () => (await h.worker.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name === 'tm-reminder');
  const patch = async (key: string, fields: object, with_?: object) => {
    const result = (await h.sendFromExtension({ type: 'annotation/patch', key, patch: fields, ...(with_ ? { entry: with_ } : {}) })) as { ok: boolean };
    expect(result.ok).toBe(true);
  };

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => h?.close());

  it('starring a future talk sets an alarm at start − 5 min; must-see moves it to −10; a new time moves it; unstarring removes it', async () => {
    const start = Date.parse(later.start);
    await patch(later.key, { starred: true }, later);
    await expect.poll(alarms, WAIT).toEqual([expect.objectContaining({ name: 'tm-reminder', scheduledTime: start - 5 * MINUTE })]);
    await patch(later.key, { priority: 'must' });
    await expect.poll(alarms, WAIT).toEqual([expect.objectContaining({ scheduledTime: start - 10 * MINUTE })]);
    // The schedule moved the talk by an hour.
    const moved = { ...later, start: new Date(start + 60 * MINUTE).toISOString(), end: new Date(start + 90 * MINUTE).toISOString() };
    await patch(later.key, { rating: 4 }, moved);
    await expect.poll(alarms, WAIT).toEqual([expect.objectContaining({ scheduledTime: start + 50 * MINUTE })]);
    await patch(later.key, { starred: false });
    await expect.poll(alarms, WAIT).toEqual([]);
  });

  it('a reminder turned off in the settings clears the alarm; turned on, it comes back', async () => {
    await patch(later.key, { starred: true });
    await expect.poll(async () => (await alarms()).length, WAIT).toBe(1);
    const dashboard = await h.extensionPage('dashboard.html#view=plan');
    const must = dashboard.getByRole('combobox', { name: 'Must-see talks' });
    await must.selectOption('');
    await expect.poll(alarms, WAIT).toEqual([]);
    await must.selectOption('30');
    await expect.poll(alarms, WAIT).toEqual([expect.objectContaining({ scheduledTime: Date.parse(later.start) + 30 * MINUTE })]);
    await dashboard.close();
  });

  it('firing shows a notification naming the talk, its room and time', async () => {
    // 5 min and 4 s away with the default 5 min lead: the alarm fires 4 s from now.
    const soon = entry('soon', 'Observability for Humans', 5 * MINUTE + 4_000);
    await patch(soon.key, { starred: true }, soon);
    await expect
      .poll(() => h.worker.evaluate(() => chrome.notifications.getAll()), { timeout: 20_000 })
      .toEqual({ [`tm-reminder|${soon.key}`]: true });
    // The next reminder is set at once.
    await expect.poll(alarms, WAIT).toEqual([expect.objectContaining({ scheduledTime: Date.parse(later.start) + 30 * MINUTE })]);
  });

  it('survives a browser restart: the alarm is set again from the database', async () => {
    // As if the browser had dropped its alarms (Chrome may, on restart or update).
    await h.worker.evaluate(() => chrome.alarms.clearAll());
    expect(await alarms()).toEqual([]);
    await h.close({ keepProfile: true });
    h = await launchExtension({ profile: h.profile });
    await expect.poll(alarms, WAIT).toEqual([expect.objectContaining({ name: 'tm-reminder', scheduledTime: Date.parse(later.start) + 30 * MINUTE })]);
  });

  it('a schedule import in the dashboard, which writes straight to the database, moves the alarm at once', async () => {
    const stamp = (t: number) => new Date(t).toISOString().replace(/[-:]|\.\d{3}/g, '');
    const start = Math.ceil((Date.now() + 2 * 60 * MINUTE) / MINUTE) * MINUTE;
    const ics = (at: number) =>
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Talkmarks tests//EN', 'X-WR-CALNAME:Remind Import', 'BEGIN:VEVENT', 'UID:moved-talk@remind.test',
        `DTSTAMP:${stamp(at)}`, `DTSTART:${stamp(at)}`, `DTEND:${stamp(at + 30 * MINUTE)}`, 'SUMMARY:A Talk the Schedule Moves', 'LOCATION:Room 1',
        'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const dashboard = await h.extensionPage('dashboard.html#view=schedules');
    const importFile = async (at: number) => {
      await dashboard.getByLabel('Schedule file').setInputFiles({ name: 'remind.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics(at)) });
      const preview = dashboard.getByRole('region', { name: 'Schedule to import' });
      await preview.getByRole('button', { name: /^Import 1 session/ }).click();
      await expect.poll(() => dashboard.locator('.tm-import').getByRole('status').first().textContent()).toMatch(/^Imported 1 session/);
    };
    await importFile(start);
    const sessions = (await h.readStore('sessions')) as { key: string; title: string }[];
    const key = sessions.find((s) => s.title === 'A Talk the Schedule Moves')!.key;
    await patch(key, { starred: true });
    await expect.poll(alarms, WAIT).toEqual([expect.objectContaining({ scheduledTime: start - 5 * MINUTE })]);
    // The schedule moved the talk 30 min later: the dashboard writes it, the background never hears a message.
    await importFile(start + 30 * MINUTE);
    await expect.poll(alarms, WAIT).toEqual([expect.objectContaining({ scheduledTime: start + 25 * MINUTE })]);
    await dashboard.close();
  });
});
