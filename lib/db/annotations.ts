import type { StoredSession, TalkmarksDb } from './database';
import { mergeEntry, rekeyed } from '../merge/entry';
import { keptMarker, mergeNotes } from '../merge/annotation';
import { canonicalKeys, mergeAnnotations } from './session-identity';
import { logMerges, logRefusedAliases, mergeTables, vetAliases, type AliasRefusal } from './merges';
import type { MergeRecord } from './merge-record';
import { shapedAliases } from '../merge/aliases';
import { type Annotation, type AnnotationPatch, type Conference, type FieldName, type PatchBase, type ScheduleEntry } from '../model/schema';
import { withEntries, withoutSeenAt, type AnnotatedSession } from '../model/annotated';
import { normaliseTags } from '../model/keys';
import { emptyFields, isAnnotated } from '../model/fields';
import { sameData } from '../util/same-data';
import { addressOf, settledZone } from '../util/city-zone';
import { changeTables, recordChanges, type SeenPair } from './changes';
import { sessionsOf } from './annotated-reads';
import { readInPages } from './paged';

/**
 * A patch made against `base` applied to what is stored now: tags added and removed since the base apply to the
 * current tags; a note edited here while it changed elsewhere keeps both texts. Without a base, the patch wins.
 */
function rebase(current: Annotation, patch: AnnotationPatch, base: PatchBase | undefined, now: number): AnnotationPatch {
  const out = { ...patch };
  if (patch.tags && base?.tags) {
    const added = patch.tags.filter((t) => !base.tags!.includes(t));
    const removed = new Set(base.tags.filter((t) => !patch.tags!.includes(t)));
    out.tags = [...current.tags.filter((t) => !removed.has(t)), ...added];
  }
  if (patch.note !== undefined && base?.note !== undefined && current.note !== base.note) {
    out.note = mergeNotes(current.note, patch.note, keptMarker('another window', now)).note;
  }
  return out;
}

/** Applies a patch in one transaction, stamping each changed field, and keeps the entry as last seen. */
export async function patchAnnotation(
  db: TalkmarksDb,
  key: string,
  conference: string,
  patch: AnnotationPatch,
  entry?: ScheduleEntry,
  now = Date.now(),
  base?: PatchBase,
): Promise<Annotation> {
  // The change log only with an entry: bulk edits run this inside transactions that do not open it.
  return db.transaction('rw', [db.annotations, db.sessions, ...(entry ? changeTables(db) : [])], async () => {
    const before = await db.annotations.get(key);
    const next: Annotation = before
      ? { ...before, fieldUpdatedAt: { ...before.fieldUpdatedAt } }
      : { key, conference, ...emptyFields, tags: [], updatedAt: now, fieldUpdatedAt: {} };
    const rebased = before ? rebase(before, patch, base, now) : patch;
    const fields = { ...rebased, ...(rebased.tags ? { tags: normaliseTags(rebased.tags) } : {}) };
    let changed = !before;
    for (const [name, value] of Object.entries(fields) as [FieldName, unknown][]) {
      if (value === undefined || sameData(next[name], value)) continue;
      (next as Record<FieldName, unknown>)[name] = value;
      next.fieldUpdatedAt[name] = now;
      changed = true;
    }
    if (changed) {
      next.updatedAt = now;
      await db.annotations.put(next);
    }
    if (entry) {
      const stored = await db.sessions.get(entry.key);
      const merged = stored ? mergeEntry(withoutSeenAt(stored), entry) : entry;
      // Unchanged entries are not rewritten: every write wakes the live queries over the whole sessions table.
      if (!stored || !sameData(withoutSeenAt(stored), merged)) {
        await db.sessions.put({ ...merged, seenAt: now });
        // The editor shows the session as its page does now: a move it shows is one the page's report may not carry.
        if (stored) await recordChanges(db, conference, [{ before: withoutSeenAt(stored), after: merged, annotation: before }], entry.url ?? '', now);
      }
    }
    return next;
  });
}

export interface SeenResult {
  /** Session records written. */
  stored: number;
  /** Keys the page showed (or that were stored apart until now) → the key their session is stored under. */
  renamed: Record<string, string>;
  /** Annotations merged because two keys turned out to be one session. */
  merged: Annotation[];
  /** Changes recorded to sessions the user annotated (moved, renamed, back on the schedule). */
  changes?: number;
}

