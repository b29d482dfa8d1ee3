import { toBase64url } from '../share/base64url';
import type { TalkmarksDb } from './database';
import { ShareProfileRow, type ShareProfile } from './rows';

/** Where Talkmarks kept the profile before: a content script can read and rewrite every key of storage.local. */
export const LEGACY_SHARE_PROFILE_KEY = 'shareProfile';

/** The slice of a browser storage area the one-time move needs (storage.local; a plain object in tests). */
export interface LegacyArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

const Legacy = ShareProfileRow.omit({ key: true });
const fresh = (): ShareProfile => ({ sharer: toBase64url(crypto.getRandomValues(new Uint8Array(9))), name: '' });
const rowOf = (profile: ShareProfile) => ({ key: 'shareProfile' as const, ...profile });

async function stored(db: TalkmarksDb): Promise<ShareProfile | undefined> {
  const parsed = ShareProfileRow.safeParse(await db.meta.get('shareProfile'));
  return parsed.success ? { sharer: parsed.data.sharer, name: parsed.data.name } : undefined;
}

/**
 * Moves a profile left in storage.local into the database, once, and deletes it there. The database's own profile
 * wins when both exist: a content script could have written the storage.local one since.
 */
export async function moveLegacyShareProfile(db: TalkmarksDb, area: LegacyArea): Promise<void> {
  const { [LEGACY_SHARE_PROFILE_KEY]: legacy } = await area.get(LEGACY_SHARE_PROFILE_KEY);
  if (legacy === undefined) return;
  const parsed = Legacy.safeParse(legacy);
  await db.transaction('rw', db.meta, async () => {
    if (parsed.success && !(await stored(db))) await db.meta.put(rowOf(parsed.data));
  });
  await area.remove(LEGACY_SHARE_PROFILE_KEY);
}

/** This profile as a sharer: moved from storage.local if it is still there, else stored, else a new random id. */
export async function shareProfile(db: TalkmarksDb, area: LegacyArea): Promise<ShareProfile> {
  await moveLegacyShareProfile(db, area);
  return db.transaction('rw', db.meta, async () => {
    const known = await stored(db);
    if (known) return known;
    const profile = fresh();
    await db.meta.put(rowOf(profile));
    return profile;
  });
}

/** Remembers the name last shared under, keeping the sharer id. */
export async function saveShareName(db: TalkmarksDb, profile: ShareProfile, name: string): Promise<void> {
  await db.meta.put(rowOf({ sharer: profile.sharer, name: name.trim().slice(0, 60) }));
}
