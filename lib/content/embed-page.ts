import { embedSelectors, readEmbeds, type EmbedClaim } from '../adapters/embeds/read';
import { createSessionizeEmbed, sessionizeSelectors } from '../adapters/embeds/sessionize';
import { eventOf, sessionIdOf } from '../model/keys';
import type { EmbedBinding } from '../model/embed';
import type { Conference } from '../model/schema';
import { send } from '../protocol/send';
import { fold } from '../util/text';
import { followEmbed } from './embed-panel';
import { runOnPage } from './page';
import { loadEventSessions, runPretalx } from './pretalx-page';
import { tabRequests } from './tab-listener';

/** A Sessionize embed: controls on its rendered sessions where it renders readable markup, else the panel. */
function runSessionize(binding: EmbedBinding, claim: EmbedClaim, signal: AbortSignal): void {
  const name = fold(document.title) || claim.label;
  const conference: Conference = { id: binding.conference, platform: 'sessionize', event: eventOf(binding.conference), name, url: binding.page };
  const run = runOnPage(createSessionizeEmbed(conference), signal, { deferSeenUntilUpgrade: true });
  const data = loadEventSessions();
  void data.then(({ entries }) => {
    if (!signal.aborted) run.upgrade(createSessionizeEmbed(conference, new Map(entries.map((e) => [sessionIdOf(e.key), e]))));
  });
  const anchor = document.querySelector(embedSelectors.sessionize)!;
  followEmbed({
    anchor,
    run,
    sessions: data.then((d) => d.entries),
    name,
    rendered: () => (document.querySelector(sessionizeSelectors.session) ? true : undefined),
    signal,
  });
}

/** What the page claims now, for telling a switched `event-url` from the same one. */
const claimsOf = () => readEmbeds(document, new URL(location.href));

/**
 * On a granted site that embeds a schedule: nothing happens until the user bound the site to that event in the popup
 * (the background keeps the binding). The page runs for the bound event only; if it later names another event, the
 * run stops and the popup offers that one. Returns false when the page embeds no schedule.
 */
export function startEmbeds(signal: AbortSignal): boolean {
  if (!claimsOf().length) return false;
  let running: { conference: string; stop: AbortController } | undefined;
  let asked = 0;
  const stop = () => {
    running?.stop.abort();
    running = undefined;
  };
  const start = async () => {
    const mine = ++asked;
    const binding = await send({ type: 'page/embed' }).catch(() => null);
    if (mine !== asked || signal.aborted) return;
    const claim = binding ? claimsOf().find((c) => c.conference === binding.conference) : undefined;
    if (running && running.conference === claim?.conference) return;
    stop();
    if (!binding || !claim) return;
    const stopper = new AbortController();
    running = { conference: claim.conference, stop: stopper };
    const runSignal = AbortSignal.any([signal, stopper.signal]);
    if (claim.platform === 'pretalx') runPretalx(new URL(location.href), runSignal, new URL(binding.eventUrl));
    else runSessionize(binding, claim, runSignal);
  };
  const requests = tabRequests(signal);
  requests.on('tab/embeds', () => ({ embeds: claimsOf() }));
  requests.on('tab/embed-changed', () => (void start(), null));
  // A page that switches the event it embeds (its `event-url`, its Sessionize address) is asked about again.
  let shown = JSON.stringify(claimsOf());
  const watcher = new MutationObserver(() => {
    const now = JSON.stringify(claimsOf());
    if (now !== shown) {
      shown = now;
      void start();
    }
  });
  watcher.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['event-url', 'src', 'data-sessionize-load-url'] });
  signal.addEventListener('abort', () => watcher.disconnect());
  void start();
  return true;
}
