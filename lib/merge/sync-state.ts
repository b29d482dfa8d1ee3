import type { ConferenceRecord, SessionRecord } from '../model/backup';
import type { Annotation, OwnItem } from '../model/schema';
import type { JournalAuthors, NoteAuthors, ReadAt, Removed, RemovedLayers, SyncClocks, TagClock } from '../model/sync';
import type { ColleagueLayer } from '../model/colleague';
import type { JournalEntry } from '../model/journal';
import type { NoteNameRecord, TemplateRecord } from '../model/notes-export';
import { fillInDigest, mergeExtras, observeExtras } from './sync-extras';
import { sameData } from '../util/same-data';
import { mergeAnnotation, newerSnapshot, stampOf } from './annotation';
import { deviceLabel, mergeSyncNote, type AuthoredNote } from './sync-note';

/** What a device keeps between syncs beside its records: the clocks of its file, and the own items it last had. */
export interface LocalClocks {
  tags: TagClock;
  notes: NoteAuthors;
  readAt: ReadAt;
  removedOwnItems: Removed;
  /** Own item ids present after the last sync: one missing now was deleted here, and gets a tombstone. */
  ownKnown: string[];
  /** When this device last finished a sync: a tag added since was added after it, so no earlier. */
  syncedAt: number;
  journalNotes: JournalAuthors;
  removedLayers: RemovedLayers;
  /** Colleague layer ids present after the last sync: one missing now was removed here, and gets a tombstone. */
  layersKnown: string[];
  fillIns?: string;
}

export const noClocks = (): LocalClocks => ({
  tags: {}, notes: {}, readAt: {}, removedOwnItems: {}, ownKnown: [], syncedAt: 0, journalNotes: {}, removedLayers: {}, layersKnown: [],
});

export const noChanges = (): SyncWork['changed'] => ({
  annotations: new Set(), ownItems: new Set(), deleted: new Set(), conferences: new Set(), sessions: new Set(),
  journals: new Set(), templates: new Set(), noteNames: new Set(), layers: new Set(), deletedLayers: new Set(),
});

/** A device's records and clocks while a sync merges into them. Maps by key; `changed` names what to write. */
export interface SyncWork {
  me: string;
  now: number;
  annotations: Map<string, Annotation>;
  ownItems: Map<string, OwnItem>;
  conferences: Map<string, ConferenceRecord>;
  sessions: Map<string, SessionRecord>;
  journals: Map<string, JournalEntry>;
  templates: Map<string, TemplateRecord>;
  noteNames: Map<string, NoteNameRecord>;
  layers: Map<string, ColleagueLayer>;
  clocks: LocalClocks;
  changed: {
    annotations: Set<string>; ownItems: Set<string>; deleted: Set<string>; conferences: Set<string>; sessions: Set<string>;
    journals: Set<string>; templates: Set<string>; noteNames: Set<string>; layers: Set<string>; deletedLayers: Set<string>;
  };
  /** What each device had read, by its file, for the files merged in this sync. */
  readAtOf: Map<string, ReadAt>;
}

/** Another device's file, read and checked. */
export interface DeviceFile {
  clocks: SyncClocks;
  annotations: Annotation[];
  ownItems: OwnItem[];
  conferences: ConferenceRecord[];
  sessions: SessionRecord[];
  journals: JournalEntry[];
  templates: TemplateRecord[];
  noteNames: NoteNameRecord[];
  /** Colleague layers received by link (not the team folder's). */
  layers: ColleagueLayer[];
}

const present = (clock: Record<string, [number, number]> | undefined) =>
  Object.entries(clock ?? {}).filter(([, [added, removed]]) => added > removed).map(([tag]) => tag);

/**
 * Records the edits made here since the last sync in the clocks. Edits left no time per tag, so each gets the bound
 * that keeps removals removed: a tag added counts from just after the last sync (no earlier than it can have been
 * added), a tag removed from when the tags last changed (no later). Notes written here, and own items deleted
 * (stamped now: the deletion left no time).
 */
