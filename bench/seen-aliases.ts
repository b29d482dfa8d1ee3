// `npx tsx bench/seen-aliases.ts`: what recording a page costs with its aliases vetted (lib/db/merges.ts) in Node
// (fake-indexeddb): N sched entries, each a short id with its 32-hex id, seen once (all new) and then twice again
// (every alias now owned by its record, so every ownership lookup hits).
import 'fake-indexeddb/auto';
import { recordSeen } from '../lib/db/annotations';
import { TalkmarksDb } from '../lib/db/database';
import type { Conference, ScheduleEntry } from '../lib/model/schema';

const conf: Conference = { id: 'sched:bench2026', platform: 'sched', event: 'bench2026', name: 'Bench' };

async function main() {
  for (const n of [2_000, 10_000]) {
    const entries: ScheduleEntry[] = Array.from({ length: n }, (_, i) => ({
      key: `${conf.id}:s${i.toString(36)}X`,
      conference: conf.id,
      aliases: [`${conf.id}:${i.toString(16).padStart(32, '0')}`],
      title: `Talk ${i}`,
      speakers: [],
      url: `https://bench2026.sched.com/event/s${i.toString(36)}X/talk`,
    }));
    const db = new TalkmarksDb(`bench-seen-${n}`);
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      await recordSeen(db, conf, entries, 1000 + run);
      times.push(performance.now() - start);
    }
    console.log(`${n} entries: first ${times[0]!.toFixed(0)} ms, again ${times[1]!.toFixed(0)} ms and ${times[2]!.toFixed(0)} ms`);
    await db.delete();
  }
}

void main();
