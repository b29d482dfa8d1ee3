import { adapterFor } from '../adapters';
import { conferenceOf, eventOf } from '../model/keys';
import { onOrigin } from '../model/on-origin';
import type { TabEntries } from './tab-messages';
import type { EmbedBinding } from '../model/embed';

/** What a tab's URL makes it show: the platform's own page, or the event the user bound the tab's site to. */
function shownAt(url: URL, binding: EmbedBinding | undefined) {
  if (binding && binding.site === url.origin) {
    const home = binding.platform === 'pretalx' ? binding.eventUrl : binding.page;
    return { id: binding.conference, platform: binding.platform, url: home, origin: new URL(home).origin };
  }
  const adapter = adapterFor(url);
  return adapter && { id: adapter.conferenceId(url), platform: adapter.platform, url: adapter.conferenceUrl(url), origin: url.origin };
}

/** The conference a tab shows, from its URL (as the browser reports it) and the user's binding of its site alone. */
export function conferenceOfTab(tabUrl: string | undefined, binding?: EmbedBinding): string | undefined {
  const url = tabUrl && URL.canParse(tabUrl) ? new URL(tabUrl) : undefined;
  return url && shownAt(url, binding)?.id;
}

/**
 * A tab's answer to `tab/entries` as the popup may believe it: the conference is the one the tab's URL (as the
 * browser reports it) belongs to, never the one the answer names. An answer about another conference is dropped
 * whole; entries and the focus of another conference, and entry addresses off the tab's site, are left out. `binding`:
 * the user's binding of the tab's site to an embedded event, if any.
 */
export function answerOfTab(answer: TabEntries, tabUrl: string | undefined, binding?: EmbedBinding): TabEntries | undefined {
  const url = tabUrl && URL.canParse(tabUrl) ? new URL(tabUrl) : undefined;
  const shown = url && shownAt(url, binding);
  if (!shown) return undefined;
  const { id } = shown;
  if (answer.conference.id !== id) return undefined;
  const ours = answer.entries.filter((e) => e.conference === id && conferenceOf(e.key) === id && e.aliases.every((a) => conferenceOf(a) === id));
  const focus = answer.focus && conferenceOf(answer.focus) === id ? answer.focus : undefined;
  return {
    conference: { ...answer.conference, platform: shown.platform, event: eventOf(id), url: shown.url },
    entries: onOrigin(ours, shown.origin).entries,
    ...(focus ? { focus } : {}),
  };
}
