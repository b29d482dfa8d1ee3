// `npm run bench:sidepanel`: the side panel's first paint in Chromium with 2,000 annotated sessions, and how long
// rescheduling the reminders takes after a change in a profile of 10,000 annotations (Node, fake-indexeddb).
// Prints figures; asserts nothing.
import 'fake-indexeddb/auto';
import { patchAnnotation } from '../lib/db/annotations';
import { importBackup } from '../lib/db/backup';
import { TalkmarksDb } from '../lib/db/database';
import { loadPlan } from '../lib/db/plan';
import { defaultReminderSettings } from '../lib/model/reminders';
import { BACKUP_VERSION } from '../lib/model/backup';
import type { Annotation, Conference } from '../lib/model/schema';
import { createReminders } from '../lib/background/reminders';
import { upcomingReminders } from '../lib/plan/reminders';
import { launchExtension } from '../tests/e2e/harness';
import { entries } from '../tests/support/profile';
import { benchSessions, schedPage } from './pages';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function rescheduling(count: number) {
  const conferences: Conference[] = Array.from({ length: 4 }, (_, i) => ({
    id: `sched:bench${i}2026`, platform: 'sched', event: `bench${i}2026`, name: `Bench ${i}`, timeZone: 'Europe/Amsterdam',
  }));
  const sessions = conferences.flatMap((c) => entries(c, count / 4)).map((e) => ({ ...e, seenAt: 1 }));
  // Every other session starred, one in seven must-see: 5,000 planned talks, clashing all day.
  const annotations: Annotation[] = sessions.map((s, i) => ({
    key: s.key, conference: s.conference, starred: i % 2 === 0, rating: null, note: '', tags: [], priority: i % 7 ? null : 'must',
    alternative: false, watchLater: false, updatedAt: 1, fieldUpdatedAt: {},
  }));
  const db = new TalkmarksDb(`bench-reminders-${Date.now()}`);
  await importBackup(db, { format: 'talkmarks-backup', version: BACKUP_VERSION, conferences: conferences.map((c) => ({ ...c, seenAt: 1 })), sessions, annotations, ownItems: [] }, 'bench');
  const now = Date.UTC(2026, 2, 20);
  let alarmAt = 0;
  const reminders = createReminders({
    plan: () => loadPlan(db),
    settings: async () => defaultReminderSettings,
    now: () => now,
    alarms: { create: (_n, { when }) => void (alarmAt = when), clear: async () => true, get: async () => (alarmAt ? { scheduledTime: alarmAt } : undefined) },
    notify: async () => undefined,
    open: async () => undefined,
  });
  await reminders.reschedule();
  const plan = await loadPlan(db);
  const pure: number[] = [];
  const whole: number[] = [];
  const read: number[] = [];
  for (let i = 0; i < 15; i++) {
    // The change: a must-see set on a talk, as the editor would.
    await patchAnnotation(db, sessions[i * 2]!.key, sessions[i * 2]!.conference, { priority: i % 2 ? 'must' : null });
    let t = performance.now();
    await loadPlan(db);
    read.push(performance.now() - t);
    t = performance.now();
    upcomingReminders(plan, defaultReminderSettings, now);
    pure.push(performance.now() - t);
    t = performance.now();
    await reminders.reschedule();
    whole.push(performance.now() - t);
  }
  console.log(`reminders, ${count.toLocaleString('en')} annotations (${plan.length.toLocaleString('en')} planned talks), Node ${process.version}, median of 15 changes:`);
  console.log(`  reading the plan from IndexedDB (fake-indexeddb)  ${ms(median(read))}`);
  console.log(`  the reminder plan (clash runs, next reminder)       ${ms(median(pure))}`);
  console.log(`  rescheduling after a change, all together           ${ms(median(whole))}`);
  await db.delete();
}

async function firstPaint(count: number) {
  const url = 'https://benchpanel2026.sched.com/';
  const h = await launchExtension();
  try {
    h.serve(url, schedPage(count).replaceAll('kccnceu2026', 'benchpanel2026'));
    const page = await h.open(url);
    await page.locator('tm-controls').nth(count - 1).waitFor({ state: 'attached', timeout: 60_000 });
    for (let waited = 0; (await h.readStore('sessions')).length < count && waited < 60_000; waited += 250) await page.waitForTimeout(250);
    const keys = benchSessions(count).map((s) => `sched:benchpanel2026:${s.shortId}`);
    const result = (await h.sendFromExtension({ type: 'annotations/bulk', keys, change: { kind: 'patch', patch: { starred: true, rating: 4 } } })) as { ok: boolean };
    if (!result.ok) throw new Error('could not annotate the bench sessions');
    const tabId = await h.tabIdOf(page);
    const panel = await h.context.newPage();
    // Records when every row is in the document, and when the frame showing them was painted.
    await panel.addInitScript((n: number) => {
      new MutationObserver((_, observer) => {
        if (document.querySelectorAll('.tm-session').length < n && !document.querySelector('main > section > button')) return;
        observer.disconnect();
        performance.mark('rows');
        requestAnimationFrame(() => setTimeout(() => performance.mark('painted')));
      }).observe(document, { childList: true, subtree: true });
    }, count);
    const runs: { fcp: number; rows: number; painted: number }[] = [];
    for (let i = 0; i < 5; i++) {
      await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.waitForFunction(() => performance.getEntriesByName('painted').length > 0, undefined, { timeout: 60_000 });
      runs.push(
        await panel.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          rows: performance.getEntriesByName('rows')[0]!.startTime,
          painted: performance.getEntriesByName('painted')[0]!.startTime,
        })),
      );
    }
    console.log(`\nside panel on a schedule tab of ${count.toLocaleString('en')} annotated sessions, Chromium headless, median of 5 loads:`);
    console.log(`  first contentful paint (the "Reading this tab…" line)  ${ms(median(runs.map((r) => r.fcp)))}`);
    console.log(`  the first 100 rows (starred first) in the document      ${ms(median(runs.map((r) => r.rows)))}`);
    console.log(`  the frame showing them painted                          ${ms(median(runs.map((r) => r.painted)))}`);
  } finally {
    await h.close();
  }
}

await rescheduling(Number(process.env.BENCH_ANNOTATIONS ?? 10_000));
await firstPaint(Number(process.env.BENCH_PANEL ?? 2_000));
