import { browser } from 'wxt/browser';
import { getDb } from '../../lib/db/database';
import { saveShareName as saveName, shareProfile } from '../../lib/db/share-profile';
import type { ShareProfile } from '../../lib/db/rows';

export type { ShareProfile };

/** Who this profile is when it shares, from the extension's database (an older version's storage.local copy moves there). */
export function loadShareProfile(): Promise<ShareProfile> {
  return shareProfile(getDb(), browser.storage.local);
}

export function saveShareName(profile: ShareProfile, name: string): Promise<void> {
  return saveName(getDb(), profile, name);
}