/** A page's entries with only the aliases their platform really shows, and the aliases refused for their shape. */
function shaped(entries: readonly ScheduleEntry[]): { entries: ScheduleEntry[]; refused: AliasRefusal[] } {
  const refused: AliasRefusal[] = [];
  const out = entries.map((e) => {
    const { aliases, refused: bad } = shapedAliases(e);
    refused.push(...bad.map((r) => ({ key: e.key, ...r })));
    return bad.length ? { ...e, aliases } : e;
  });
  return { entries: out, refused };
}

/**
 * The page's guessed zone (`CET` → Europe/Paris) settled: the stored zone when it shows the same offsets on the
 * page's dates, else the zone of the city the page's places name, if its offsets agree. Its sessions follow.
 */
function withSettledZone(known: Conference | undefined, conference: Conference, entries: readonly ScheduleEntry[]) {
  const guess = conference.timeZone;
  if (!guess) return { conference, entries };
  const instants = entries.flatMap((e) => (e.start ? [Date.parse(e.start)] : []));
  const addresses = entries.flatMap((e) => (e.room ? (addressOf(e.room) ?? []) : []));
  const zone = settledZone(known?.timeZone, guess, addresses, instants);
  if (zone === guess) return { conference, entries };
  return { conference: { ...conference, timeZone: zone }, entries: entries.map((e) => (e.timeZone === guess ? { ...e, timeZone: zone } : e)) };
}

/**
 * Stores what a page shows, as last seen: each session under the key it is stored under, fields the view does
 * not show kept from before. A session stored apart under an id the page now shows as an alias (seen first on the
 * mobile site, say) joins it, with its annotation, when `vetAliases` allows it; each such merge is logged with both
 * records as they were. Only records that changed are written. Every key is resolved inside the one transaction.
 */
export async function recordSeen(
  db: TalkmarksDb,
  conference: Conference,
  pageEntries: readonly ScheduleEntry[],
  now = Date.now(),
  pageUrl?: string,
): Promise<SeenResult> {
  return db.transaction('rw', [db.conferences, ...mergeTables(db)], async () => {
    const known = await db.conferences.get(conference.id);
    const { conference: seen, entries: zoned } = withSettledZone(known, conference, pageEntries);
    if (!known || !sameData({ ...known, seenAt: 0 }, { ...seen, seenAt: 0 })) {
      await db.conferences.put({ ...known, ...seen, seenAt: now });
    }
    const { entries, refused: badShapes } = shaped(zoned);
    const canonical = await canonicalKeys(db, entries.map((e) => e.key));
    const shown = new Map<string, ScheduleEntry>();
    for (const e of entries) {
      const key = canonical.get(e.key)!;
      const before = shown.get(key);
      shown.set(key, before ? mergeEntry(before, rekeyed(e, key)) : rekeyed(e, key));
    }
    // Aliases stored as sessions of their own, and aliases shown apart on this very page, join their session.
    const { adopt, refused } = await vetAliases(db, shown);
    logRefusedAliases([...badShapes, ...refused]);
    for (const [alias, key] of adopt) {
      const apart = shown.get(alias);
      if (apart && shown.has(key)) {
        shown.delete(alias);
        shown.set(key, mergeEntry(apart, shown.get(key)!, key));
      }
    }
    const aliasKeys = [...adopt.keys()];
    const keys = [...shown.keys()];
    const [aliasSessions, aliasNotes, stored, notes] = await Promise.all([
      db.sessions.bulkGet(aliasKeys),
      db.annotations.bulkGet(aliasKeys),
      db.sessions.bulkGet(keys),
      db.annotations.bulkGet(keys),
    ]);
    const records = new Map<string, (ScheduleEntry & { seenAt?: number }) | undefined>(keys.map((k, i) => [k, stored[i]]));
    const index = new Map(keys.map((k, i) => [k, i]));
    const annotations = new Map(keys.map((k, i) => [k, notes[i]]));
    const merged = new Set<string>();
    const log: MergeRecord[] = [];
    aliasKeys.forEach((alias, i) => {
      const key = adopt.get(alias)!;
      const apart = aliasSessions[i];
      const record = records.get(key);
      const note = aliasNotes[i];
      if (apart || note) {
        const at = index.get(key)!;
        const into = { session: stored[at], annotation: notes[at] };
        log.push({ conference: conference.id, at: now, from: alias, into: key, ...(pageUrl ? { pageUrl } : {}), before: { from: { session: apart, annotation: note }, into } });
      }
      if (apart) {
        const [older, newer] = !record ? [apart, apart] : (record.seenAt ?? 0) >= apart.seenAt ? [apart, record] : [record, apart];
        records.set(key, { ...mergeEntry(withoutSeenAt(older), withoutSeenAt(newer), key), seenAt: 0 });
      }
      if (note) {
        const mine = annotations.get(key);
        annotations.set(key, mine ? mergeAnnotations(mine, note) : { ...note, key });
        merged.add(key);
      }
    });
    const changed: StoredSession[] = [];
    const pairs: SeenPair[] = [];
    for (const [key, e] of shown) {
      const before = records.get(key);
      const next = before ? mergeEntry(withoutSeenAt(before), e, key) : e;
      if (!before || !sameData({ ...before, seenAt: 0 }, { ...next, seenAt: 0 })) changed.push({ ...next, seenAt: now });
      const annotation = annotations.get(key);
      if (annotation) pairs.push({ before: before && withoutSeenAt(before), after: next, annotation });
    }
    const recorded = await recordChanges(db, conference.id, pairs, pageUrl ?? '', now);
    const mergedNotes = [...merged].map((k) => annotations.get(k)!);
    await db.sessions.bulkPut(changed);
    await db.annotations.bulkPut(mergedNotes);
    const gone = aliasKeys.filter((_, i) => aliasSessions[i] || aliasNotes[i]);
    await db.sessions.bulkDelete(gone);
    await db.annotations.bulkDelete(gone.filter((k) => !shown.has(k)));
    await logMerges(db, log);
    const renamed: Record<string, string> = {};
    for (const e of entries) {
      const key = canonical.get(e.key)!;
      const final = adopt.get(key) ?? key;
      if (final !== e.key) renamed[e.key] = final;
    }
    for (const alias of gone) renamed[alias] = adopt.get(alias)!;
    return { stored: changed.length, renamed, merged: mergedNotes, changes: recorded.length };
  });
}

