import type { Adapter, PageEntry } from '../adapters/types';
import { errorMessage } from '../util/errors';
import { send } from '../protocol/send';
import { STAR_ACTION, HOST_TAG } from './controls';
import { createDetailEditor } from './editor/detail-editor';
import { loadEditor } from './editor/load-editor';
import { observePage } from './observe';
import { patchFromPage } from './patch';
import { ControlRegistry } from './registry';
import { createSeenQueue } from './seen';
import { listenForShortcuts } from './shortcuts';
import { inSlices } from './slices';
import { tabRequests } from './tab-listener';

export interface PageRun {
  registry: ControlRegistry;
  /** Parses and observes another root the page renders into, e.g. a component's open shadow root. */
  watch(root: ShadowRoot | Element): void;
  /** Adds entries the adapter did not find in the page itself (a panel's rows) and records them as seen. */
  attach(found: PageEntry[]): void;
  /**
   * Takes the star clicks inside a closed shadow root of ours (a panel): a click there reaches the document's
   * listener retargeted to the root's host, without the button in its path.
   */
  clicksIn(root: ShadowRoot): void;
  /** Reads the page again with a better-informed adapter (data that arrived later): entries are updated in place. */
  upgrade(adapter: Adapter): void;
}

/**
 * Runs Talkmarks on one schedule page until `signal` aborts: controls on every entry (a long page in short
 * slices), entries added later picked up once per frame, changes from other tabs applied as they come.
 * User Timing marks (`talkmarks:start`, `talkmarks:ready`, `talkmarks:added`) show its work in DevTools and the bench.
 * `deferSeenUntilUpgrade`: an adapter that expects better data (`upgrade`) must not overwrite what is stored with
 * what it can tell without it.
 */
export function runOnPage(adapter: Adapter, signal: AbortSignal, options: { deferSeenUntilUpgrade?: boolean } = {}): PageRun {
  performance.mark('talkmarks:start');
  const pageUrl = () => new URL(location.href);
  let current = adapter;
  let conference = adapter.conference(document, pageUrl());
  let recording = !options.deferSeenUntilUpgrade;
  const roots: ParentNode[] = [document];
  // Asked before parsing, so the answer travels while the page is read.
  const annotations = send({ type: 'page/annotations' });
  const registry: ControlRegistry = new ControlRegistry({
    createDetail: (key) => createDetailEditor((patch, base) => patchFromPage(registry, key(), patch, base), loadEditor),
  });
  const rekey = (renamed: Record<string, string>) => registry.rekey(renamed);
  const mark = (marks: Record<string, string>) => registry.setMarks(marks);
  let seen = createSeenQueue(conference, rekey, reportError, mark);
  const changes = observePage(onFrame, signal);
  const attach = (batch: PageEntry[]) => {
    const fresh = changes.quiet(() => registry.attach(batch));
    if (recording) seen(fresh);
  };
  const scan = (root: ParentNode) => current.scan?.(root, pageUrl()) ?? current.parse(root, pageUrl());

  void inSlices(scan(document), attach, signal).then((work) =>
    performance.mark('talkmarks:ready', { detail: { entries: registry.size, ...work } }),
  );
  annotations.then((list) => registry.annotations.apply(list), reportError);

  function onFrame(added: Element[], removed: Node[]) {
    const started = performance.now();
    registry.forget(removed);
    let count = 0;
    const counted = (batch: PageEntry[]) => ((count += batch.length), attach(batch));
    void inSlices(eachOf(added), counted, signal).then((work) => {
      if (count) performance.measure('talkmarks:added', { start: started, detail: { entries: count, ...work } });
    });
  }

  function* eachOf(added: Element[]): Generator<PageEntry> {
    for (const root of added) if (root.isConnected) yield* scan(root);
  }

  // A single-page view that changes which session it shows (the mobile site's `#session:<id>`).
  window.addEventListener(
    'hashchange',
    () => {
      const focus = current.focus?.(pageUrl());
      if (focus && !registry.controlsOf(registry.canonical(focus)).size) void inSlices(scan(document), attach, signal);
    },
    { signal },
  );
  const tab = tabRequests(signal);
  tab.on('tab/annotations', ({ annotations, renamed }) => {
    if (renamed) registry.rekey(renamed);
    registry.annotations.apply(annotations.filter((a) => a.conference === conference.id));
    return null;
  });
  tab.on('tab/changes', (message) => {
    if (message.conference === conference.id) registry.setMarks(message.changes);
    return null;
  });
  tab.on('tab/entries', () => {
    const focus = current.focus?.(pageUrl());
    return { conference, entries: registry.entries(), ...(focus ? { focus: registry.canonical(focus) } : {}) };
  });
  signal.addEventListener('abort', () => registry.removeAll());
  document.addEventListener('click', (event) => onStarClick(event, registry), { capture: true, signal });
  listenForShortcuts(registry, signal);

  return {
    registry,
    watch(root) {
      roots.push(root);
      changes.observe(root);
      void inSlices(scan(root), attach, signal);
    },
    attach,
    clicksIn(root) {
      root.addEventListener('click', (event) => onStarClick(event, registry), { capture: true, signal });
    },
    upgrade(next) {
      current = next;
      conference = next.conference(document, pageUrl());
      seen = createSeenQueue(conference, rekey, reportError, mark);
      recording = true;
      // Entries already with controls keep them and take the new reading; all of it is recorded as seen.
      const found = roots.flatMap((root) => [...scan(root)]);
      changes.quiet(() => registry.attach(found));
      seen(found);
    },
  };
}

function reportError(error: unknown): void {
  console.warn('[Talkmarks]', errorMessage(error));
}

function onStarClick(event: Event, registry: ControlRegistry): void {
  // A script's `.click()` or `dispatchEvent` is not the user's: only a real click (or Space/Enter) stars.
  if (!event.isTrusted) return;
  const path = event.composedPath();
  const button = path.find((n): n is HTMLElement => (n as HTMLElement).dataset?.tmAction === STAR_ACTION);
  const host = path.find((n): n is HTMLElement => (n as Element).localName === HOST_TAG);
  const controls = host && registry.controlsAt(host);
  if (!button || !controls) return;
  // The entry's own handlers (tooltips, links) must not see a click on our control.
  event.stopPropagation();
  event.preventDefault();
  const key = controls.key;
  const starred = !(registry.annotations.get(key)?.starred ?? false);
  patchFromPage(registry, key, { starred }).catch(reportError);
}
