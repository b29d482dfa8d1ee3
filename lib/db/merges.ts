import { hasTable, type TalkmarksDb } from './database';
import type { MergeRecord, MergeSide } from './merge-record';
import { sameSession } from '../merge/aliases';
import type { Annotation, FieldName, ScheduleEntry } from '../model/schema';
import { emptyFields } from '../model/fields';

/** An alias a page gave that was not taken, and why. */
export interface AliasRefusal {
  key: string;
  alias: string;
  reason: string;
}

const told = new Set<string>();

/** A refused alias is said once per reason and schedule, so a page shown again does not flood the console. */
export function logRefusedAliases(refused: readonly AliasRefusal[]): void {
  for (const { key, alias, reason } of refused) {
    const once = `${key.slice(0, key.lastIndexOf(':'))} ${reason}`;
    if (told.has(once)) continue;
    told.add(once);
    console.warn(`[talkmarks] alias refused: ${alias} for ${key}: ${reason}`);
  }
}

export interface VettedAliases {
  /** Alias → the key of the session it joins. */
  adopt: Map<string, string>;
  refused: AliasRefusal[];
  /** Candidates stored under their own key (a session record or a note): taking one is a merge. */
  storedApart: Set<string>;
}

/**
 * Which of the aliases the page shows beside each session may become that session's: none another record already
 * owns, none stored (or shown on this page) as a session of its own with another title or URL, and none whose merge
 * into this very session the user undid. Entries in `shown` lose their refused aliases; an alias shown apart on the
 * page joins its session. Runs inside the caller's write transaction, so what it read still holds when it writes.
 */
export async function vetAliases(db: TalkmarksDb, shown: Map<string, ScheduleEntry>): Promise<VettedAliases> {
  // An alias the stored record already holds was vetted when it was taken: only new ones are looked up, so seeing a
  // page again reads no index (a multi-entry `anyOf` over 10,000 aliases costs seconds in some IndexedDBs).
  const keys = [...shown.keys()];
  const taken = new Set((await db.sessions.bulkGet(keys)).flatMap((r, i) => (r?.aliases ?? []).map((a) => `${keys[i]} ${a}`)));
  const isTaken = (key: string, alias: string) => taken.has(`${key} ${alias}`);
  const candidates = [...new Set([...shown].flatMap(([key, e]) => e.aliases.filter((a) => a !== key && !isTaken(key, a))))];
  const adopt = new Map<string, string>();
  const refused: AliasRefusal[] = [];
  const storedApart = new Set<string>();
  const [apart, notes, owners, undone] = await Promise.all([
    db.sessions.bulkGet(candidates),
    db.annotations.bulkGet(candidates),
    db.sessions.where('aliases').anyOf(candidates).toArray(),
    hasTable(db, 'merges') ? db.merges.where('from').anyOf(candidates).filter((m) => m.undoneAt !== undefined).toArray() : [],
  ]);
  candidates.forEach((a, i) => (apart[i] || notes[i]) && storedApart.add(a));
  const records = new Map(candidates.map((a, i) => [a, apart[i]]));
  // One pass over the owners: a page of 10,000 sessions asks about 10,000 aliases.
  const ownersOf = new Map<string, string[]>();
  for (const o of owners) for (const a of o.aliases) ownersOf.set(a, [...(ownersOf.get(a) ?? []), o.key]);
  const refusal = (key: string, e: ScheduleEntry, alias: string): string | undefined => {
    const owned = ownersOf.get(alias) ?? [];
    const other = owned.find((owner) => owner !== key) ?? (adopt.has(alias) && adopt.get(alias) !== key ? adopt.get(alias) : undefined);
    if (other) return `already an id of ${other}`;
    if (isTaken(key, alias)) return undefined;
    const record = records.get(alias);
    if (record && !sameSession(record, e)) return 'stored as another session';
    // A note under the alias with no session beside it cannot be compared: only the record that owns the alias takes it.
    if (!record && storedApart.has(alias) && !owned.includes(key)) return 'a note of its own with no session to compare';
    const onPage = shown.get(alias);
    if (onPage && !sameSession(onPage, e)) return 'shown as another session on this page';
    if (undone.some((m) => m.into === key && m.from === alias)) return 'the user undid this merge';
    return undefined;
  };
  for (const key of keys) {
    const e = shown.get(key)!;
    const kept: string[] = [];
    for (const alias of e.aliases) {
      if (alias === key) continue;
      const reason = refusal(key, e, alias);
      if (reason) {
        refused.push({ key, alias, reason });
        continue;
      }
      kept.push(alias);
      adopt.set(alias, key);
    }
    if (kept.length !== e.aliases.length) shown.set(key, { ...e, aliases: kept });
  }
  return { adopt, refused, storedApart };
}

