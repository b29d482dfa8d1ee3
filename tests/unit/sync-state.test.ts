import { describe, expect, it } from 'vitest';
import { finishClocks, mergeDeviceFile, noChanges, noClocks, observeLocal, type DeviceFile, type LocalClocks, type SyncWork } from '../../lib/merge/sync-state';
import { emptyFields } from '../../lib/model/fields';
import type { ConferenceRecord, SessionRecord } from '../../lib/model/backup';
import type { Annotation, OwnItem } from '../../lib/model/schema';
import type { SyncClocks } from '../../lib/model/sync';

const me = 'aaaaaaaa';
const them = 'bbbbbbbb';
const conference = 'sched:demo2026';
const key = `${conference}:a1`;

const annotation = (fields: Partial<Annotation>, fieldUpdatedAt: Annotation['fieldUpdatedAt'], updatedAt = 100): Annotation => ({
  key, conference, ...emptyFields, ...fields, updatedAt, fieldUpdatedAt,
});
const own = (id: string, title: string, updatedAt: number): OwnItem => ({
  id, conference, title, start: '2026-03-24T09:00:00.000Z', end: '2026-03-24T10:00:00.000Z', timeZone: 'UTC', place: '', note: '', alternative: false, updatedAt,
});
const session = (title: string, seenAt: number): SessionRecord => ({ key, conference, aliases: [], title, speakers: [], seenAt });
const conf = (name: string, seenAt: number): ConferenceRecord => ({ id: conference, platform: 'sched', event: 'demo2026', name, seenAt });

function work(records: { annotations?: Annotation[]; ownItems?: OwnItem[]; sessions?: SessionRecord[]; conferences?: ConferenceRecord[] } = {}, clocks: Partial<LocalClocks> = {}, now = 1000): SyncWork {
  return {
    me, now,
    annotations: new Map((records.annotations ?? []).map((a) => [a.key, a])),
    ownItems: new Map((records.ownItems ?? []).map((o) => [o.id, o])),
    conferences: new Map((records.conferences ?? []).map((c) => [c.id, c])),
    sessions: new Map((records.sessions ?? []).map((s) => [s.key, s])),
    journals: new Map(), templates: new Map(), noteNames: new Map(), layers: new Map(),
    clocks: { ...noClocks(), ...clocks },
    changed: noChanges(),
    readAtOf: new Map(),
  };
}

function file(records: Partial<Omit<DeviceFile, 'clocks'>> = {}, clocks: Partial<SyncClocks> = {}): DeviceFile {
  return {
    clocks: { device: them, writtenAt: 900, tags: {}, notes: {}, readAt: {}, removedOwnItems: {}, journalNotes: {}, removedLayers: {}, ...clocks },
    annotations: [], ownItems: [], conferences: [], sessions: [], journals: [], templates: [], noteNames: [], layers: [], ...records,
  };
}

/** Observes this device's edits and returns the clocks its file would carry. */
function observed(w: SyncWork): SyncClocks {
  observeLocal(w);
  return finishClocks(w);
}