export function observeLocal(work: SyncWork): void {
  const { clocks, me } = work;
  for (const a of work.annotations.values()) {
    const clock = { ...clocks.tags[a.key] };
    const was = new Set(present(clock));
    const at = stampOf(a, 'tags');
    const addedFrom = Math.min(at, clocks.syncedAt + 1);
    for (const tag of a.tags) if (!was.has(tag)) clock[tag] = [Math.max(addedFrom, (clock[tag]?.[1] ?? 0) + 1), clock[tag]?.[1] ?? 0];
    for (const tag of was) if (!a.tags.includes(tag)) clock[tag] = [clock[tag]![0], Math.max(at, clock[tag]![0] + 1)];
    if (Object.keys(clock).length) clocks.tags[a.key] = clock;
    const noteAt = a.fieldUpdatedAt.note;
    if (noteAt !== undefined && clocks.notes[a.key]?.[1] !== noteAt) clocks.notes[a.key] = [me, noteAt];
  }
  // Raised even over an older tombstone: an item an edit brought back after an earlier deletion, deleted again here,
  // stays deleted.
  for (const id of clocks.ownKnown) {
    if (!work.ownItems.has(id)) clocks.removedOwnItems[id] = Math.max(clocks.removedOwnItems[id] ?? 0, work.now);
  }
  observeExtras(work);
}

function mergeTagClocks(into: TagClock, from: TagClock): Set<string> {
  const touched = new Set<string>();
  for (const [key, tags] of Object.entries(from)) {
    const clock = (into[key] = { ...into[key] });
    for (const [tag, [added, removed]] of Object.entries(tags)) {
      const [a, r] = clock[tag] ?? [0, 0];
      if (added > a || removed > r) touched.add(key);
      clock[tag] = [Math.max(a, added), Math.max(r, removed)];
    }
  }
  return touched;
}

function noteOf(a: Annotation, authors: NoteAuthors, fallback: string): AuthoredNote {
  return { text: a.note, by: authors[a.key]?.[0] ?? fallback, at: stampOf(a, 'note') };
}

function mergeOneAnnotation(work: SyncWork, file: DeviceFile, remote: Annotation): void {
  const local = work.annotations.get(remote.key);
  if (local && sameData(local, remote)) return;
  const from = file.clocks.device;
  const remoteNote = noteOf(remote, file.clocks.notes, from);
  if (!local) {
    work.annotations.set(remote.key, remote);
    if (remote.fieldUpdatedAt.note !== undefined) work.clocks.notes[remote.key] = [remoteNote.by, remoteNote.at];
    work.changed.annotations.add(remote.key);
    return;
  }
  const next = { ...mergeAnnotation(local, remote, deviceLabel(from)).annotation };
  next.fieldUpdatedAt = { ...next.fieldUpdatedAt };
  next.tags = local.tags;
  next.fieldUpdatedAt.tags = Math.max(stampOf(local, 'tags'), stampOf(remote, 'tags'), 0);
  const readAtOf = (device: string) => (device === work.me ? work.clocks.readAt : work.readAtOf.get(device));
  const note = mergeSyncNote(noteOf(local, work.clocks.notes, work.me), remoteNote, readAtOf, work.me, work.now);
  next.note = note.text;
  if (note.at >= 0) {
    next.fieldUpdatedAt.note = note.at;
    work.clocks.notes[remote.key] = [note.by, note.at];
  }
  next.updatedAt = Math.max(next.updatedAt, note.at);
  if (sameData(next, local)) return;
  work.annotations.set(remote.key, next);
  work.changed.annotations.add(remote.key);
}

