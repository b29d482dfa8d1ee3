// `npx tsx bench/changes.ts`: what schedule changes cost, in Node (fake-indexeddb).
// 1. The diff of two full schedules of 2,000 sessions (the re-import preview): 200 moved, 100 renamed, 100 re-roomed,
//    40 dropped, 40 added.
// 2. Recording a 2,000-entry page as the content script sends it (4 batches of 500) in a profile where 200 of its
//    sessions are annotated: the page seen unchanged, then the page with 100 annotated and 400 other sessions moved.
import 'fake-indexeddb/auto';
import { patchAnnotation, recordSeen } from '../lib/db/annotations';
import { changesOf } from '../lib/db/changes';
import { TalkmarksDb } from '../lib/db/database';
import { diffSchedules } from '../lib/merge/schedule-diff';
import type { Conference, ScheduleEntry } from '../lib/model/schema';

const conf: Conference = { id: 'sched:bench2026', platform: 'sched', event: 'bench2026', name: 'Bench', timeZone: 'Europe/Amsterdam' };
const N = 2_000;
const minute = 60_000;
const t0 = Date.UTC(2026, 2, 24, 8);

const session = (i: number): ScheduleEntry => ({
  key: `${conf.id}:s${i.toString(36)}X`,
  conference: conf.id,
  aliases: [],
  title: `Talk ${i} about things`,
  speakers: [{ name: `Speaker ${i}` }],
  url: `https://bench2026.sched.com/event/s${i.toString(36)}X/talk`,
  start: new Date(t0 + (i % 40) * 30 * minute + Math.floor(i / 40) * 86_400_000 / 10).toISOString(),
  end: new Date(t0 + (i % 40) * 30 * minute + Math.floor(i / 40) * 86_400_000 / 10 + 25 * minute).toISOString(),
  timeZone: 'Europe/Amsterdam',
  room: `Room ${i % 50}`,
});

const shifted = (e: ScheduleEntry, minutes: number): ScheduleEntry => ({
  ...e,
  start: new Date(Date.parse(e.start!) + minutes * minute).toISOString(),
  end: new Date(Date.parse(e.end!) + minutes * minute).toISOString(),
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(runs: number, run: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    out.push(performance.now() - start);
  }
  return out;
}

async function seenInBatches(db: TalkmarksDb, entries: ScheduleEntry[], now: number): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) await recordSeen(db, conf, entries.slice(i, i + 500), now, 'https://bench2026.sched.com/');
}

async function main() {
  const before = Array.from({ length: N }, (_, i) => session(i));
  const after = [
    ...before.slice(40).map((e, i) => (i < 200 ? shifted(e, 15) : i < 300 ? { ...e, title: `${e.title} (updated)` } : i < 400 ? { ...e, room: 'Hall 8' } : e)),
    ...Array.from({ length: 40 }, (_, i) => session(N + i)),
  ];
  const diffTimes = await time(21, () => diffSchedules(before, after));
  const diff = diffSchedules(before, after);
  console.log(`diff of two ${N}-session schedules: median ${median(diffTimes).toFixed(1)} ms (min ${Math.min(...diffTimes).toFixed(1)}) → ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`);

  const unchanged: number[] = [];
  const moved: number[] = [];
  let recorded = 0;
  for (let run = 0; run < 5; run++) {
    const db = new TalkmarksDb(`bench-changes-${run}`);
    await seenInBatches(db, before, 1000);
    // Every tenth session annotated: 200 of the page's 2,000.
    for (let i = 0; i < N; i += 10) await patchAnnotation(db, before[i]!.key, conf.id, { starred: true }, undefined, 1100);
    unchanged.push((await time(1, () => seenInBatches(db, before, 2000)))[0]!);
    // 500 sessions moved: the first 1,000 sessions' every other one, so 100 of them are annotated.
    const later = before.map((e, i) => (i < 1000 && i % 2 === 0 ? shifted(e, 15) : e));
    moved.push((await time(1, () => seenInBatches(db, later, 3000)))[0]!);
    recorded = (await changesOf(db, conf.id)).length;
    await db.delete();
  }
  console.log(`a ${N}-entry page (4 × 500), 200 sessions annotated: seen unchanged median ${median(unchanged).toFixed(0)} ms; ` +
    `with 500 sessions moved (${recorded} changes recorded) median ${median(moved).toFixed(0)} ms (5 runs each)`);
}

void main();
