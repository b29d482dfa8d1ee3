import type { TalkmarksDb } from './db';
import type { Annotation, FieldName } from './model';

/**
 * A session can be seen under several keys (sched: the short id of `/event/<short>/…`, the 32-hex id of list
 * links, `all.ics` and the mobile site). It is stored under the first key a page showed beside its others, which
 * are kept as aliases of that record (`sessions.*aliases`). This maps keys to the key their session is stored under.
 */
export async function canonicalKeys(db: TalkmarksDb, keys: readonly string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const stored = await db.sessions.bulkGet([...keys]);
  const missing = new Set(keys.filter((_, i) => !stored[i]));
  keys.forEach((key) => result.set(key, key));
  if (missing.size) {
    for (const owner of await db.sessions.where('aliases').anyOf([...missing]).toArray()) {
      for (const alias of owner.aliases) if (missing.has(alias)) result.set(alias, owner.key);
    }
  }
  return result;
}

const fields: FieldName[] = ['starred', 'rating', 'note', 'tags'];

/**
 * One annotation from two made on the same session under different keys before the page told us they were one:
 * per field the newer wins, except that notes and tags of both are kept (joined, united) so nothing typed is lost.
 */
export function mergeAnnotations(kept: Annotation, other: Annotation): Annotation {
  const merged: Annotation = { ...kept, fieldUpdatedAt: { ...kept.fieldUpdatedAt }, tags: [...kept.tags] };
  for (const field of fields) {
    const mine = kept.fieldUpdatedAt[field] ?? -1;
    const theirs = other.fieldUpdatedAt[field] ?? -1;
    if (theirs < 0) continue;
    if (field === 'note' && kept.note.trim() && other.note.trim() && kept.note !== other.note) {
      merged.note = mine >= theirs ? `${other.note}\n\n${kept.note}` : `${kept.note}\n\n${other.note}`;
    } else if (field === 'tags') {
      merged.tags = [...new Set([...kept.tags, ...other.tags])];
    } else if (theirs > mine) {
      (merged as Record<FieldName, unknown>)[field] = other[field];
    } else continue;
    merged.fieldUpdatedAt[field] = Math.max(mine, theirs);
  }
  merged.updatedAt = Math.max(kept.updatedAt, other.updatedAt);
  return merged;
}
