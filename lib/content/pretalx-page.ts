import { createPretalx, type PretalxData } from '../adapters/pretalx/adapter';
import { errorMessage } from '../util/errors';
import { pretalxSelectors as s } from '../adapters/pretalx/selectors';
import { send } from '../protocol/send';
import type { EventSessions } from '../protocol/messages';
import { followEmbed } from './embed-panel';
import { runOnPage, type PageRun } from './page';
import { sessionIdOf } from '../model/keys';

/** How long to wait for the event's sessions; the page has its controls meanwhile. */
const DATA_TIMEOUT_MS = 30_000;
/**
 * Waits before asking again after a failed read: a conference's Wi-Fi drops a request, or the background is still
 * starting. Without the data the nojs list shows no times until a reload, so a failure is retried twice.
 */
export const RETRY_AFTER_MS = [2_000, 10_000] as const;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The sessions of the tab's event as its own site publishes them (pretalx's `schedule/widget/v2.json`, Sessionize's
 * `view/All`, read and checked by the background): exact times and the zone, which the nojs list and talk pages leave
 * out, and every session of pages whose HTML holds none. Without them the page is read on its own.
 */
export async function loadEventSessions(): Promise<EventSessions> {
  for (let attempt = 0; ; attempt++) {
    try {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer in time')), DATA_TIMEOUT_MS));
      return await Promise.race([send({ type: 'page/event-sessions' }), timeout]);
    } catch (error) {
      const wait = RETRY_AFTER_MS[attempt];
      if (wait === undefined) {
        console.info('[Talkmarks] reading the page without the event’s sessions:', errorMessage(error));
        return { entries: [] };
      }
      await pause(wait);
    }
  }
}

/** The same, keyed by the platform's own session id, as the adapters look them up. */
export const asPretalxData = ({ timeZone, entries }: EventSessions): PretalxData => ({
  ...(timeZone ? { timeZone } : {}),
  ...(entries.length ? { sessions: new Map(entries.map((e) => [sessionIdOf(e.key), e])) } : {}),
});

/**
 * pretalx on a page: controls at once from the page itself, then, when the event's own data has arrived, the same
 * entries with exact times and zone (the nojs list names no zone: until then its entries carry no time at all).
 * `event`: the event of a `<pretalx-schedule>` embedded in another site, which the user bound that site to.
 */
export function runPretalx(page: URL, signal: AbortSignal, event?: URL): PageRun {
  const adapter = (data: PretalxData = {}) => createPretalx({ ...data, ...(event ? { event } : {}) });
  const run = runOnPage(adapter(), signal, { deferSeenUntilUpgrade: true });
  const data = loadEventSessions();
  // Without the event's data the page is still annotated; what it shows is then recorded as it is.
  void data.then((d) => {
    if (!signal.aborted) run.upgrade(adapter(asPretalxData(d)));
  });
  // The `<pretalx-schedule>` component renders into its own shadow root, after its script loads.
  const widget = document.querySelector(s.widget);
  if (widget) {
    followEmbed({
      anchor: widget,
      run,
      sessions: data.then((d) => d.entries),
      name: adapter().conference(document, page).name,
      rendered: () => (widget.shadowRoot?.querySelector(s.talkLink) ? widget.shadowRoot : undefined),
      signal,
    });
  }
  return run;
}
