import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SyncSim } from '../support/sync-sim';

const keys = ['sched:demo2026:a', 'sched:demo2026:b'];
const tags = ['ebpf', 'security', 'day-1'];

type Op =
  | { kind: 'note' | 'star' | 'rate' | 'tag' | 'untag'; device: number; key: number; value: number }
  | { kind: 'put' | 'delete'; device: number; item: number; owner: number }
  | { kind: 'sync'; device: number };

const device = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constantFrom('note', 'star', 'rate', 'tag', 'untag', 'tag', 'untag'), device, key: fc.integer({ min: 0, max: 1 }), value: fc.integer({ min: 0, max: 2 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constantFrom('put', 'delete'), device, item: fc.integer({ min: 0, max: 2 }), owner: device }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('sync'), device }), weight: 2 },
) as fc.Arbitrary<Op>;

/** Runs the edits, then lets every device sync until nothing changes: returns the simulation and what it recorded. */
function run(ops: Op[]) {
  const sim = new SyncSim(['aaaaaaaa', 'bbbbbbbb', 'cccccccc']);
  /** Note texts written, and whether a later edit by a device that had them replaced them on purpose. */
  const notes: { key: string; text: string; replaced: boolean }[] = [];
  const removedTags: { key: string; tag: string; at: number; device: number }[] = [];
  const addedTags: { key: string; tag: string; at: number; device: number }[] = [];
  const deleted: { id: string; at: number }[] = [];
  const puts: { id: string; at: number }[] = [];
  // Own item ids are random per device: a device creates its own ids once, and edits any it holds.
  const created = new Set<string>();
  for (const o of ops) {
    const d = sim.devices[o.device]!;
    if (o.kind === 'sync') {
      sim.sync(d);
    } else if (o.kind === 'put') {
      const id = `o${o.owner}${o.item}`;
      if (!d.ownItems.has(id) && (o.owner !== o.device || created.has(id))) continue;
      created.add(id);
      sim.putOwn(d, id, `item ${sim.t}`);
      puts.push({ id, at: sim.t });
    } else if (o.kind === 'delete') {
      const id = `o${o.owner}${o.item}`;
      if (!d.ownItems.delete(id)) continue;
      deleted.push({ id, at: sim.tick() });
    } else if ('key' in o) {
      const key = keys[o.key]!;
      const current = d.annotations.get(key);
      if (o.kind === 'note') {
        const text = `«${d.id[0]}${sim.t + 1}»`;
        for (const n of notes) if (n.key === key && current?.note.includes(n.text)) n.replaced = true;
        sim.edit(d, key, () => ({ note: text }), 'note');
        notes.push({ key, text, replaced: false });
      } else if (o.kind === 'star') {
        sim.edit(d, key, (a) => ({ starred: !a.starred }), 'starred');
      } else if (o.kind === 'rate') {
        sim.edit(d, key, () => ({ rating: o.value + 1 }), 'rating');
      } else {
        // An untag removes one of the tags the device shows, so removals are as common as additions.
        const shown = current?.tags ?? [];
        const tag = o.kind === 'untag' && shown.length ? shown[o.value % shown.length]! : tags[o.value]!;
        const has = shown.includes(tag);
        if (o.kind === 'tag' && !has) sim.edit(d, key, (a) => ({ tags: [...a.tags, tag] }), 'tags');
        else if (o.kind === 'untag' && has) sim.edit(d, key, (a) => ({ tags: a.tags.filter((t) => t !== tag) }), 'tags');
        else continue;
        (o.kind === 'tag' ? addedTags : removedTags).push({ key, tag, at: sim.t, device: o.device });
      }
    }
  }
  for (let round = 0; round < 4; round++) for (const d of sim.devices) sim.sync(d);
  return { sim, notes, removedTags, addedTags, deleted, puts };
}

describe('sync between devices through one folder (pure core)', () => {
  it('converges whatever the edits and sync order, losing no note written apart and bringing back nothing deleted', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { sim, notes, removedTags, addedTags, deleted, puts } = run(ops);
        const [a, b, c] = sim.devices.map((d) => sim.view(d));
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        const note = (key: string) => a!.annotations.find((x) => x.key === key)?.note ?? '';
        for (const n of notes) if (!n.replaced) expect(note(n.key)).toContain(n.text);
        for (const r of removedTags) {
          // Added again later, or added by another device too (it may not have seen the removal): not this property.
          const readded = addedTags.some((x) => x.key === r.key && x.tag === r.tag && (x.at > r.at || x.device !== r.device));
          if (!readded) expect(a!.annotations.find((x) => x.key === r.key)?.tags ?? []).not.toContain(r.tag);
        }
        for (const del of deleted) {
          if (!puts.some((p) => p.id === del.id && p.at > del.at)) expect(a!.own.some((o) => o.startsWith(`${del.id}:`))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps both texts of a note edited on two devices while apart, on both', () => {
    const { sim } = run([
      { kind: 'note', device: 0, key: 0, value: 0 },
      { kind: 'sync', device: 0 },
      { kind: 'sync', device: 1 },
      { kind: 'note', device: 0, key: 0, value: 0 },
      { kind: 'note', device: 1, key: 0, value: 0 },
    ]);
    const [a, b] = sim.devices.map((d) => sim.view(d).annotations[0]!.note);
    expect(a).toBe(b);
    expect(a).toMatch(/«a\d+»[\s\S]*Also kept: the note from device bbbbbb[\s\S]*«b\d+»|«b\d+»[\s\S]*Also kept: the note from device aaaaaa[\s\S]*«a\d+»/);
  });

  it('a tag removed on one device stays removed when another device’s older file still has it', () => {
    const { sim } = run([
      { kind: 'tag', device: 0, key: 0, value: 0 },
      { kind: 'sync', device: 0 },
      { kind: 'sync', device: 1 },
      { kind: 'untag', device: 1, key: 0, value: 0 },
      { kind: 'sync', device: 1 },
    ]);
    for (const d of sim.devices) expect(sim.view(d).annotations[0]!.tags).toEqual([]);
  });

  it('an own item deleted on one device stays deleted everywhere', () => {
    const { sim } = run([
      { kind: 'put', device: 0, item: 0, owner: 0 },
      { kind: 'sync', device: 0 },
      { kind: 'sync', device: 1 },
      { kind: 'delete', device: 1, item: 0, owner: 0 },
    ]);
    for (const d of sim.devices) expect(sim.view(d).own).toEqual([]);
  });
});
