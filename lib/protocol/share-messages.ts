import { z } from 'zod';
import { SharedPicks, type ShareInclude } from '../model/shared-picks';

/** A share link a schedule tab opened, kept by the background under this id until the user answers in our window. */
export const OfferId = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/, 'must be an offer id');

/**
 * Where shared picks come from: a link's offer (its token read by the background from the tab's own URL) or a file
 * the dashboard read. Only the extension's pages name either: a page never gets to say which picks are accepted.
 */
export const ShareSource = z.union([
  z.object({ offer: OfferId }),
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
