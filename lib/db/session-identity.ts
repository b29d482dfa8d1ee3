import type { TalkmarksDb } from './database';
import { mergeAnnotation } from '../merge/annotation';
import type { Annotation } from '../model/schema';

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

/**
 * One annotation from two made on the same session under different keys before the page told us they were one:
 * the same merge as an imported backup's (lib/merge.ts): per field the newer wins, tags are united, and two
 * different notes are both kept, so nothing typed is lost.
 */
export function mergeAnnotations(kept: Annotation, other: Annotation): Annotation {
  return mergeAnnotation(kept, { ...other, key: kept.key }, 'this talk under its other id').annotation;
}
