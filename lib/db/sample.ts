import { hasTable, type TalkmarksDb } from './database';
import { changeTables } from './changes';
import type { ParsedSchedule } from '../schedules/types';
import { storeSchedule, type StoredScheduleImport } from './schedules';

/** What the sample would replace or take away: asked before importing it and before removing it. */
export interface SampleState {
  /** The conference is stored, as the sample or as the user's own. */
  present: boolean;
  sample: boolean;
  /** Sessions the user annotated in it, and how many of those carry a note. */
  annotated: number;
  notes: number;
  ownItems: number;
}

export async function sampleState(db: TalkmarksDb, conference: string): Promise<SampleState> {
  return db.transaction('r', db.conferences, db.annotations, db.ownItems, async () => {
    const known = await db.conferences.get(conference);
    const annotations = await db.annotations.where('conference').equals(conference).toArray();
    return {
      present: known !== undefined,
      sample: known?.imported?.sample === true,
      annotated: annotations.length,
      notes: annotations.filter((a) => a.note.trim() !== '').length,
      ownItems: await db.ownItems.where('conference').equals(conference).count(),
    };
  });
}

export class NotASampleError extends Error {
  constructor(readonly conferenceName: string) {
    super(`You already have ${conferenceName} with your own notes, so the sample (the same schedule) is not imported over it.`);
    this.name = 'NotASampleError';
  }
}

/**
 * Imports the sample through the same writer as any schedule file, marked as the sample. A conference the user
 * already has for real (visited or imported) is never taken over: removing the sample would take their notes.
 */
export async function importSample(db: TalkmarksDb, parsed: ParsedSchedule, from: string, now = Date.now()): Promise<StoredScheduleImport> {
  const known = await db.conferences.get(parsed.conference.id);
  if (known && known.imported?.sample !== true) throw new NotASampleError(known.name);
  return storeSchedule(db, parsed, { from, name: `${parsed.conference.name} (sample)`, sample: true }, now);
}

/** Takes the sample away with everything annotated in it: sessions, notes, own items and colleagues' layers. */
export async function removeSample(db: TalkmarksDb, conference: string): Promise<boolean> {
  return db.transaction('rw', [db.conferences, db.sessions, db.annotations, db.ownItems, db.colleagues, ...changeTables(db)], async () => {
    const known = await db.conferences.get(conference);
    if (known?.imported?.sample !== true) return false;
    if (hasTable(db, 'changes')) await db.changes.where('conference').equals(conference).delete();
    await db.sessions.where('conference').equals(conference).delete();
    await db.annotations.where('conference').equals(conference).delete();
    await db.ownItems.where('conference').equals(conference).delete();
    await db.colleagues.where('conference').equals(conference).delete();
    await db.conferences.delete(conference);
    return true;
  });
}
