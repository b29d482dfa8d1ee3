import { z } from 'zod';
import { MAX_TOKEN_CHARS } from '../share/limits';
import { SharedPicks, type ShareInclude } from '../model/shared-picks';

/** Where shared picks come from: a link's token (decoded by the background) or a file the dashboard read. */
export const ShareSource = z.union([
  z.object({ token: z.string().max(MAX_TOKEN_CHARS) }),
  z.object({ share: SharedPicks }),
]);
export type ShareSource = z.infer<typeof ShareSource>;

/** What the prompt says about shared picks before anything is stored. */
export interface SharePreview {
  conference: string;
  conferenceName: string;
  name: string;
  count: number;
  sharedAt: number;
  include: ShareInclude;
  /** This colleague's layer for the conference, which accepting replaces. */
  existing?: { name: string; count: number; sharedAt: number };
}

export interface ShareStored {
  id: string;
  count: number;
  replaced: boolean;
}
