import type { TalkmarksDb } from './database';
import { Conference, type ScheduleEntry } from '../model/schema';
import type { ParsedSchedule } from '../schedules/types';
import { MAX_ALIASES } from '../model/keys';
import { withoutSeenAt } from '../model/annotated';
import { sameData } from '../util/same-data';
import { sameOffsets } from '../util/city-zone';
import { changeTables, recordChanges, recordRemovals, type SeenPair } from './changes';

export interface StoredScheduleImport {
  conference: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Changes recorded to sessions the user annotated, removals included. */
  changes: number;
}

export interface ScheduleImportChoices {
  /** Where it was read from: a file name or the URL. */
  from: string;
  /** A name the user gave the conference, over the file's. */
  name?: string;
  /** The bundled sample conference (see lib/db/sample.ts). */
  sample?: true;
}

/**
 * Stores a parsed schedule in one transaction: the conference (marked imported) and every session, so they can be
 * annotated without visiting the page. Sessions keep their keys, so annotations made on the page and here are one.
 * Either all of it is stored or, if anything fails, none of it.
 */
export async function storeSchedule(db: TalkmarksDb, parsed: ParsedSchedule, choices: ScheduleImportChoices, now = Date.now()): Promise<StoredScheduleImport> {
  const { conference, entries, zone } = parsed;
  return db.transaction('rw', [db.conferences, db.sessions, db.annotations, ...changeTables(db)], async () => {
    const known = await db.conferences.get(conference.id);
    // A zone the file or the user named wins; a guessed one gives way to the zone the schedule page showed, unless
    // it is the venue's city's and shows the page's offsets on these dates (the page knew only "CET").
    const guessed = zone.source !== 'file' && zone.source !== 'given' && !zone.affectsTimes;
    const instants = entries.flatMap((e) => (e.start ? [Date.parse(e.start)] : []));
    const cityWins = zone.source === 'city' && !!known?.timeZone && sameOffsets(known.timeZone, zone.timeZone, instants);
    const pageZone = guessed && !cityWins ? known?.timeZone : undefined;
    const timeZone = pageZone ?? zone.timeZone;
    const record = Conference.parse({
      ...known,
      ...conference,
      name: choices.name?.trim() || (known && !known.imported ? known.name : conference.name),
      timeZone,
      imported: {
        from: choices.from.slice(0, 2000),
        at: now,
        format: parsed.format,
        sessions: entries.length,
        zoneNote: pageZone ? `${pageZone}, as the schedule page shows` : zone.note,
        ...(choices.sample ? { sample: true } : {}),
      },
    });
    await db.conferences.put({ ...record, seenAt: known?.seenAt ?? now });
    const stored = await db.sessions.bulkGet(entries.map((e) => e.key));
    const notes = await db.annotations.bulkGet(entries.map((e) => e.key));
    const pairs: SeenPair[] = [];
    let added = 0;
    let unchanged = 0;
    const writes = entries.flatMap((entry, i) => {
      const old = stored[i];
      const next: ScheduleEntry = {
        ...entry,
        ...(entry.start && pageZone ? { timeZone: pageZone } : {}),
        aliases: [...new Set([...(old?.aliases ?? []), ...entry.aliases])].slice(0, MAX_ALIASES),
      };
      pairs.push({ before: old && withoutSeenAt(old), after: next, annotation: notes[i] });
      if (!old) added++;
      else if (sameData({ ...old, seenAt: 0 }, { ...next, seenAt: 0 })) {
        unchanged++;
        return [];
      }
      return [{ ...next, seenAt: now }];
    });
    await db.sessions.bulkPut(writes);
    const from = choices.from.slice(0, 2000);
    const changes = await recordChanges(db, conference.id, pairs, from, now);
    // A file holds the whole schedule: what an earlier import of it had and this one lacks has left the schedule.
    const present = new Set(entries.flatMap((e) => [e.key, ...e.aliases]));
    const removals = known?.imported ? await recordRemovals(db, conference.id, present, from, now) : [];
    return { conference: conference.id, added, updated: writes.length - added, unchanged, changes: changes.length + removals.length };
  });
}

/** Forgets an imported schedule: its sessions that carry no annotation go, annotated ones stay with their notes. */
export async function removeScheduleImport(db: TalkmarksDb, conferenceId: string): Promise<number> {
  return db.transaction('rw', db.conferences, db.sessions, db.annotations, async () => {
    const annotated = new Set(await db.annotations.where('conference').equals(conferenceId).primaryKeys());
    const keys = (await db.sessions.where('conference').equals(conferenceId).primaryKeys()).filter((k) => !annotated.has(k));
    await db.sessions.bulkDelete(keys);
    const known = await db.conferences.get(conferenceId);
    if (known) {
      const { imported: _imported, ...rest } = known;
      await db.conferences.put(rest);
    }
    return keys.length;
  });
}