describe('what a device file says of the edits made since the last sync', () => {
  it('a tag added counts from just after the last sync, or from its own earlier stamp', () => {
    expect(observed(work({ annotations: [annotation({ tags: ['ebpf'] }, { tags: 150 })] }, { syncedAt: 100 })).tags).toEqual({ [key]: { ebpf: [101, 0] } });
    expect(observed(work({ annotations: [annotation({ tags: ['ebpf'] }, { tags: 50 })] }, { syncedAt: 100 })).tags).toEqual({ [key]: { ebpf: [50, 0] } });
  });

  it('a tag added again after a removal counts from after that removal', () => {
    const w = work({ annotations: [annotation({ tags: ['ebpf'] }, { tags: 150 })] }, { syncedAt: 100, tags: { [key]: { ebpf: [10, 120] } } });
    expect(observed(w).tags[key]).toEqual({ ebpf: [121, 120] });
  });

  it('a tag removed counts from when the tags last changed, and never before it was added', () => {
    const clock = { tags: { [key]: { ebpf: [101, 0] as [number, number], kept: [90, 0] as [number, number] } }, syncedAt: 100 };
    expect(observed(work({ annotations: [annotation({ tags: ['kept'] }, { tags: 300 })] }, structuredClone(clock))).tags[key]).toEqual({ ebpf: [101, 300], kept: [90, 0] });
    // A device whose clock is behind: the removal still counts after the add.
    expect(observed(work({ annotations: [annotation({ tags: ['kept'] }, { tags: 20 })] }, structuredClone(clock))).tags[key]).toEqual({ ebpf: [101, 102], kept: [90, 0] });
  });

  it('a session never tagged carries no tag clock', () => {
    expect(observed(work({ annotations: [annotation({ starred: true }, { starred: 150 })] })).tags).toEqual({});
  });

  it('a note written here is this device’s; one merged from another device keeps its author', () => {
    expect(observed(work({ annotations: [annotation({ note: 'Mine.' }, { note: 150 })] })).notes).toEqual({ [key]: [me, 150] });
    const merged = work({ annotations: [annotation({ note: 'Theirs.' }, { note: 150 })] }, { notes: { [key]: [them, 150] } });
    expect(observed(merged).notes).toEqual({ [key]: [them, 150] });
  });

  it('an own item gone since the last sync was deleted here: tombstoned now; one still here is not', () => {
    const w = work({ ownItems: [own('kept', 'Lunch', 50)] }, { ownKnown: ['gone', 'kept'] }, 700);
    expect(observed(w).removedOwnItems).toEqual({ gone: 700 });
  });

  it('a fresh device’s first sync tombstones nothing', () => {
    const clocks = observed(work({}, noClocks()));
    expect([clocks.removedOwnItems, clocks.removedLayers]).toEqual([{}, {}]);
  });

  it('the file names this device, is written now, and what it holds is remembered for the next sync', () => {
    const w = work({ ownItems: [own('zz', 'Z', 5), own('aa', 'A', 5)] }, {}, 1234);
    const include = { stars: true, ratings: true, tags: true, notes: true };
    for (const sharer of ['zed', 'amy']) w.layers.set(`${conference}/${sharer}`, { id: `${conference}/${sharer}`, conference, sharer, name: sharer, sharedAt: 1, receivedAt: 2, hidden: false, include, picks: [] });
    const clocks = observed(w);
    expect(clocks).toMatchObject({ device: me, writtenAt: 1234 });
    expect(w.clocks).toMatchObject({ ownKnown: ['aa', 'zz'], layersKnown: [`${conference}/amy`, `${conference}/zed`], syncedAt: 1234 });
  });
});

