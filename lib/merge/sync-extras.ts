import type { ColleagueLayer } from '../model/colleague';
import type { JournalEntry } from '../model/journal';
import type { NoteNameRecord, TemplateRecord } from '../model/notes-export';
import type { JournalAuthors, ReadAt, RemovedLayers } from '../model/sync';
import { canonical, sameData } from '../util/same-data';
import { mergeNoteNames, mergeTemplates } from './notes-export';
import { mergeSyncNote, type AuthoredNote } from './sync-note';

/** The records beside annotations and own items that a device file carries, keyed, with what a merge changed. */
export interface ExtrasWork {
  me: string;
  now: number;
  journals: Map<string, JournalEntry>;
  templates: Map<string, TemplateRecord>;
  noteNames: Map<string, NoteNameRecord>;
  layers: Map<string, ColleagueLayer>;
  clocks: { journalNotes: JournalAuthors; removedLayers: RemovedLayers; layersKnown: string[]; fillIns?: string; readAt: ReadAt };
  changed: { journals: Set<string>; templates: Set<string>; noteNames: Set<string>; layers: Set<string>; deletedLayers: Set<string> };
  readAtOf: Map<string, ReadAt>;
}

export interface ExtrasFile {
  device: string;
  journalNotes: JournalAuthors;
  removedLayers: RemovedLayers;
  journals: JournalEntry[];
  templates: TemplateRecord[];
  noteNames: NoteNameRecord[];
  layers: ColleagueLayer[];
}

