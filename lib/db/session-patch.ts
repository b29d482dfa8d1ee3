import type { TalkmarksDb } from './database';
import { patchAnnotation } from './annotations';
import { logRefusedAliases, mergeTables, vetAliases } from './merges';
import { canonicalKeys } from './session-identity';
import { rekeyed } from '../merge/entry';
import { shapedAliases } from '../merge/aliases';
import { conferenceOf } from '../model/keys';
import type { Annotation, AnnotationPatch, PatchBase, ScheduleEntry } from '../model/schema';

/**
 * A change to a session as a page or the popup shows it, written where the session is stored. The key is resolved
 * in the same transaction as the write, so a merge committed in between cannot leave the change on a deleted key.
 * The entry sent along keeps only aliases `vetAliases` allows and no merge needs: a patch never merges two records
 * (the page's next `page/seen` does, and logs it).
 */
export async function patchShownSession(
  db: TalkmarksDb,
  shown: string,
  patch: AnnotationPatch,
  entry?: ScheduleEntry,
  now = Date.now(),
  base?: PatchBase,
): Promise<Annotation> {
  return db.transaction('rw', mergeTables(db), async () => {
    const key = (await canonicalKeys(db, [shown])).get(shown)!;
    let vetted: ScheduleEntry | undefined;
    if (entry) {
      const { aliases, refused: badShapes } = shapedAliases(entry);
      const candidate = new Map([[key, rekeyed({ ...entry, aliases }, key)]]);
      const { adopt, refused, storedApart } = await vetAliases(db, candidate);
      logRefusedAliases([...badShapes.map((r) => ({ key: entry.key, ...r })), ...refused]);
      vetted = { ...candidate.get(key)!, aliases: [...adopt.keys()].filter((a) => !storedApart.has(a)) };
    }
    return patchAnnotation(db, key, conferenceOf(key), patch, vetted, now, base);
  });
}