describe('merging another device’s file (mergeDeviceFile)', () => {
  it('a session annotated only there arrives, with its note’s author', () => {
    const w = work();
    mergeDeviceFile(w, file({ annotations: [annotation({ note: 'Go.' }, { note: 150 })] }, { notes: { [key]: ['cccccccc', 150] } }));
    expect(w.annotations.get(key)?.note).toBe('Go.');
    expect(w.clocks.notes[key]).toEqual(['cccccccc', 150]);
    expect([...w.changed.annotations]).toEqual([key]);
    const unnamed = work();
    mergeDeviceFile(unnamed, file({ annotations: [annotation({ note: 'Go.' }, { note: 150 })] }));
    expect(unnamed.clocks.notes[key]).toEqual([them, 150]);
    const starOnly = work();
    mergeDeviceFile(starOnly, file({ annotations: [annotation({ starred: true }, { starred: 150 })] }));
    expect(starOnly.clocks.notes).toEqual({});
  });

  it('the same annotation on both sides changes nothing', () => {
    const a = annotation({ starred: true, note: 'Same.' }, { starred: 150, note: 150 });
    const w = work({ annotations: [a] }, { notes: { [key]: [me, 150] } });
    mergeDeviceFile(w, file({ annotations: [structuredClone(a)] }, { notes: { [key]: [me, 150] } }));
    expect(w.changed).toEqual(noChanges());
    expect(w.annotations.get(key)).toBe(a);
  });

  it('a field set later there is taken, with its stamp; a star alone gives no note stamp', () => {
    const w = work({ annotations: [annotation({ rating: 2 }, { rating: 100 }, 100)] });
    mergeDeviceFile(w, file({ annotations: [annotation({ starred: true, rating: 1 }, { starred: 200, rating: 50 }, 200)] }));
    const a = w.annotations.get(key)!;
    expect([a.starred, a.rating, a.updatedAt]).toEqual([true, 2, 200]);
    expect([a.fieldUpdatedAt.starred, a.fieldUpdatedAt.rating, a.fieldUpdatedAt.note]).toEqual([200, 100, undefined]);
    expect(w.clocks.notes).toEqual({});
    expect(w.changed.annotations.has(key)).toBe(true);
  });

  it('a note replaced there after reading this one: the replacement alone, stamped and authored there', () => {
    const w = work({ annotations: [annotation({ note: 'Draft.' }, { note: 100 }, 100)] }, { notes: { [key]: [me, 100] } });
    mergeDeviceFile(w, file({ annotations: [annotation({ note: 'Final.' }, { note: 300 }, 300)] }, { notes: { [key]: [them, 300] }, readAt: { [me]: 100 } }));
    const a = w.annotations.get(key)!;
    expect([a.note, a.fieldUpdatedAt.note, a.updatedAt]).toEqual(['Final.', 300, 300]);
    expect(w.clocks.notes[key]).toEqual([them, 300]);
  });

  it('a note written there without reading this one keeps both, as a new note by this device', () => {
    const w = work({ annotations: [annotation({ note: 'Draft.' }, { note: 100 }, 100)] }, { notes: { [key]: [me, 100] } }, 1000);
    mergeDeviceFile(w, file({ annotations: [annotation({ note: 'Final.' }, { note: 300 }, 300)] }, { notes: { [key]: [them, 300] }, readAt: { [me]: 99 } }));
    const a = w.annotations.get(key)!;
    expect(a.note).toMatch(/^Final\.\n\n.*device aaaaaa.*\n\nDraft\.$/);
    expect([a.fieldUpdatedAt.note, a.updatedAt]).toEqual([1000, 1000]);
    expect(w.clocks.notes[key]).toEqual([me, 1000]);
  });

  it('this device’s later note stays alone when this device had read the other; kept beside it when not', () => {
    const local = annotation({ note: 'Mine, later.' }, { note: 300 }, 300);
    const remote = annotation({ note: 'Theirs.' }, { note: 200 }, 200);
    const seen = work({ annotations: [local] }, { notes: { [key]: [me, 300] }, readAt: { [them]: 200 } });
    mergeDeviceFile(seen, file({ annotations: [remote] }, { notes: { [key]: [them, 200] } }));
    expect(seen.annotations.get(key)!.note).toBe('Mine, later.');
    expect(seen.clocks.notes[key]).toEqual([me, 300]);
    const unseen = work({ annotations: [local] }, { notes: { [key]: [me, 300] }, readAt: { [them]: 150 } });
    mergeDeviceFile(unseen, file({ annotations: [remote] }, { notes: { [key]: [them, 200] } }));
    expect(unseen.annotations.get(key)!.note).toContain('Theirs.');
  });

  it('what that device had read is remembered, never lowered', () => {
    const w = work({}, { readAt: { [them]: 500 } });
    mergeDeviceFile(w, file({}, { writtenAt: 300, readAt: { [me]: 42 } }));
    expect(w.clocks.readAt[them]).toBe(500);
    expect(w.readAtOf.get(them)).toEqual({ [me]: 42 });
    const fresh = work();
    mergeDeviceFile(fresh, file({}, { writtenAt: 300 }));
    expect(fresh.clocks.readAt[them]).toBe(300);
  });
});

