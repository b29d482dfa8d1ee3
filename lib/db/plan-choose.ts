import { patchAnnotation } from './annotations';
import type { TalkmarksDb } from './database';
import { type Annotation, type AnnotationPatch } from '../model/schema';
import { backInPlanPatch, type PlanRef } from '../plan/items';
import { conferenceOf } from '../model/keys';

export interface ChoiceOptions {
  /** What happens to the talks set aside: they keep their star as alternatives, or lose it. */
  mode: 'alternative' | 'unstar';
  /** Put the talks set aside on the watch-later list. */
  watchLater: boolean;
}

/**
 * Resolves a clash in one transaction: `chosen` is no longer an alternative; the talks set aside become
 * alternatives or are unstarred, as the user said. Own items set aside always stay, as alternatives:
 * choosing a talk never deletes what the user wrote. Returns the annotations that changed.
 */
export async function chooseInClash(
  db: TalkmarksDb,
  chosen: PlanRef,
  setAside: readonly PlanRef[],
  { mode, watchLater }: ChoiceOptions,
  now = Date.now(),
): Promise<Annotation[]> {
  return db.transaction('rw', db.annotations, db.sessions, db.ownItems, async () => {
    const changed: Annotation[] = [];
    const patch = async (ref: PlanRef, fields: AnnotationPatch, alternative: boolean) => {
      if (ref.kind === 'session') {
        changed.push(await patchAnnotation(db, ref.key, conferenceOf(ref.key), fields, undefined, now));
        return;
      }
      const own = await db.ownItems.get(ref.id);
      if (own && own.alternative !== alternative) await db.ownItems.put({ ...own, alternative, updatedAt: now });
    };
    // Chosen after being set aside earlier ("Back in the plan", then choose again): off the list it went on with it.
    const before = chosen.kind === 'session' ? await db.annotations.get(chosen.key) : undefined;
    await patch(chosen, backInPlanPatch(before), false);
    const aside: AnnotationPatch = mode === 'unstar' ? { starred: false, alternative: false } : { alternative: true };
    for (const ref of setAside) await patch(ref, watchLater ? { ...aside, watchLater: true } : aside, true);
    return changed;
  });
}
