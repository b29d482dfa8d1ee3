import { mergeNotes, unionTags } from '../merge/annotation';
import type { Annotation, AnnotationPatch, PatchBase } from '../model/schema';
import type { ColleaguePick } from '../model/colleague';

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
