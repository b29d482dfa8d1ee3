import type { Annotation, OwnItem } from '../../lib/model/schema';
import { finishClocks, mergeDeviceFile, noChanges, noClocks, observeLocal, type DeviceFile, type LocalClocks, type SyncWork } from '../../lib/merge/sync-state';
import { travellingLayers } from '../../lib/merge/sync-extras';
import { emptyFields } from '../../lib/model/fields';
import type { ColleagueLayer } from '../../lib/model/colleague';
import type { JournalEntry } from '../../lib/model/journal';

/** Devices syncing through an in-memory folder, with one logical clock: the pure sync core without a server. */
export interface SimDevice {
  id: string;
  annotations: Map<string, Annotation>;
  ownItems: Map<string, OwnItem>;
  journals: Map<string, JournalEntry>;
  layers: Map<string, ColleagueLayer>;
  clocks: LocalClocks;
}

export const simConference = 'sched:demo2026';

export class SyncSim {
  t = 1;
  readonly devices: SimDevice[];
  readonly folder = new Map<string, DeviceFile>();

  constructor(ids: string[]) {
    this.devices = ids.map((id) => ({ id, annotations: new Map(), ownItems: new Map(), journals: new Map(), layers: new Map(), clocks: noClocks() }));
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

  writeJournal(d: SimDevice, day: string | undefined, note: string): void {
    const now = this.tick();
    const id = `${simConference}|${day ?? 'conference'}`;
    d.journals.set(id, { id, conference: simConference, ...(day ? { day } : {}), note, updatedAt: now, fieldUpdatedAt: { note: now } });
  }

  /** A colleague's link accepted on this device: their layer, replacing an earlier one, shown. */
  receiveLayer(d: SimDevice, sharer: string, sharedAt: number, team = false): ColleagueLayer {
    const include = { stars: true, ratings: true, tags: true, notes: true };
    const picks = [{ key: `${simConference}:a`, starred: true, rating: null, tags: [], note: `from ${sharer} at ${sharedAt}` }];
    const layer: ColleagueLayer = { id: `${simConference}/${sharer}`, conference: simConference, sharer, name: sharer, sharedAt, receivedAt: this.tick(), hidden: false, include, picks, ...(team ? { team: true as const } : {}) };
    d.layers.set(layer.id, layer);
    return layer;
  }

  hideLayer(d: SimDevice, id: string, hidden: boolean): void {
    const layer = d.layers.get(id);
    if (layer) d.layers.set(id, { ...layer, hidden, hiddenAt: this.tick() });
  }

  sync(d: SimDevice): void {
    const work: SyncWork = {
      me: d.id,
      now: this.tick(),
      annotations: new Map(d.annotations),
      ownItems: new Map(d.ownItems),
      conferences: new Map(),
      sessions: new Map(),
      journals: new Map(d.journals),
      templates: new Map(),
      noteNames: new Map(),
      layers: new Map(d.layers),
      clocks: structuredClone(d.clocks),
      changed: noChanges(),
      readAtOf: new Map(),
    };
    observeLocal(work);
    for (const [device, file] of this.folder) if (device !== d.id) mergeDeviceFile(work, structuredClone(file));
    const clocks = finishClocks(work);
    d.annotations = work.annotations;
    d.ownItems = work.ownItems;
    d.journals = work.journals;
    d.layers = work.layers;
    d.clocks = work.clocks;
    this.folder.set(d.id, structuredClone({
      clocks, annotations: [...work.annotations.values()], ownItems: [...work.ownItems.values()], conferences: [], sessions: [],
      journals: [...work.journals.values()], templates: [], noteNames: [], layers: travellingLayers(work.layers.values()),
    }));
  }

  /** What a user sees on a device, tags as a set. */
  view(d: SimDevice) {
    const annotations = [...d.annotations.values()]
      .map((a) => ({ key: a.key, starred: a.starred, rating: a.rating, note: a.note, tags: [...a.tags].sort() }))
      .sort((a, b) => a.key.localeCompare(b.key));
    const own = [...d.ownItems.values()].map((o) => `${o.id}:${o.title}`).sort();
    const journals = [...d.journals.values()].map((j) => `${j.id}=${j.note}`).sort();
    const layers = [...d.layers.values()].map((l) => `${l.id}@${l.sharedAt}${l.hidden ? ' hidden' : ''}`).sort();
    return { annotations, own, journals, layers };
  }
}
