import { createPretalx, type PretalxData } from '../adapters/pretalx/adapter';
import { errorMessage } from '../util/errors';
import { pretalxSelectors as s } from '../adapters/pretalx/selectors';
import { send } from '../protocol/send';
import { createSessionPanel } from './panel';
import { runOnPage, type PageRun } from './page';
import { sessionIdOf } from '../model/keys';

/** How long the component may take to render before Talkmarks stops looking (the panel stays). */
const WIDGET_WAIT_MS = 60_000;
/** How long the component may take before the panel shows: long enough for its script on a normal page load. */
const PANEL_AFTER_MS = 1500;
/** How long to wait for the event's sessions; the page has its controls meanwhile. */
const DATA_TIMEOUT_MS = 30_000;

/**
 * The event's sessions as its own site publishes them (pretalx's `schedule/widget/v2.json`, read and checked by the
 * background): exact times and the zone, which the nojs list and talk pages leave out, and every session of the
 * `/schedule/` page, whose HTML holds none. Without them the page is read on its own.
 */
export async function loadPretalxData(): Promise<PretalxData> {
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer in time')), DATA_TIMEOUT_MS));
    const { timeZone, entries } = await Promise.race([send({ type: 'page/event-sessions' }), timeout]);
    return { timeZone, sessions: new Map(entries.map((e) => [sessionIdOf(e.key), e])) };
  } catch (error) {
    console.info('[Talkmarks] pretalx: reading the page without the event’s sessions:', errorMessage(error));
    return {};
  }
}

/**
 * The `<pretalx-schedule>` component renders into its own shadow root, after its script loads. Where that root is
 * open, controls go onto its cards. If it has not rendered anything readable by `PANEL_AFTER_MS` (closed root, script
 * blocked or slow), a panel beside it lists the event's sessions with the same controls, until the cards are readable.
 */
function followWidget(widget: Element, run: PageRun, data: Promise<PretalxData>, name: string, signal: AbortSignal): void {
  let panel: HTMLElement | undefined;
  let rendered = false;
  const showPanel = () =>
    void data.then(({ sessions }) => {
      if (panel || rendered || signal.aborted || !sessions?.size) return;
      const made = createSessionPanel(name, [...sessions.values()]);
      panel = made.host;
      widget.after(panel);
      run.attach(made.rows);
      signal.addEventListener('abort', () => panel?.remove());
    });
  const started = Date.now();
  let delay = 100;
  let asked = false;
  const look = () => {
    if (signal.aborted) return;
    const root = widget.shadowRoot;
    if (root && root.querySelector(s.talkLink)) {
      rendered = true;
      run.watch(root);
      panel?.remove();
      run.registry.prune();
      return;
    }
    if (!asked && Date.now() - started >= PANEL_AFTER_MS) {
      asked = true;
      showPanel();
    }
    if (Date.now() - started > WIDGET_WAIT_MS) return;
    delay = Math.min(delay * 2, 2000);
    setTimeout(look, delay);
  };
  look();
}

/**
 * pretalx on a page: controls at once from the page itself, then, when the event's own data has arrived, the same
 * entries with exact times and zone (the nojs list names no zone: until then its entries carry no time at all).
 */
export function runPretalx(page: URL, signal: AbortSignal): PageRun {
  const run = runOnPage(createPretalx(), signal, { deferSeenUntilUpgrade: true });
  const data = loadPretalxData();
  // Without the event's data the page is still annotated; what it shows is then recorded as it is.
  void data.then((d) => {
    if (!signal.aborted) run.upgrade(createPretalx(d));
  });
  const widget = document.querySelector(s.widget);
  if (widget) followWidget(widget, run, data, createPretalx().conference(document, page).name, signal);
  return run;
}
