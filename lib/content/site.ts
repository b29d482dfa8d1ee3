import { adapterForDocument } from '../adapters';
import { runOnPage } from './page';
import { runPretalx } from './pretalx-page';

/** Set in the content script's own world, so a second injection into the same page (registration and a direct
 *  injection racing) does nothing. */
const RUNNING = Symbol.for('talkmarks.site');

/**
 * On a site the user chose to annotate: picks the platform by the page's markup, as Hypothesis' factory picks an
 * integration per document, and runs it. Pages of no platform are left alone.
 */
export function startOnSite(signal: AbortSignal): void {
  const scope = globalThis as { [RUNNING]?: boolean };
  if (scope[RUNNING]) return;
  const url = new URL(location.href);
  const adapter = adapterForDocument(document, url);
  if (!adapter) return;
  scope[RUNNING] = true;
  signal.addEventListener('abort', () => delete scope[RUNNING]);
  if (adapter.platform === 'pretalx') void runPretalx(url, signal);
  else runOnPage(adapter, signal);
}
