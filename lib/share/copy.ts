import { patchAnnotation } from '../db/annotations';
import type { TalkmarksDb } from '../db/database';
import { mergeNotes, unionTags } from '../merge/annotation';
import type { Annotation, AnnotationPatch, PatchBase } from '../model/schema';
import type { ColleagueLayer, ColleaguePick } from '../model/colleague';

/** How a colleague's note is set apart when it joins a note of the user's own. */
export const copiedMarker = (name: string) => `──── From ${name}'s picks ────`;

/**
 * What copying one pick changes in the user's own annotation: a star they gave, their rating where the user has
 * none, their tags added, their note added below the user's. Nothing of the user's is overwritten or removed.
 */
export function copyPatch(own: Annotation | undefined, pick: ColleaguePick, name: string): { patch: AnnotationPatch; base: PatchBase } | undefined {
  const patch: AnnotationPatch = {};
  const base: PatchBase = {};
  if (pick.starred && !own?.starred) patch.starred = true;
  if (pick.rating !== null && (own?.rating ?? null) === null) patch.rating = pick.rating;
  const tags = unionTags(own?.tags ?? [], pick.tags);
  if (tags.length !== (own?.tags.length ?? 0)) {
    patch.tags = tags;
    base.tags = own?.tags ?? [];
  }
  const note = pick.note.trim() ? mergeNotes(own?.note ?? '', pick.note, copiedMarker(name)).note : undefined;
  if (note !== undefined && note !== (own?.note ?? '')) {
    patch.note = note;
    base.note = own?.note ?? '';
  }
  return Object.keys(patch).length ? { patch, base } : undefined;
}

/**
 * Copies a layer's picks (all, or those of `keys`) into the user's own annotations, in one transaction; each
 * field goes through patchAnnotation, so edits made meanwhile elsewhere are merged, not lost. Returns the changed.
 */
export async function copyPicks(db: TalkmarksDb, layer: ColleagueLayer, keys?: readonly string[], now = Date.now()): Promise<Annotation[]> {
  const wanted = keys ? new Set(keys) : undefined;
  const picks = layer.picks.filter((p) => !wanted || wanted.has(p.key));
  return db.transaction('rw', db.annotations, db.sessions, async () => {
    const owns = await db.annotations.bulkGet(picks.map((p) => p.key));
    const changed: Annotation[] = [];
    for (const [i, pick] of picks.entries()) {
      const copy = copyPatch(owns[i], pick, layer.name);
      if (copy) changed.push(await patchAnnotation(db, pick.key, layer.conference, copy.patch, undefined, now, copy.base));
    }
    return changed;
  });
}
