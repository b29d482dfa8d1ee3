import { browser } from 'wxt/browser';
import { z } from 'zod';
import { toBase64url } from '../../lib/share/base64url';
import { SharerId } from '../../lib/model/shared-picks';

const KEY = 'shareProfile';

/** Who this profile is when it shares: a random id (so a newer link replaces an older one) and the last name used. */
const Profile = z.object({ sharer: SharerId, name: z.string().max(60).catch('') });
export type ShareProfile = z.infer<typeof Profile>;

/** The stored profile, validated; a fresh random id the first time (or when what is stored cannot be read). */
export async function loadShareProfile(): Promise<ShareProfile> {
  const stored = await browser.storage.local.get(KEY);
  const parsed = Profile.safeParse(stored[KEY]);
  if (parsed.success) return parsed.data;
  const profile = { sharer: toBase64url(crypto.getRandomValues(new Uint8Array(9))), name: '' };
  await browser.storage.local.set({ [KEY]: profile });
  return profile;
}

export function saveShareName(profile: ShareProfile, name: string): Promise<void> {
  return browser.storage.local.set({ [KEY]: { ...profile, name: name.trim().slice(0, 60) } });
}
