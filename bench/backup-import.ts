// `npm run bench:backup-import`: a backup of 10,000 annotated sessions, read and merged in Node (fake-indexeddb) and
// imported through the real dashboard in Chromium. Prints figures; asserts nothing.
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupData, importBackup } from '../lib/db/backup';
import type { BackupData } from '../lib/model/backup';
import { TalkmarksDb } from '../lib/db/database';
import { backupJson } from '../lib/backup/write';
import { readBackup } from '../lib/backup/read';
import type { Annotation, Conference, OwnItem } from '../lib/model/schema';
import { extensionDir, launchExtension } from '../tests/e2e/harness';
import { entries } from '../tests/support/profile';

const COUNT = Number(process.env.BENCH_ANNOTATIONS ?? 10_000);
const OWN_PER_CONFERENCE = 25;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

function profile(count: number): BackupData {
  const perConference = Math.ceil(count / 4);
  const conferences: Conference[] = Array.from({ length: 4 }, (_, i) => ({
    id: `sched:bench${i}2026`, platform: 'sched', event: `bench${i}2026`, name: `Bench Conf ${i}`, url: `https://bench${i}2026.sched.com/`, timeZone: 'Europe/Amsterdam',
  }));
  const sessions = conferences.flatMap((c) => entries(c, perConference)).slice(0, count).map((e, i) => ({ ...e, seenAt: 1_770_000_000_000 + i }));
  const annotations: Annotation[] = sessions.map((s, i) => ({
    key: s.key, conference: s.conference, starred: i % 2 === 0, rating: i % 3 ? (i % 5) + 1 : null,
    note: i % 4 ? '' : `Notes on ${s.title}: ${'the speaker showed how the rollout works, with numbers. '.repeat(3)}`,
    tags: i % 5 ? ['security', `day-${i % 4}`] : [], priority: i % 7 ? null : 'must', alternative: false, watchLater: i % 9 === 0, updatedAt: 1_770_000_000_000 + i, fieldUpdatedAt: { starred: 1_770_000_000_000 + i },
  }));
  // Own items: a meeting or booth shift a day, four days, at each conference.
  const ownItems: OwnItem[] = conferences.flatMap((c, i) =>
    Array.from({ length: OWN_PER_CONFERENCE }, (_, j) => {
      const start = Date.UTC(2026, 2, 24 + (j % 4), 11 + (j % 6), (j % 2) * 30);
      return {
        id: `bench${i}-${j}`, conference: c.id, title: j % 3 ? `Meeting ${j} with the platform team` : `Booth duty ${j}`,
        start: new Date(start).toISOString(), end: new Date(start + 45 * 60_000).toISOString(), timeZone: 'Europe/Amsterdam',
        place: j % 2 ? 'Booth S12' : '', note: j % 4 ? '' : `Bring the demo laptop (${j}).`, alternative: j % 10 === 0, updatedAt: 1_770_000_000_000 + j,
      };
    }),
  );
  return { conferences: conferences.map((c) => ({ ...c, seenAt: 1 })), sessions, annotations, ownItems };
}

async function inNode(text: string) {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let t = performance.now();
  const read = readBackup(text);
  const readMs = performance.now() - t;
  const heap1 = process.memoryUsage().heapUsed;
  if (!read.ok) throw new Error('bench file unreadable');
  const db = new TalkmarksDb(`bench-${Date.now()}`);
  t = performance.now();
  const first = await importBackup(db, read.backup, 'bench.json');
  const emptyMs = performance.now() - t;
  t = performance.now();
  const again = await importBackup(db, read.backup, 'bench.json');
  const mergeMs = performance.now() - t;
  const roundTrip = backupJson(await backupData(db)) === text;
  await db.delete();
  return { readMs, heapMb: (heap1 - heap0) / 1024 / 1024, emptyMs, mergeMs, first, again, roundTrip };
}

