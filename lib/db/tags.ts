import { patchAnnotation } from './annotations';
import type { TalkmarksDb } from './database';
import type { Annotation } from '../model/schema';

/** The sessions tagged with any of `tags`: what renaming or merging them would change. */
export async function taggedKeys(db: TalkmarksDb, tags: readonly string[]): Promise<string[]> {
  return (await db.annotations.where('tags').anyOf([...tags]).primaryKeys()) as string[];
}

/**
 * Renames a tag, or merges several into one: every session tagged with any of `from` carries `to` in its
 * place (once, where it was). One transaction; each changed session's tags get a fresh field stamp.
 */
export async function renameTags(db: TalkmarksDb, from: readonly string[], to: string, now = Date.now()): Promise<Annotation[]> {
  const sources = new Set(from.filter((tag) => tag !== to));
  if (!sources.size) return [];
  return db.transaction('rw', db.annotations, db.sessions, async () => {
    const tagged = await db.annotations.where('tags').anyOf([...sources]).distinct().toArray();
    const changed: Annotation[] = [];
    for (const a of tagged) {
      const tags = [...new Set(a.tags.map((tag) => (sources.has(tag) ? to : tag)))];
      changed.push(await patchAnnotation(db, a.key, a.conference, { tags }, undefined, now));
    }
    return changed;
  });
}