/**
 * The tables a write that may merge works on, with the change log (a session seen anew may have moved); a database
 * of an older version (tests build them) has no logs.
 */
export function mergeTables(db: TalkmarksDb) {
  return [db.sessions, db.annotations, ...(['merges', 'changes'] as const).filter((t) => hasTable(db, t)).map((t) => db[t])];
}

/** Adds the merges one write made, in that write's transaction. */
export async function logMerges(db: TalkmarksDb, merges: readonly MergeRecord[]): Promise<void> {
  if (merges.length && hasTable(db, 'merges')) await db.merges.bulkAdd([...merges]);
}

/** The latest merges, newest first, for the dashboard (none from a read-only database opened without the table). */
export async function recentMerges(db: TalkmarksDb, limit = 50): Promise<MergeRecord[]> {
  if (!hasTable(db, 'merges')) return [];
  return db.merges.orderBy('at').reverse().limit(limit).toArray();
}

/** An annotation as it was before a merge, with every field the user changed after the merge kept as it is now. */
function restored(before: Annotation | undefined, now: Annotation | undefined, at: number): Annotation | undefined {
  const later = Object.entries(now?.fieldUpdatedAt ?? {}).filter(([, stamp]) => stamp > at) as [FieldName, number][];
  if (!now || !later.length) return before;
  const next: Annotation = before
    ? { ...before, fieldUpdatedAt: { ...before.fieldUpdatedAt } }
    : { key: now.key, conference: now.conference, ...emptyFields, tags: [], updatedAt: now.updatedAt, fieldUpdatedAt: {} };
  for (const [field, stamp] of later) {
    (next as Record<FieldName, unknown>)[field] = now[field];
    next.fieldUpdatedAt[field] = stamp;
  }
  next.updatedAt = Math.max(next.updatedAt, now.updatedAt);
  return next;
}

/** Puts one side back. An annotation it did not have is emptied rather than deleted, so open tabs are told too. */
async function put(db: TalkmarksDb, key: string, conference: string, side: MergeSide, now: number): Promise<void> {
  await (side.session ? db.sessions.put(side.session) : db.sessions.delete(key));
  if (side.annotation) await db.annotations.put(side.annotation);
  else if (await db.annotations.get(key)) await db.annotations.put({ key, conference, ...emptyFields, tags: [], updatedAt: now, fieldUpdatedAt: {} });
}

/**
 * Undoes one merge: both records as they were before it, except what the user changed on the merged session since
 * (those fields stay). The page will not merge them again. Returns the annotations of both keys now, for the tabs.
 */
export async function undoMerge(db: TalkmarksDb, id: number, now = Date.now()): Promise<{ conference: string; annotations: Annotation[] } | undefined> {
  return db.transaction('rw', [db.sessions, db.annotations, db.merges], async () => {
    const merge = await db.merges.get(id);
    if (!merge || merge.undoneAt !== undefined) return undefined;
    const current = await db.annotations.get(merge.into);
    await put(db, merge.into, merge.conference, { ...merge.before.into, annotation: restored(merge.before.into.annotation, current, merge.at) }, now);
    await put(db, merge.from, merge.conference, merge.before.from, now);
    await db.merges.update(id, { undoneAt: now });
    const annotations = (await db.annotations.bulkGet([merge.from, merge.into])).filter((a): a is Annotation => !!a);
    return { conference: merge.conference, annotations };
  });
}
