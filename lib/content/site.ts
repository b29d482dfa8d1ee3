import { adapterForDocument } from '../adapters';
import { markColleagues } from './share/colleague-markers';
import { runOnPage } from './page';
import { runPretalx } from './pretalx-page';
import { offerSharedPicks } from './share/link';
import { startEmbeds } from './embed-page';

/**
 * On a site the user chose to annotate: picks the platform by the page's markup, as Hypothesis' factory picks an
 * integration per document, and runs it; a page embedding an event of another site waits for the user to bind it
 * (see embed-page.ts). Pages of no platform are left alone. A second copy of the script in the same page (registration and a direct injection racing)
 * aborts the first through WXT's context, whose controls go.
 */
export function startOnSite(signal: AbortSignal): void {
  // An event embedded from another site comes first: the page's own path may look like a pretalx event's.
  if (startEmbeds(signal)) return;
  const url = new URL(location.href);
  const adapter = adapterForDocument(document, url);
  if (!adapter) return;
  // First, so a share link's fragment leaves the address bar before anything else happens.
  offerSharedPicks();
  const run = adapter.platform === 'pretalx' ? runPretalx(url, signal) : runOnPage(adapter, signal);
  markColleagues(run.registry, adapter.conferenceId(url), signal);
}
