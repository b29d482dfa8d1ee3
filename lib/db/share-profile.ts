import { toBase64url } from '../share/base64url';
import type { TalkmarksDb } from './database';
import { moveLegacyKey, type LegacyArea } from './legacy-local';
import { ShareProfileRow, type ShareProfile } from './rows';

const KEY = 'shareProfile';
const fresh = (): ShareProfile => ({ sharer: toBase64url(crypto.getRandomValues(new Uint8Array(9))), name: '' });
const rowOf = (profile: ShareProfile) => ({ key: KEY, ...profile }) as const;

async function stored(db: TalkmarksDb): Promise<ShareProfile | undefined> {
  const parsed = ShareProfileRow.safeParse(await db.meta.get(KEY));
  return parsed.success ? { sharer: parsed.data.sharer, name: parsed.data.name } : undefined;
}

/** The profile an older version left in storage.local, moved into the database once (see moveLegacyKey). */
export function moveLegacyShareProfile(db: TalkmarksDb, area: LegacyArea): Promise<void> {
  return moveLegacyKey(db, area, KEY, (value) => {
    const parsed = ShareProfileRow.omit({ key: true }).safeParse(value);
    return parsed.success ? rowOf(parsed.data) : undefined;
  });
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