async function inChromium(file: string) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const h = await launchExtension();
  try {
    // Backup import is in the dashboard's Data view.
    const page = await h.extensionPage('dashboard.html#view=data');
    await page.bringToFront();
    await page.getByRole('button', { name: 'Import…' }).waitFor();
    // Longest gap between animation frames while the import runs: what a user feels as a frozen page.
    // (A string: tsx would wrap a named function in a helper the page does not have.)
    await page.evaluate(`(() => {
      window.tmGaps = [];
      window.tmStop = false;
      window.tmPhases = [];
      let last = performance.now();
      const tick = (now) => {
        window.tmGaps.push([now, now - last]);
        last = now;
        if (!window.tmStop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      new MutationObserver(() => {
        const status = document.querySelector('dialog [role=status], dialog [data-testid=tm-import-counts]');
        const text = status && status.textContent;
        if (text && window.tmPhases.at(-1)?.[1] !== text) window.tmPhases.push([performance.now(), text]);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    const heapBefore = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    const started = Date.now();
    await page.locator('input[type=file]').setInputFiles(file);
    const close = page.getByRole('dialog').getByRole('button', { name: 'Close' });
    await close.waitFor();
    while (!(await close.isEnabled())) await page.waitForTimeout(20);
    const importMs = Date.now() - started;
    const counts = await page.getByTestId('tm-import-counts').textContent();
    const frames = await page.evaluate(`(() => {
      window.tmStop = true;
      return { gaps: window.tmGaps, phases: window.tmPhases };
    })()`) as { gaps: [number, number][]; phases: [number, string][] };
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    // The dashboard opened afresh on the imported profile: its own cost, apart from the import.
    const opened = Date.now();
    const fresh = await h.extensionPage('dashboard.html');
    await fresh.bringToFront();
    while ((await fresh.locator('.tm-session').count()) === 0) await fresh.waitForTimeout(50);
    const dashboardMs = Date.now() - opened;
    const rows = await fresh.locator('.tm-session').count();
    return { importMs, counts, heap, heapBefore, dashboardMs, rows, ...gapsByPhase(frames.gaps, frames.phases) };
  } finally {
    await h.close();
  }
}

/** Longest frame gap while the worker read, checked and wrote, and after it reported (the dashboard re-rendering). */
function gapsByPhase(gaps: [number, number][], phases: [number, string][]) {
  const done = phases.find(([, text]) => /added/.test(text))?.[0] ?? Infinity;
  const during = gaps.filter(([at]) => at <= done).map(([, gap]) => gap);
  const after = gaps.filter(([at]) => at > done).map(([, gap]) => gap);
  return {
    frames: gaps.length,
    phases: phases.map(([at, text]) => `${(at - (phases[0]?.[0] ?? 0)).toFixed(0)} ms ${text.slice(0, 40)}`),
    duringMax: Math.max(0, ...during),
    afterMax: Math.max(0, ...after),
  };
}

/** The same file parsed on a page's own thread, for comparison: what the worker spares the dashboard. */
async function mainThreadParse(text: string) {
  const h = await launchExtension();
  try {
    const page = await h.extensionPage('dashboard.html');
    return await page.evaluate((t) => {
      const start = performance.now();
      JSON.parse(t);
      return performance.now() - start;
    }, text);
  } finally {
    await h.close();
  }
}

const data = profile(COUNT);
const text = backupJson(data);
const file = join(tmpdir(), `talkmarks-bench-${COUNT}.json`);
await writeFile(file, text);
console.log(
  `Backup of ${COUNT.toLocaleString('en')} annotations, ${data.sessions.length.toLocaleString('en')} session snapshots and ${data.ownItems.length} own items: ${mb(text.length)}\n`,
);

const node = await inNode(text);
console.log('Node (fake-indexeddb):');
console.log(`  read + validate     ${ms(node.readMs)}   heap +${node.heapMb.toFixed(0)} MB`);
console.log(`  import, empty       ${ms(node.emptyMs)}   added ${node.first.added}, total ${node.first.total}; own items added ${node.first.ownItems.added}`);
console.log(`  import again        ${ms(node.mergeMs)}   unchanged ${node.again.unchanged}, updated ${node.again.updated}; own items unchanged ${node.again.ownItems.unchanged}`);
console.log(`  export again equal  ${node.roundTrip}\n`);

const chromium = await inChromium(file);
console.log('Chromium, dashboard → worker → IndexedDB:');
console.log(`  import, empty profile  ${ms(chromium.importMs)}   (${chromium.counts})`);
console.log(`  page frames            ${chromium.frames}; longest gap while importing ${ms(chromium.duringMax)}, after (dashboard re-render) ${ms(chromium.afterMax)}`);
const timeline = chromium.phases.filter((p, i, all) => i === 0 || !/Checking/.test(p) || !/Checking/.test(all[i + 1] ?? ''));
console.log(`  dialog timeline        ${timeline.join(' → ')}`);
console.log(`  page JS heap           ${mb(chromium.heapBefore)} before, ${mb(chromium.heap)} after (the dashboard now lists every session)`);
console.log(`  dashboard opened anew  ${ms(chromium.dashboardMs)} to list ${chromium.rows.toLocaleString('en')} sessions`);
console.log(`  (JSON.parse of the same file on the page's own thread would block it ${ms(await mainThreadParse(text))})`);
