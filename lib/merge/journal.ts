import type { JournalEntry } from '../model/journal';
import { sameData } from '../util/same-data';
import { keptMarker, mergeNotes, type Outcome } from './annotation';

export interface MergedJournal {
  entry: JournalEntry;
  outcome: Outcome;
  /** Both sides wrote a different text: both are kept. */
  conflict: boolean;
}

/**
 * A journal entry from elsewhere (a backup, later sync) merged into this profile's, like a session note: nothing
 * is lost, and the later stamp is kept. Pure; merging the same thing again changes nothing.
 */
export function mergeJournal(local: JournalEntry | undefined, other: JournalEntry, source: string): MergedJournal {
  if (!local) return { entry: other, outcome: 'added', conflict: false };
  const notes = mergeNotes(local.note, other.note, keptMarker(source, other.fieldUpdatedAt.note ?? other.updatedAt));
  const stamp = Math.max(local.fieldUpdatedAt.note ?? local.updatedAt, other.fieldUpdatedAt.note ?? other.updatedAt);
  const entry: JournalEntry = notes.note === local.note ? local : { ...local, note: notes.note, updatedAt: Math.max(local.updatedAt, other.updatedAt), fieldUpdatedAt: { note: stamp } };
  if (sameData(entry, local)) return { entry: local, outcome: 'unchanged', conflict: false };
  return { entry, outcome: 'updated', conflict: notes.conflict };
}
