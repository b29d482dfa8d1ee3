/**
 * Sync of 10,000 annotations, pure part (no server): the device file's size raw and gzipped, reading it, a first
 * merge into an empty device, a sync after one change, and the same file encrypted (key derivation, seal, open).
 * Prints figures only. `npx tsx bench/sync.ts`
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { deviceFileJson, MAX_DEVICE_FILE_BYTES, readDeviceFile } from '../lib/sync/file';
import { createKeyring, KDF_ITERATIONS, unseal } from '../lib/sync/crypto';
import { finishClocks, mergeDeviceFile, noChanges, noClocks, observeLocal, type SyncWork } from '../lib/merge/sync-state';
import type { Annotation } from '../lib/model/schema';
import { emptyFields } from '../lib/model/fields';

const N = 10_000;
const annotations: Annotation[] = Array.from({ length: N }, (_, i) => ({
  key: `sched:kccnceu2026:s${i}`, conference: 'sched:kccnceu2026', ...emptyFields,
  starred: i % 2 === 0, rating: (i % 5) + 1, tags: i % 3 ? ['security'] : ['ebpf', 'day-1'],
  note: i % 4 ? '' : `Take-away ${i}: the speaker showed how to trace syscalls with eBPF without rebuilding the kernel.`,
  updatedAt: 1_000 + i, fieldUpdatedAt: { starred: 1_000 + i, rating: 1_000 + i, tags: 1_000 + i, note: 1_000 + i },
}));
const conference = { id: 'sched:kccnceu2026', platform: 'sched' as const, event: 'kccnceu2026', name: 'KubeCon EU 2026', seenAt: 1 };

const work = (me: string, list: Annotation[], clocks = noClocks()): SyncWork => ({
  me, now: 50_000, annotations: new Map(list.map((a) => [a.key, a])), ownItems: new Map(), conferences: new Map(), sessions: new Map(), clocks,
  journals: new Map(), templates: new Map(), noteNames: new Map(), layers: new Map(), changed: noChanges(), readAtOf: new Map(),
});
const time = <T>(f: () => T): [T, number] => { const t = performance.now(); const r = f(); return [r, performance.now() - t]; };
const timeAsync = async <T>(f: () => Promise<T>): Promise<[T, number]> => { const t = performance.now(); const r = await f(); return [r, performance.now() - t]; };

const a = work('aaaaaaaaaa', annotations);
const [text, writeMs] = time(() => { observeLocal(a); return deviceFileJson(finishClocks(a), { conferences: [conference], sessions: [], annotations, ownItems: [] }); });
const [read, readMs] = time(() => readDeviceFile(text));
if (!read.ok) throw new Error(read.error);
const b = work('bbbbbbbbbb', []);
const [, firstMs] = time(() => { observeLocal(b); mergeDeviceFile(b, read.file); finishClocks(b); });
const changed = [...b.annotations.values()];
changed[0] = { ...changed[0]!, note: 'edited', fieldUpdatedAt: { ...changed[0]!.fieldUpdatedAt, note: 60_000 }, updatedAt: 60_000 };
const b2 = work('bbbbbbbbbb', changed, b.clocks);
const [, oneMs] = time(() => { observeLocal(b2); mergeDeviceFile(b2, read.file); finishClocks(b2); });
console.log(`device file, ${N} annotations: ${(text.length / 1048576).toFixed(2)} MB raw, ${(gzipSync(text).length / 1048576).toFixed(2)} MB gzipped`);
console.log(`write ${writeMs.toFixed(0)} ms, read+check ${readMs.toFixed(0)} ms, first merge into an empty device ${firstMs.toFixed(0)} ms, merge after one change ${oneMs.toFixed(0)} ms (${b2.changed.annotations.size} changed)`);

// The rest a device file carries: a conference's day journals and colleague layers received by link.
const journals = Array.from({ length: 30 }, (_, i) => ({ id: `sched:kccnceu2026|2026-03-${String(i + 1).padStart(2, '0')}`, conference: 'sched:kccnceu2026', day: `2026-03-${String(i + 1).padStart(2, '0')}`, note: `Day ${i}: `.padEnd(2000, 'notes '), updatedAt: 2_000 + i, fieldUpdatedAt: { note: 2_000 + i } }));
const layers = Array.from({ length: 20 }, (_, i) => ({
  id: `sched:kccnceu2026/colleague${String(i).padStart(3, '0')}`, conference: 'sched:kccnceu2026', sharer: `colleague${String(i).padStart(3, '0')}`, name: `Colleague ${i}`,
  sharedAt: 3_000, receivedAt: 3_000 + i, hidden: false, include: { stars: true, ratings: true, tags: true, notes: true },
  picks: annotations.slice(i * 200, i * 200 + 200).map((x) => ({ key: x.key, starred: true, rating: x.rating, tags: x.tags, note: x.note })),
}));
const c = work('cccccccccc', annotations);
for (const j of journals) c.journals.set(j.id, j);
for (const l of layers) c.layers.set(l.id, l);
const [fullText, fullWriteMs] = time(() => { observeLocal(c); return deviceFileJson(finishClocks(c), { conferences: [conference], sessions: [], annotations, ownItems: [], journals }, layers); });
const fullRead = readDeviceFile(fullText);
if (!fullRead.ok) throw new Error(fullRead.error);
const d = work('dddddddddd', []);
const [, fullMergeMs] = time(() => { observeLocal(d); mergeDeviceFile(d, fullRead.file); finishClocks(d); });
console.log(`with ${journals.length} day journals and ${layers.length} colleague layers of 200 picks: ${(fullText.length / 1048576).toFixed(2)} MB raw, ${(gzipSync(fullText).length / 1048576).toFixed(2)} MB gzipped; write ${fullWriteMs.toFixed(0)} ms, first merge ${fullMergeMs.toFixed(0)} ms`);

// Encrypted: the first seal derives this device's key (PBKDF2, on purpose slow), the second reuses it; a reader
// derives the writer's key once per salt, then only decrypts.
const ring = createKeyring('correct horse battery staple');
const [, firstSealMs] = await timeAsync(() => ring.seal(text));
const [sealed, sealMs] = await timeAsync(() => ring.seal(text));
const reader = createKeyring('correct horse battery staple');
const [, firstOpenMs] = await timeAsync(() => unseal(sealed, reader, MAX_DEVICE_FILE_BYTES));
const [opened, openMs] = await timeAsync(() => unseal(sealed, reader, MAX_DEVICE_FILE_BYTES));
if (!opened.ok || opened.text !== text) throw new Error('the sealed file did not open to the same text');
console.log(`encrypted (PBKDF2-SHA-256 ${KDF_ITERATIONS.toLocaleString('en')} iterations → AES-GCM, deflated first): ${(sealed.length / 1048576).toFixed(2)} MB on the server`);
console.log(`seal ${firstSealMs.toFixed(0)} ms with key derivation, ${sealMs.toFixed(0)} ms after; open ${firstOpenMs.toFixed(0)} ms with key derivation, ${openMs.toFixed(0)} ms after`);
