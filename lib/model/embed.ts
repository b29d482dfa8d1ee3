import { z } from 'zod';
import { ConferenceId, HttpUrl } from './schema';

/** `https://conf.example.com`: a site's origin, no path. */
export const SiteOrigin = z
  .string()
  .max(300)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) && new URL(value).origin === value, 'must be an http(s) origin');

/**
 * A site the user confirmed as showing one event's embedded schedule (the popup's "Annotate it here"). The only way a
 * tab on a site other than the platform's own comes to belong to a conference: the page's markup alone never does.
 */
export const EmbedBinding = z.object({
  site: SiteOrigin,
  conference: ConferenceId,
  platform: z.enum(['pretalx', 'sessionize']),
  /** pretalx: the event's address; Sessionize: its `view/All` JSON. */
  eventUrl: HttpUrl,
  /** The event for people to read (`cfp.example.org/2025`). */
  label: z.string().max(500),
  /** The page the user confirmed it on. */
  page: HttpUrl,
  at: z.number(),
});
export type EmbedBinding = z.infer<typeof EmbedBinding>;
