import type { ScheduleEntry } from '../model/schema';
import type { PageRun } from './page';
import { createSessionPanel } from './panel';
import { inSlices } from './slices';

/** How long the embed may take to render before Talkmarks stops looking (the panel stays). */
const RENDER_WAIT_MS = 60_000;
/** How long the embed may take before the panel shows: long enough for its script on a normal page load. */
export const PANEL_AFTER_MS = 1500;

export interface FollowedEmbed {
  /** The element the schedule renders into (or in place of): the panel goes right after it. */
  anchor: Element;
  run: PageRun;
  /** The event's sessions, as its own data publishes them (empty when they could not be read). */
  sessions: Promise<readonly ScheduleEntry[]>;
  /** The panel's name for the event. */
  name: string;
  /**
   * Whether the embed rendered markup Talkmarks reads: the root to watch (a component's open shadow root), `true`
   * when the page itself holds it (already watched), else undefined.
   */
  rendered(): ShadowRoot | true | undefined;
  signal: AbortSignal;
}

/**
 * A schedule another script renders (pretalx's component, Sessionize's embed). Where it renders readable markup,
 * controls go onto it. If nothing readable has come by `PANEL_AFTER_MS` (closed root, script blocked, slow or
 * changed), a panel beside it lists the event's sessions with the same controls, until the markup is readable.
 */
export function followEmbed({ anchor, run, sessions, name, rendered, signal }: FollowedEmbed): void {
  let panel: HTMLElement | undefined;
  let done = false;
  const showPanel = () =>
    void sessions.then((list) => {
      if (panel || done || signal.aborted || !list.length) return;
      const building = performance.now();
      const made = createSessionPanel(name, list, signal);
      panel = made.host;
      anchor.after(panel);
      run.clicksIn(made.root);
      // Shown at once; its rows get their controls in short slices, so a 500-session event never freezes the page.
      performance.mark('talkmarks:panel', { detail: { entries: list.length, buildMs: performance.now() - building } });
      void inSlices(made.rows, run.attach, signal).then((work) =>
        performance.mark('talkmarks:panel-ready', { detail: { entries: list.length, ...work } }),
      );
      signal.addEventListener('abort', () => panel?.remove());
    });
  const started = Date.now();
  let delay = 100;
  let asked = false;
  const look = () => {
    if (signal.aborted) return;
    const root = rendered();
    if (root) {
      done = true;
      if (root !== true) run.watch(root);
      panel?.remove();
      run.registry.prune();
      return;
    }
    if (!asked && Date.now() - started >= PANEL_AFTER_MS) {
      asked = true;
      showPanel();
    }
    if (Date.now() - started > RENDER_WAIT_MS) return;
    delay = Math.min(delay * 2, 2000);
    setTimeout(look, delay);
  };
  look();
}