export function annotationsOf(db: TalkmarksDb, conference: string): Promise<Annotation[]> {
  return db.annotations.where('conference').equals(conference).toArray();
}

/**
 * Every annotated session with its last seen entry, optionally of one conference; `keep` narrows which annotations
 * (the plan needs only starred ones), so no session row is read for the others.
 */
export async function annotatedSessions(db: TalkmarksDb, conference?: string, keep: (a: Annotation) => boolean = isAnnotated): Promise<AnnotatedSession[]> {
  // One conference (the dashboard's first screen): its sessions are counted while its annotations are read, not after.
  const counted = conference ? db.sessions.where('conference').equals(conference).count() : undefined;
  // Handled here too, so a failed read of the annotations (thrown below) leaves no unhandled rejection behind.
  counted?.catch(() => undefined);
  const counts = conference && counted ? new Map([[conference, counted]]) : undefined;
  const all = conference ? await annotationsOf(db, conference) : await allAnnotations(db);
  const annotated = all.filter((a) => isAnnotated(a) && keep(a));
  const entries = await sessionsOf(db, annotated, counts);
  return withEntries(annotated, (_, i) => entries[i]);
}

/** Tags in use, most used first: suggestions for the tag input. */
export async function tagCounts(db: TalkmarksDb): Promise<[string, number][]> {
  // The tags index holds one key per session and tag. A cursor over all of them took a request per key (2.5 s for
  // 10,000 tagged sessions, with the dashboard's keystrokes waiting behind its events); one that skips repeats takes
  // a request per tag, and each tag is then counted by the index, all at once.
  const tags = (await db.annotations.orderBy('tags').uniqueKeys()) as string[];
  const counts = await Promise.all(tags.map((t) => db.annotations.where('tags').equals(t).count()));
  return tags.map((t, i): [string, number] => [t, counts[i]!]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Every annotation stored, annotated or emptied since, of every conference. */
export function allAnnotations(db: TalkmarksDb): Promise<Annotation[]> {
  return readInPages(db.annotations, (a) => a.key);
}
