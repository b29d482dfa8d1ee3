import { annotatedSessions } from './annotations';
import { hasTable, type StoredConference, type TalkmarksDb } from './database';
import { ownItemsOf } from './own-items';
import { journalsOf } from './journal';
import { dayOf } from '../model/display';
import type { Conference } from '../model/schema';
import { conferenceOrId } from '../model/conference';
import { colleagueLayers } from './colleagues';
import { whoWent } from '../share/who';
import type { ExportSource } from '../export/source';
import { calendarHistory } from './changes';


/** What an export of these conferences needs: annotated sessions, own items and every day their schedules show. */
export async function loadExportSources(db: TalkmarksDb, ids: readonly string[]): Promise<ExportSource[]> {
  // One read transaction: the preview never mixes a note from before a save with a rating from after it.
  const optional = (['ownItems', 'colleagues', 'journals', 'changes'] as const).filter((t) => hasTable(db, t)).map((t) => db[t]);
  const tables = [db.conferences, db.sessions, db.annotations, ...optional];
  return db.transaction('r', tables, () => Promise.all(
    ids.map(async (id) => {
      const [stored, sessions, days, ownItems, layers, journals, history] = await Promise.all([
        db.conferences.get(id),
        annotatedSessions(db, id),
        scheduleDays(db, id),
        ownItemsOf(db, id),
        colleagueLayers(db, id),
        journalsOf(db, id),
        calendarHistory(db, id),
      ]);
      return { conference: conferenceOrId(id, stored && recorded(stored)), sessions, days, ownItems, whoWent: whoWent(layers), journals, history };
    }),
  ));
}

function recorded({ seenAt: _seenAt, ...conference }: StoredConference): Conference {
  return conference;
}

async function scheduleDays(db: TalkmarksDb, conference: string): Promise<string[]> {
  const days = new Set<string>();
  await db.sessions.where('conference').equals(conference).each((entry) => {
    const day = dayOf(entry);
    if (day) days.add(day);
  });
  return [...days].sort();
}