function mergeOwnItems(work: SyncWork, file: DeviceFile): void {
  const removed = work.clocks.removedOwnItems;
  for (const [id, at] of Object.entries(file.clocks.removedOwnItems)) removed[id] = Math.max(removed[id] ?? 0, at);
  for (const remote of file.ownItems) {
    if ((removed[remote.id] ?? -1) >= remote.updatedAt) continue;
    const local = work.ownItems.get(remote.id);
    const newer = !local || remote.updatedAt > local.updatedAt || (remote.updatedAt === local.updatedAt && JSON.stringify(remote) > JSON.stringify(local));
    if (!newer || (local && sameData(local, remote))) continue;
    work.ownItems.set(remote.id, remote);
    work.changed.ownItems.add(remote.id);
    // An earlier file's tombstone may have deleted the older copy here: this newer one is written, not deleted.
    work.changed.deleted.delete(remote.id);
  }
  for (const item of [...work.ownItems.values()]) {
    if ((removed[item.id] ?? -1) < item.updatedAt) continue;
    work.ownItems.delete(item.id);
    work.changed.ownItems.delete(item.id);
    work.changed.deleted.add(item.id);
  }
}

function mergeSnapshots<T extends { seenAt: number }>(into: Map<string, T>, records: readonly T[], id: (r: T) => string, changed: Set<string>): void {
  for (const record of records) {
    if (newerSnapshot(into.get(id(record)), record) === 'unchanged') continue;
    into.set(id(record), record);
    changed.add(id(record));
  }
}

/**
 * Merges another device's file into this device's records: each annotation field takes the later side, tags follow
 * their add/remove clocks (a removed tag stays removed, an added one arrives), notes never lose text written apart
 * (see mergeSyncNote), own items take the later side and stay deleted once a tombstone is newer. Order-free and
 * idempotent, so devices converge whatever order they sync in.
 */
export function mergeDeviceFile(work: SyncWork, file: DeviceFile): void {
  work.readAtOf.set(file.clocks.device, file.clocks.readAt);
  for (const remote of file.annotations) mergeOneAnnotation(work, file, remote);
  const touched = mergeTagClocks(work.clocks.tags, file.clocks.tags);
  for (const remote of file.annotations) touched.add(remote.key);
  applyTagClocks(work, touched);
  mergeOwnItems(work, file);
  mergeSnapshots(work.conferences, file.conferences, (c) => c.id, work.changed.conferences);
  mergeSnapshots(work.sessions, file.sessions, (s) => s.key, work.changed.sessions);
  const { device, journalNotes, removedLayers } = file.clocks;
  mergeExtras(work, { device, journalNotes, removedLayers, journals: file.journals, templates: file.templates, noteNames: file.noteNames, layers: file.layers });
  work.clocks.readAt[file.clocks.device] = Math.max(work.clocks.readAt[file.clocks.device] ?? 0, file.clocks.writtenAt);
}

/** The tags of each touched session become the ones its clock says are present, kept in this device's order. */
function applyTagClocks(work: SyncWork, keys: Iterable<string>): void {
  for (const key of keys) {
    const local = work.annotations.get(key);
    if (!local) continue;
    const want = new Set(present(work.clocks.tags[key]));
    const tags = [...local.tags.filter((t) => want.has(t)), ...[...want].filter((t) => !local.tags.includes(t)).sort()];
    if (sameData(tags, local.tags)) continue;
    const stamps = Object.values(work.clocks.tags[key] ?? {}).flat();
    const at = Math.max(stampOf(local, 'tags'), ...stamps);
    work.annotations.set(key, { ...local, tags, updatedAt: Math.max(local.updatedAt, at), fieldUpdatedAt: { ...local.fieldUpdatedAt, tags: at } });
    work.changed.annotations.add(key);
  }
}

/** The clocks this device's file carries after a sync; `ownKnown`, `layersKnown` and `fillIns` are kept locally only. */
export function finishClocks(work: SyncWork): SyncClocks {
  work.clocks.ownKnown = [...work.ownItems.keys()].sort();
  work.clocks.layersKnown = [...work.layers.keys()].sort();
  work.clocks.fillIns = fillInDigest(work);
  work.clocks.syncedAt = work.now;
  const { tags, notes, readAt, removedOwnItems, journalNotes, removedLayers } = work.clocks;
  return { device: work.me, writtenAt: work.now, tags, notes, readAt, removedOwnItems, journalNotes, removedLayers };
}
