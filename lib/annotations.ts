import type { TalkmarksDb } from './db';
import { keptMarker, mergeNotes } from './merge';
import {
  emptyFields,
  isAnnotated,
  type Annotation,
  type AnnotationPatch,
  type Conference,
  type FieldName,
  type PatchBase,
  type ScheduleEntry,
} from './model';

export interface AnnotatedSession {
  entry: ScheduleEntry;
  annotation: Annotation;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/\s+/g, '-').toLowerCase()).filter(Boolean))];
}

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
  return db.transaction('rw', db.annotations, db.sessions, async () => {
    const before = await db.annotations.get(key);
    const next: Annotation = before
      ? { ...before, fieldUpdatedAt: { ...before.fieldUpdatedAt } }
      : { key, conference, ...emptyFields, tags: [], updatedAt: now, fieldUpdatedAt: {} };
    const rebased = before ? rebase(before, patch, base, now) : patch;
    const fields = { ...rebased, ...(rebased.tags ? { tags: normaliseTags(rebased.tags) } : {}) };
    let changed = !before;
    for (const [name, value] of Object.entries(fields) as [FieldName, unknown][]) {
      if (value === undefined || sameValue(next[name], value)) continue;
      (next as Record<FieldName, unknown>)[name] = value;
      next.fieldUpdatedAt[name] = now;
      changed = true;
    }
    if (changed) {
      next.updatedAt = now;
      await db.annotations.put(next);
    }
    if (entry) {
      // Unchanged entries are not rewritten: every write wakes the live queries over the whole sessions table.
      const stored = await db.sessions.get(entry.key);
      if (!stored || !sameValue({ ...stored, seenAt: 0 }, { ...entry, seenAt: 0 })) await db.sessions.put({ ...entry, seenAt: now });
    }
    return next;
  });
}

/** Stores what a page shows; only entries that changed since last seen are written. */
export async function recordSeen(
  db: TalkmarksDb,
  conference: Conference,
  entries: readonly ScheduleEntry[],
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.conferences, db.sessions, async () => {
    const known = await db.conferences.get(conference.id);
    if (!known || !sameValue({ ...known, seenAt: 0 }, { ...conference, seenAt: 0 })) {
      await db.conferences.put({ ...known, ...conference, seenAt: now });
    }
    const stored = await db.sessions.bulkGet(entries.map((e) => e.key));
    const changed = entries.filter((entry, i) => {
      const old = stored[i];
      return !old || !sameValue({ ...old, seenAt: 0 }, { ...entry, seenAt: 0 });
    });
    await db.sessions.bulkPut(changed.map((entry) => ({ ...entry, seenAt: now })));
    return changed.length;
  });
}

export function annotationsOf(db: TalkmarksDb, conference: string): Promise<Annotation[]> {
  return db.annotations.where('conference').equals(conference).toArray();
}

function placeholderEntry(a: Annotation): ScheduleEntry {
  return { key: a.key, conference: a.conference, aliases: [], title: a.key, speakers: [] };
}

/** Every annotated session with its last seen entry, optionally of one conference. */
export async function annotatedSessions(db: TalkmarksDb, conference?: string): Promise<AnnotatedSession[]> {
  const all = conference ? await annotationsOf(db, conference) : await db.annotations.toArray();
  const annotated = all.filter(isAnnotated);
  const entries = await db.sessions.bulkGet(annotated.map((a) => a.key));
  return annotated.map((annotation, i) => {
    const stored = entries[i];
    if (!stored) return { entry: placeholderEntry(annotation), annotation };
    const { seenAt: _seenAt, ...entry } = stored;
    return { entry, annotation };
  });
}

/** Tags in use, most used first: suggestions for the tag input. */
export async function tagCounts(db: TalkmarksDb): Promise<[string, number][]> {
  const counts = new Map<string, number>();
  await db.annotations.each((a) => a.tags.forEach((t) => counts.set(t, (counts.get(t) ?? 0) + 1)));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
