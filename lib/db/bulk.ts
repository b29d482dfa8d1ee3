import { patchAnnotation } from './annotations';
import type { TalkmarksDb } from './database';
import { type Annotation, type AnnotationPatch } from '../model/schema';
import { conferenceOf } from '../model/keys';
import type { BulkChange } from '../model/bulk';

function patchFor(change: BulkChange, before: Annotation | undefined): AnnotationPatch | undefined {
  const tags = before?.tags ?? [];
  switch (change.kind) {
    case 'patch':
      return change.patch;
    case 'tag':
      return tags.includes(change.tag) ? undefined : { tags: [...tags, change.tag] };
    case 'untag':
      return tags.includes(change.tag) ? { tags: tags.filter((t) => t !== change.tag) } : undefined;
  }
}

/** One change (star, rate, tag, untag …) to many sessions in one transaction; returns the annotations it changed. */
export async function applyBulk(
  db: TalkmarksDb,
  keys: readonly string[],
  change: BulkChange,
  now = Date.now(),
): Promise<Annotation[]> {
  return db.transaction('rw', db.annotations, db.sessions, async () => {
    const befores = await db.annotations.bulkGet([...keys]);
    const changed: Annotation[] = [];
    for (const [i, key] of keys.entries()) {
      const before = befores[i];
      const patch = patchFor(change, before);
      if (!patch) continue;
      const after = await patchAnnotation(db, key, conferenceOf(key), patch, undefined, now);
      if (after.updatedAt === now) changed.push(after);
    }
    return changed;
  });
}