describe('tags across devices', () => {
  it('a tag removed there later is removed here; one added there arrives after this device’s own, sorted', () => {
    const w = work({ annotations: [annotation({ tags: ['zeta', 'ebpf'] }, { tags: 100 }, 100)] }, { tags: { [key]: { zeta: [90, 0], ebpf: [100, 0] } } });
    mergeDeviceFile(w, file({}, { tags: { [key]: { ebpf: [100, 250], wasm: [240, 0], go: [230, 0] } } }));
    const a = w.annotations.get(key)!;
    expect(a.tags).toEqual(['zeta', 'go', 'wasm']);
    expect([a.fieldUpdatedAt.tags, a.updatedAt]).toEqual([250, 250]);
    expect(w.clocks.tags[key]).toEqual({ zeta: [90, 0], ebpf: [100, 250], wasm: [240, 0], go: [230, 0] });
    expect(w.changed.annotations.has(key)).toBe(true);
  });

  it('a tag only added there, or only removed there, is applied here', () => {
    const added = work({ annotations: [annotation({ tags: ['ebpf'] }, { tags: 100 }, 100)] }, { tags: { [key]: { ebpf: [100, 0] } } });
    mergeDeviceFile(added, file({}, { tags: { [key]: { ebpf: [100, 0], go: [200, 0] } } }));
    expect(added.annotations.get(key)!.tags).toEqual(['ebpf', 'go']);
    const removed = work({ annotations: [annotation({ tags: ['ebpf'] }, { tags: 100 }, 100)] }, { tags: { [key]: { ebpf: [100, 0] } } });
    mergeDeviceFile(removed, file({}, { tags: { [key]: { ebpf: [100, 200] } } }));
    expect(removed.annotations.get(key)!.tags).toEqual([]);
  });

  it('the tags’ stamp never goes back: the later of both sides, and of this side and the clocks', () => {
    const w = work({ annotations: [annotation({ tags: ['ebpf'] }, { tags: 100 }, 100)] }, { tags: { [key]: { ebpf: [100, 0] } } });
    mergeDeviceFile(w, file({ annotations: [annotation({ tags: ['ebpf'] }, { tags: 300 }, 300)] }, { tags: { [key]: { ebpf: [100, 0] } } }));
    expect(w.annotations.get(key)!.fieldUpdatedAt.tags).toBe(300);
    // Tagged here at 500, after the last sync at 100: the clock dates the add from 101, the stamp stays 500.
    const here = work({ annotations: [annotation({ tags: ['ebpf'] }, { tags: 500 }, 500)] }, { tags: { [key]: { ebpf: [101, 0] } } });
    mergeDeviceFile(here, file({}, { tags: { [key]: { go: [300, 0] } } }));
    expect(here.annotations.get(key)).toMatchObject({ tags: ['ebpf', 'go'], updatedAt: 500, fieldUpdatedAt: { tags: 500 } });
  });

  it('an older clock there changes nothing here', () => {
    const a = annotation({ tags: ['ebpf'] }, { tags: 100 }, 100);
    const w = work({ annotations: [a] }, { tags: { [key]: { ebpf: [100, 0], go: [50, 80] } } });
    mergeDeviceFile(w, file({}, { tags: { [key]: { ebpf: [60, 0], go: [50, 70] } } }));
    expect(w.annotations.get(key)).toBe(a);
    expect(w.clocks.tags[key]).toEqual({ ebpf: [100, 0], go: [50, 80] });
    expect(w.changed.annotations.size).toBe(0);
  });

  it('a clock for a session not annotated here adds no annotation', () => {
    const w = work();
    mergeDeviceFile(w, file({}, { tags: { [key]: { ebpf: [60, 0] } } }));
    expect(w.annotations.size).toBe(0);
    expect(w.clocks.tags[key]).toEqual({ ebpf: [60, 0] });
  });

  it('the tags of an annotation from there follow the merged clock, not its list', () => {
    const w = work({ annotations: [annotation({ starred: true, tags: [] }, { starred: 100, tags: 300 }, 300)] }, { tags: { [key]: { ebpf: [100, 300] } } });
    mergeDeviceFile(w, file({ annotations: [annotation({ starred: true, tags: ['ebpf'] }, { starred: 100, tags: 100 }, 100)] }, { tags: { [key]: { ebpf: [100, 0] } } }));
    expect(w.annotations.get(key)!.tags).toEqual([]);
  });
});

