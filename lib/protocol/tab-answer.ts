import { adapterFor } from '../adapters';
import { conferenceOf, eventOf } from '../model/keys';
import { onOrigin } from '../model/on-origin';
import type { TabEntries } from './tab-messages';

/**
 * A tab's answer to `tab/entries` as the popup may believe it: the conference is the one the tab's URL (as the
 * browser reports it) belongs to, never the one the answer names. An answer about another conference is dropped
 * whole; entries and the focus of another conference, and entry addresses off the tab's site, are left out.
 */
export function answerOfTab(answer: TabEntries, tabUrl: string | undefined): TabEntries | undefined {
  const url = tabUrl && URL.canParse(tabUrl) ? new URL(tabUrl) : undefined;
  const adapter = url && adapterFor(url);
  if (!url || !adapter) return undefined;
  const id = adapter.conferenceId(url);
  if (answer.conference.id !== id) return undefined;
  const ours = answer.entries.filter((e) => e.conference === id && conferenceOf(e.key) === id && e.aliases.every((a) => conferenceOf(a) === id));
  const focus = answer.focus && conferenceOf(answer.focus) === id ? answer.focus : undefined;
  return {
    conference: { ...answer.conference, platform: adapter.platform, event: eventOf(id), url: adapter.conferenceUrl(url) },
    entries: onOrigin(ours, url.origin).entries,
    ...(focus ? { focus } : {}),
  };
}