/** FNV-1a of the templates and file names: they carry no time, so a change is seen by comparing this. */
export function fillInDigest(work: Pick<ExtrasWork, 'templates' | 'noteNames'>): string {
  const text = JSON.stringify(canonical([[...work.templates.values()], [...work.noteNames.values()]].map((l) => [...l].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))))));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}:${hash.toString(16)}`;
}

const journalStamp = (j: JournalEntry) => j.fieldUpdatedAt.note ?? j.updatedAt;

/**
 * Records local edits: journal notes written here get this device as author, and a layer present after the last sync
 * and gone now was removed here, stamped now (the removal left no time). The stamp is raised even over an older
 * tombstone: a layer received again after an earlier removal, then removed again, stays removed. Call before merging.
 */
export function observeExtras(work: ExtrasWork): void {
  const { clocks, me } = work;
  for (const j of work.journals.values()) if (clocks.journalNotes[j.id]?.[1] !== journalStamp(j)) clocks.journalNotes[j.id] = [me, journalStamp(j)];
  const known = new Set(clocks.layersKnown);
  for (const id of known) if (!work.layers.has(id)) clocks.removedLayers[id] = Math.max(clocks.removedLayers[id] ?? 0, work.now);
  // Present, unknown at the last sync, and older than its own tombstone: only an undo of the removal brings a layer
  // back like that. The user wants it: it counts as received again now, so the tombstone no longer covers it.
  for (const layer of [...work.layers.values()]) {
    if (known.has(layer.id) || (clocks.removedLayers[layer.id] ?? -1) < layer.receivedAt) continue;
    work.layers.set(layer.id, { ...layer, receivedAt: work.now });
    work.changed.layers.add(layer.id);
  }
  clocks.fillIns = fillInDigest(work);
}

function mergeJournals(work: ExtrasWork, file: ExtrasFile): void {
  const readAtOf = (device: string) => (device === work.me ? work.clocks.readAt : work.readAtOf.get(device));
  const authored = (j: JournalEntry, authors: JournalAuthors, fallback: string): AuthoredNote => ({ text: j.note, by: authors[j.id]?.[0] ?? fallback, at: journalStamp(j) });
  for (const remote of file.journals) {
    const local = work.journals.get(remote.id);
    if (local && sameData(local, remote)) continue;
    const theirs = authored(remote, file.journalNotes, file.device);
    // Journals are merged as session notes are in sync: the later text, and both when written apart (see mergeSyncNote).
    const note = local ? mergeSyncNote(authored(local, work.clocks.journalNotes, work.me), theirs, readAtOf, work.me, work.now) : theirs;
    const next: JournalEntry = local
      ? { ...local, note: note.text, updatedAt: Math.max(local.updatedAt, note.at), fieldUpdatedAt: { note: note.at } }
      : remote;
    work.clocks.journalNotes[remote.id] = [note.by, note.at];
    if (local && sameData(local, next)) continue;
    work.journals.set(remote.id, next);
    work.changed.journals.add(remote.id);
  }
}

/** Templates and file names fill in what this device lacks and never replace its own (see mergeTemplates). */
function mergeFillIns(work: ExtrasWork, file: ExtrasFile): void {
  for (const t of mergeTemplates(file.templates, (id) => work.templates.get(id)).put) {
    work.templates.set(t.id, t);
    work.changed.templates.add(t.id);
  }
  for (const n of mergeNoteNames(file.noteNames, (key) => work.noteNames.get(key)).put) {
    work.noteNames.set(n.key, n);
    work.changed.noteNames.add(n.key);
  }
}

const contentOf = ({ hidden: _h, hiddenAt: _a, team: _t, ...rest }: ColleagueLayer) => JSON.stringify(canonical(rest));
const hiddenStamp = (l: ColleagueLayer) => l.hiddenAt ?? l.receivedAt;

/**
 * Two copies of one colleague's layer: the newer link's picks (shared, then received later; ties by content so every
 * device picks the same), and the later hide or show. Commutative and idempotent.
 */
export function mergeLayer(local: ColleagueLayer, remote: ColleagueLayer): ColleagueLayer {
  const rank = (l: ColleagueLayer) => [l.sharedAt, l.receivedAt] as const;
  const [a, b] = [rank(local), rank(remote)];
  const remoteNewer = b[0] !== a[0] ? b[0] > a[0] : b[1] !== a[1] ? b[1] > a[1] : contentOf(remote) > contentOf(local);
  const base = remoteNewer ? remote : local;
  const [hl, hr] = [hiddenStamp(local), hiddenStamp(remote)];
  const shown = hr !== hl ? (hr > hl ? remote : local) : remote.hidden ? remote : local;
  const { hiddenAt: _old, ...rest } = base;
  const at = hiddenStamp(shown);
  return { ...rest, hidden: shown.hidden, ...(at !== base.receivedAt ? { hiddenAt: at } : {}) };
}

function mergeLayers(work: ExtrasWork, file: ExtrasFile): void {
  const removed = work.clocks.removedLayers;
  for (const [id, at] of Object.entries(file.removedLayers)) removed[id] = Math.max(removed[id] ?? 0, at);
  for (const remote of file.layers) {
    if (remote.team || (removed[remote.id] ?? -1) >= remote.receivedAt) continue;
    const local = work.layers.get(remote.id);
    const next = local ? mergeLayer(local, remote) : remote;
    if (local && sameData(local, next)) continue;
    work.layers.set(remote.id, next);
    work.changed.layers.add(remote.id);
    // An earlier file's tombstone may have removed the older copy here: this newer one is written, not deleted.
    work.changed.deletedLayers.delete(remote.id);
  }
  for (const layer of [...work.layers.values()]) {
    if ((removed[layer.id] ?? -1) < layer.receivedAt) continue;
    work.layers.delete(layer.id);
    work.changed.layers.delete(layer.id);
    work.changed.deletedLayers.add(layer.id);
  }
}

/** Merges another device's journals, templates, note file names and colleague layers into this device's. */
export function mergeExtras(work: ExtrasWork, file: ExtrasFile): void {
  mergeJournals(work, file);
  mergeFillIns(work, file);
  mergeLayers(work, file);
}

/** The layers a device file carries: not those of the team folder, which each device reads itself. */
export const travellingLayers = (layers: Iterable<ColleagueLayer>) => [...layers].filter((l) => !l.team);