describe('own items and snapshots from another device', () => {
  it('a tombstone here newer than their copy keeps it out; theirs is merged in at its latest', () => {
    const w = work({}, { removedOwnItems: { o1: 50 } });
    mergeDeviceFile(w, file({ ownItems: [own('o1', 'Dinner', 40)] }, { removedOwnItems: { o1: 30, o2: 20 } }));
    expect(w.ownItems.size).toBe(0);
    expect(w.changed).toEqual(noChanges());
    expect(w.clocks.removedOwnItems).toEqual({ o1: 50, o2: 20 });
  });

  it('an item edited at the very stamp of its deletion stays deleted, on both sides', () => {
    const incoming = work();
    mergeDeviceFile(incoming, file({ ownItems: [own('o1', 'Dinner', 50)] }, { removedOwnItems: { o1: 50 } }));
    expect(incoming.ownItems.size).toBe(0);
    expect(incoming.changed).toEqual(noChanges());
    const here = work({ ownItems: [own('o1', 'Dinner', 50)] });
    mergeDeviceFile(here, file({}, { removedOwnItems: { o1: 50 } }));
    expect(here.ownItems.size).toBe(0);
    expect([...here.changed.deleted]).toEqual(['o1']);
    expect(here.changed.ownItems.size).toBe(0);
  });

  it('an item edited after its deletion comes back; a newer copy replaces an older one, not the reverse', () => {
    const w = work({ ownItems: [own('o2', 'Mine, newer', 80), own('o3', 'Mine, older', 10)] });
    mergeDeviceFile(w, file({ ownItems: [own('o1', 'Back', 60), own('o2', 'Theirs, older', 70), own('o3', 'Theirs, newer', 20)] }, { removedOwnItems: { o1: 55 } }));
    expect([...w.ownItems.values()].map((o) => o.title).sort()).toEqual(['Back', 'Mine, newer', 'Theirs, newer']);
    expect([...w.changed.ownItems].sort()).toEqual(['o1', 'o3']);
    expect(w.changed.deleted.size).toBe(0);
  });

  it('a session or conference seen later there replaces this device’s; one seen earlier does not', () => {
    const w = work({ sessions: [session('Old title', 100)], conferences: [conf('Demo', 100)] });
    mergeDeviceFile(w, file({ sessions: [session('New title', 200)], conferences: [conf('Demo 2026', 50)] }));
    expect(w.sessions.get(key)!.title).toBe('New title');
    expect(w.conferences.get(conference)!.name).toBe('Demo');
    expect([...w.changed.sessions, ...w.changed.conferences]).toEqual([key]);
    const empty = work();
    mergeDeviceFile(empty, file({ conferences: [conf('Demo 2026', 50)] }));
    expect([...empty.changed.conferences]).toEqual([conference]);
  });
});

describe('nothing to do', () => {
  it('an annotation older there in every field changes nothing here', () => {
    const a = annotation({ starred: true, tags: ['ebpf'], note: 'Mine.' }, { starred: 200, tags: 200, note: 200 }, 200);
    const w = work({ annotations: [a] }, { notes: { [key]: [me, 200] }, tags: { [key]: { ebpf: [200, 0] } }, readAt: { [them]: 100 } });
    mergeDeviceFile(w, file({ annotations: [annotation({ starred: false, tags: ['ebpf'], note: 'Mine.' }, { starred: 100, tags: 100, note: 100 }, 100)] }, { tags: { [key]: { ebpf: [100, 0] } }, notes: { [key]: [them, 100] } }));
    expect(w.annotations.get(key)).toBe(a);
    expect(w.changed).toEqual(noChanges());
  });

  it('the same own item on both sides changes nothing', () => {
    const w = work({ ownItems: [own('o1', 'Dinner', 50)] });
    mergeDeviceFile(w, file({ ownItems: [own('o1', 'Dinner', 50)] }));
    expect(w.changed).toEqual(noChanges());
  });

  it('tags new to this device arrive sorted after its own, whatever their order there', () => {
    const w = work({ annotations: [annotation({ tags: ['ebpf'] }, { tags: 100 }, 100)] }, { tags: { [key]: { ebpf: [100, 0] } } });
    mergeDeviceFile(w, file({ annotations: [annotation({ tags: ['zeta', 'ebpf', 'go'] }, { tags: 200 }, 200)] }, { tags: { [key]: { zeta: [200, 0], ebpf: [100, 0], go: [200, 0] } } }));
    expect(w.annotations.get(key)!.tags).toEqual(['ebpf', 'go', 'zeta']);
  });
});
