import type { Annotation, OwnItem } from '../../lib/model/schema';
import { finishClocks, mergeDeviceFile, noClocks, observeLocal, type DeviceFile, type LocalClocks, type SyncWork } from '../../lib/merge/sync-state';
import { emptyFields } from '../../lib/model/fields';

/** Devices syncing through an in-memory folder, with one logical clock: the pure sync core without a server. */
export interface SimDevice {
  id: string;
  annotations: Map<string, Annotation>;
  ownItems: Map<string, OwnItem>;
  clocks: LocalClocks;
}

export class SyncSim {
  t = 1;
  readonly devices: SimDevice[];
  readonly folder = new Map<string, DeviceFile>();

  constructor(ids: string[]) {
    this.devices = ids.map((id) => ({ id, annotations: new Map(), ownItems: new Map(), clocks: noClocks() }));
  }

  tick(): number {
    return ++this.t;
  }

  edit(d: SimDevice, key: string, change: (a: Annotation, now: number) => Partial<Annotation>, field: keyof Annotation['fieldUpdatedAt']): void {
    const now = this.tick();
    const before = d.annotations.get(key) ?? { key, conference: 'sched:demo2026', ...emptyFields, tags: [], updatedAt: now, fieldUpdatedAt: {} };
    d.annotations.set(key, { ...before, ...change(before, now), updatedAt: now, fieldUpdatedAt: { ...before.fieldUpdatedAt, [field]: now } });
  }

  putOwn(d: SimDevice, id: string, title: string): void {
    const now = this.tick();
    d.ownItems.set(id, {
      id, conference: 'sched:demo2026', title, start: '2026-03-24T09:00:00.000Z', end: '2026-03-24T10:00:00.000Z',
      timeZone: 'UTC', place: '', note: '', alternative: false, updatedAt: now,
    });
  }

  sync(d: SimDevice): void {
    const work: SyncWork = {
      me: d.id,
      now: this.tick(),
      annotations: new Map(d.annotations),
      ownItems: new Map(d.ownItems),
      conferences: new Map(),
      sessions: new Map(),
      clocks: structuredClone(d.clocks),
      changed: { annotations: new Set(), ownItems: new Set(), deleted: new Set(), conferences: new Set(), sessions: new Set() },
      readAtOf: new Map(),
    };
    observeLocal(work);
    for (const [device, file] of this.folder) if (device !== d.id) mergeDeviceFile(work, structuredClone(file));
    const clocks = finishClocks(work);
    d.annotations = work.annotations;
    d.ownItems = work.ownItems;
    d.clocks = work.clocks;
    this.folder.set(d.id, structuredClone({ clocks, annotations: [...work.annotations.values()], ownItems: [...work.ownItems.values()], conferences: [], sessions: [] }));
  }

  /** What a user sees on a device, tags as a set. */
  view(d: SimDevice) {
    const annotations = [...d.annotations.values()]
      .map((a) => ({ key: a.key, starred: a.starred, rating: a.rating, note: a.note, tags: [...a.tags].sort() }))
      .sort((a, b) => a.key.localeCompare(b.key));
    const own = [...d.ownItems.values()].map((o) => `${o.id}:${o.title}`).sort();
    return { annotations, own };
  }
}
