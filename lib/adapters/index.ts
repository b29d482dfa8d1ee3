import { pretalx } from './pretalx/adapter';
import { sched, schedEvent } from './sched/adapter';
import type { Adapter } from './types';

/** sched first: its hosts are its own; pretalx is recognised by path on any host. */
export const adapters: readonly Adapter[] = [sched, pretalx];

/** The platform a URL may belong to, from the URL alone (what the background can trust about a tab). */
export function adapterFor(url: URL): Adapter | undefined {
  // sched's hosts are sched's alone: over http such a page is no schedule, not even one that looks like pretalx.
  if (schedEvent(url) !== undefined) return sched.matches(url) ? sched : undefined;
  return adapters.find((adapter) => adapter.matches(url));
}

/** The page integration for a document, by its markup, as Hypothesis' factory picks one per document. */
export function adapterForDocument(doc: Document, url: URL): Adapter | undefined {
  return adapters.find((adapter) => adapter.detect(doc, url));
}

/** The conference a page URL belongs to, from the URL alone, or undefined for pages of no platform. */
export function conferenceIdFor(url: URL): string | undefined {
  return adapterFor(url)?.conferenceId(url);
}
