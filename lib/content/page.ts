import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { Adapter } from '../adapters/types';
import type { TabEntries } from '../messages';
import { send } from '../messaging';
import type { Annotation } from '../model';
import { HOST_TAG, STAR_ACTION } from './controls';
import { ControlRegistry } from './registry';
import { listenForShortcuts } from './shortcuts';
import { asTabRequest } from './tab-request';

export interface PageRun {
  registry: ControlRegistry;
  /** Parses and observes another root the page renders into, e.g. a component's open shadow root. */
  watch(root: ShadowRoot | Element): void;
  /** Adds entries the adapter did not find in the page itself (a panel's rows) and records them as seen. */
  attach(found: Parameters<ControlRegistry['attach']>[0]): void;
  /** Reads the page again with a better-informed adapter (data that arrived later): entries are updated in place. */
  upgrade(adapter: Adapter): void;
}

/**
 * Runs Talkmarks on one schedule page until `signal` aborts: controls on every entry, entries added later
 * picked up once per frame, changes from other tabs applied as they come.
 */
export function runOnPage(adapter: Adapter, signal: AbortSignal, options: { deferSeenUntilUpgrade?: boolean } = {}): PageRun {
  const url = new URL(location.href);
  // An adapter that expects better data (upgrade) must not overwrite what is stored with what it can tell without it.
  let recording = !options.deferSeenUntilUpgrade;
  let current = adapter;
  let conference = adapter.conference(document, url);
  const roots: ParentNode[] = [document];
  const registry = new ControlRegistry();
  // Asked before parsing, so the answer travels while the page is read.
  const annotations = send({ type: 'page/annotations' });

  const record = (found: Parameters<ControlRegistry['attach']>[0]) => {
    const fresh = registry.attach(found);
    if (fresh.length && recording) send({ type: 'page/seen', conference, entries: fresh }).catch(reportError);
  };
  const attach = (root: ParentNode) => record(current.parse(root, url));

  attach(document);
  annotations.then((list) => registry.apply(list), reportError);
  observeAdditions(document.documentElement, attach, registry, signal);
  listenToExtension(registry, () => conference, signal);
  document.addEventListener('click', (event) => onClick(event, registry), { capture: true, signal });
  listenForShortcuts(registry, signal);
  signal.addEventListener('abort', () => registry.removeAll());
  return {
    registry,
    watch(root) {
      roots.push(root);
      attach(root);
      observeAdditions(root, attach, registry, signal);
    },
    attach: record,
    upgrade(next) {
      current = next;
      recording = true;
      conference = next.conference(document, url);
      const found = roots.flatMap((root) => next.parse(root, url));
      registry.attach(found);
      if (found.length) send({ type: 'page/seen', conference, entries: found.map((f) => f.entry) }).catch(reportError);
    },
  };
}

function reportError(error: unknown): void {
  console.warn('[Talkmarks]', error instanceof Error ? error.message : error);
}

async function onClick(event: Event, registry: ControlRegistry): Promise<void> {
  const path = event.composedPath();
  const button = path.find((n): n is HTMLElement => (n as HTMLElement).dataset?.tmAction === STAR_ACTION);
  const host = path.find((n): n is HTMLElement => (n as Element).localName === HOST_TAG);
  if (!button || !host) return;
  // The entry's own handlers (tooltips, links) must not see a click on our control.
  event.stopPropagation();
  event.preventDefault();
  const key = host.dataset.tmKey!;
  const controls = [...registry.controlsOf(key)];
  const entry = controls[0]?.entry;
  if (!entry) return;
  const before = registry.annotations.get(key);
  const starred = !(before?.starred ?? false);
  const optimistic: Annotation = before
    ? { ...before, starred }
    : { key, conference: entry.conference, starred, rating: null, note: '', tags: [], priority: null, alternative: false, watchLater: false, updatedAt: 0, fieldUpdatedAt: {} };
  registry.apply([optimistic]);
  try {
    registry.apply([await send({ type: 'annotation/patch', key, patch: { starred }, entry })]);
    controls.forEach((c) => c.setError(undefined));
  } catch (error) {
    if (before) registry.apply([before]);
    else registry.apply([{ ...optimistic, starred: false }]);
    controls.forEach((c) => c.setError(error instanceof Error ? error.message : String(error)));
  }
}

/** One MutationObserver per root; added subtrees are parsed once per frame, never the whole page again. */
function observeAdditions(target: Node, attach: (root: ParentNode) => void, registry: ControlRegistry, signal: AbortSignal) {
  let pending: Element[] = [];
  let removed = false;
  let frame = 0;
  const flush = () => {
    frame = 0;
    const roots = pending;
    pending = [];
    if (removed) registry.prune();
    removed = false;
    for (const root of roots) if (root.isConnected) attach(root);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node as Element).localName !== HOST_TAG) pending.push(node as Element);
      }
    }
    if ((pending.length || removed) && !frame) frame = requestAnimationFrame(flush);
  });
  observer.observe(target, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  });
}

function listenToExtension(registry: ControlRegistry, conferenceNow: () => TabEntries['conference'], signal: AbortSignal) {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = asTabRequest(message);
    if (!request) return undefined;
    if (request.type === 'tab/annotations') {
      registry.apply(request.annotations.filter((a) => a.conference === conferenceNow().id));
      return Promise.resolve(null);
    }
    const answer: TabEntries = { conference: conferenceNow(), entries: registry.entries() };
    return Promise.resolve(answer);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
