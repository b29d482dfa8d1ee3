import { z } from 'zod';
import { ConferenceId, Rating, SessionKey, Tag } from './schema';
import { sessionKey } from './keys';
import { DisplayName, ShareInclude, SharedJournal, SharerId, type SharedPicks } from './shared-picks';

/** One session a colleague picked, with what they shared of it. */
export const ColleaguePick = z.object({
  key: SessionKey,
  starred: z.boolean(),
  /** Starred as an alternative the colleague set aside in a clash. Layers stored before it have none: false. */
  alternative: z.boolean().optional(),
  rating: Rating.nullable(),
  tags: z.array(Tag),
  note: z.string(),
  title: z.string().optional(),
});
export type ColleaguePick = z.infer<typeof ColleaguePick>;

/**
 * A colleague's picks for one conference, stored apart from the user's own annotations. One layer per colleague
 * (sharer) and conference: a newer link from them replaces it whole.
 */
export const ColleagueLayer = z.object({
  id: z.string().min(1).max(200),
  conference: ConferenceId,
  conferenceName: z.string().max(200).optional(),
  sharer: SharerId,
  name: DisplayName,
  sharedAt: z.number().int().nonnegative(),
  receivedAt: z.number().int().nonnegative(),
  hidden: z.boolean().default(false),
  /** When it was last hidden or shown (absent: not since it was received), so sync keeps the later choice. */
  hiddenAt: z.number().int().nonnegative().optional(),
  /** Read from the team folder, which every device reads itself: such a layer does not travel in device files. */
  team: z.literal(true).optional(),
  include: ShareInclude,
  picks: z.array(ColleaguePick),
  /** Their journal of the conference and its days, when they shared notes; layers stored before it have none. */
  journal: z.array(SharedJournal).optional(),
});
export type ColleagueLayer = z.infer<typeof ColleagueLayer>;

export const layerId = (conference: string, sharer: string) => `${conference}/${sharer}`;

/** A validated share as the layer it becomes. */
export function layerOf(share: SharedPicks, receivedAt: number): ColleagueLayer {
  return {
    id: layerId(share.conference, share.sharer),
    conference: share.conference,
    ...(share.conferenceName ? { conferenceName: share.conferenceName } : {}),
    sharer: share.sharer,
    name: share.from,
    sharedAt: share.sharedAt,
    receivedAt,
    hidden: false,
    include: share.include,
    picks: share.picks.map((p) => ({
      key: sessionKey(share.conference, p.id),
      starred: p.starred ?? false,
      ...(p.alternative ? { alternative: true } : {}),
      rating: p.rating ?? null,
      tags: p.tags ?? [],
      note: p.note ?? '',
      ...(p.title ? { title: p.title } : {}),
    })),
    ...(share.journal ? { journal: share.journal } : {}),
  };
}
