import type { PageEntry } from '../adapters/types';
import { mergeEntry, rekeyed } from '../merge/entry';
import type { ScheduleEntry } from '../model/schema';
import { AnnotationCache } from './annotation-cache';
import { createControls, HOST_TAG, type Controls } from './controls';
import { EDITOR_TAG, type DetailEditor } from './editor/detail-editor';
import { ensureStyles } from './styles';

export interface RegistryOptions {
  /** The inline editor for the session a page is about, saving through `key`. */
  createDetail(key: () => string): DetailEditor;
}

/** Inserts before `anchor`, or at the start of it when it is the page's body. */
function place(node: Element, anchor: Element): void {
  if (anchor.parentElement && anchor.localName !== 'body') anchor.before(node);
  else anchor.prepend(node);
}

function entryOf(c: Controls): ScheduleEntry {
  const entry = c.source.entry;
  return entry.key === c.key ? entry : rekeyed(entry, c.key);
}

/**
 * The entries of a page that have controls, by element, by host and by session key. A session may show under
 * another key than the one it is stored under (sched's long id); `rekey` moves its controls to the stored one.
 * Entries' fields are read only when asked for (`entry`, `entries`): controls need just a key and a title.
 */
export class ControlRegistry {
  private byElement = new WeakMap<Element, Controls>();
  private byHost = new WeakMap<Element, Controls>();
  private byKey = new Map<string, Set<Controls>>();
  private renamed = new Map<string, string>();
  /** What the controls show; every change to it repaints the controls of its session. */
  readonly annotations = new AnnotationCache((a) => this.byKey.get(a.key)?.forEach((c) => c.update(a)));
  private attached = new Set<(controls: Controls) => void>();

  constructor(private options: RegistryOptions) {}

  /** The key a session is stored under, as far as this page has learnt. */
  canonical(key: string): string {
    return this.renamed.size ? (this.renamed.get(key) ?? key) : key;
  }

  /** Adds controls for entries that have none yet; returns the entries that got some. */
  attach(found: Iterable<PageEntry>): PageEntry[] {
    const fresh: PageEntry[] = [];
    for (const item of found) {
      const key = this.canonical(item.key ?? item.entry.key);
      if (this.reuse(item, key)) continue;
      const controls = createControls(key, item.title ?? item.entry.title, item);
      if (!this.byKey.size) ensureStyles(document);
      place(controls.host, item.anchor);
      if (item.detail) this.addDetail(controls, item.detail);
      this.register(controls, item.element);
      const annotation = this.annotations.get(key);
      // A fresh control already shows "not starred": only sessions with an annotation need painting.
      if (annotation || item.detail) controls.update(annotation);
      fresh.push(item);
    }
    return fresh;
  }

  /** An entry the page re-rendered keeps the controls it has: they are never doubled. */
  private reuse(item: PageEntry, key: string): boolean {
    const { element, anchor } = item;
    const existing = this.byElement.get(element);
    if (existing?.host.isConnected && existing.key === key) {
      if (element.contains(existing.host) || existing.host.nextElementSibling === anchor) {
        existing.source = item;
        return true;
      }
      this.drop(existing);
      existing.host.remove();
    }
    const before = anchor.previousElementSibling;
    if (before?.localName !== HOST_TAG) return false;
    const owner = this.byHost.get(before);
    if (owner?.key === key) {
      this.byElement.set(element, owner);
      owner.source = item;
      return true;
    }
    // Our markup copied by the page (cloned or re-serialised): a dead copy, replaced by live controls.
    if (!owner) before.remove();
    return false;
  }

  private addDetail(controls: Controls, after: Element): void {
    const next = after.nextElementSibling;
    if (next?.localName === EDITOR_TAG && !this.byHost.has(next)) next.remove();
    controls.detail = this.options.createDetail(() => controls.key);
    after.after(controls.detail.host);
    this.byHost.set(controls.detail.host, controls);
  }

  private register(controls: Controls, element: Element): void {
    this.byElement.set(element, controls);
    this.byHost.set(controls.host, controls);
    let set = this.byKey.get(controls.key);
    if (!set) this.byKey.set(controls.key, (set = new Set()));
    set.add(controls);
    this.attached.forEach((listener) => listener(controls));
  }

  /** Calls `listener` with every control added from now on (in the page or a shadow root), until `signal` aborts. */
  onAttach(listener: (controls: Controls) => void, signal: AbortSignal): void {
    this.attached.add(listener);
    signal.addEventListener('abort', () => this.attached.delete(listener));
  }

  private drop(controls: Controls): void {
    const set = this.byKey.get(controls.key);
    set?.delete(controls);
    if (set?.size === 0) this.byKey.delete(controls.key);
    controls.detail?.dispose();
    controls.detail?.host.remove();
  }

  /** The controls of the entry holding `node` (our own control, or the entry's title link, say). */
  controlsNear(node: Element): Controls | undefined {
    for (let el: Element | null = node; el; el = el.parentElement) {
      const controls = this.byElement.get(el);
      if (controls?.host.isConnected) return controls;
    }
    return undefined;
  }

  /** Moves the controls of sessions shown under another key to the key they are stored under. */
  rekey(renamed: Readonly<Record<string, string>>): void {
    for (const [from, to] of Object.entries(renamed)) {
      if (from === to) continue;
      this.renamed.set(from, to);
      const set = this.byKey.get(from);
      if (!set) continue;
      this.byKey.delete(from);
      let target = this.byKey.get(to);
      if (!target) this.byKey.set(to, (target = new Set()));
      for (const c of set) {
        c.key = to;
        target.add(c);
        c.update(this.annotations.get(to));
      }
    }
  }

  /** The controls a `tm-controls` element of ours belongs to. */
  controlsAt(host: Element): Controls | undefined {
    return this.byHost.get(host);
  }

  controlsOf(key: string): ReadonlySet<Controls> {
    return this.byKey.get(key) ?? new Set();
  }

  /** Forgets every control the page no longer shows (a panel replaced by the component it stood in for). */
  prune(): void {
    for (const set of [...this.byKey.values()]) for (const c of [...set]) if (!c.host.isConnected) this.drop(c);
  }

  /** Forgets the controls inside subtrees the page removed; work in proportion to what was removed. */
  forget(removed: Iterable<Node>): void {
    for (const node of removed) {
      if (node.isConnected || node.nodeType !== 1) continue;
      const el = node as Element;
      const hosts = el.localName === HOST_TAG || el.localName === EDITOR_TAG ? [el] : el.querySelectorAll(`${HOST_TAG}, ${EDITOR_TAG}`);
      for (const host of hosts) {
        const controls = this.byHost.get(host);
        if (!controls) continue;
        if (host.localName === EDITOR_TAG) {
          controls.detail?.dispose();
          controls.detail = undefined;
        } else if (!controls.host.isConnected) this.drop(controls);
      }
    }
  }

  /** Takes every control of ours off the page: the extension was updated or disabled. */
  removeAll(): void {
    for (const set of this.byKey.values()) {
      for (const c of set) {
        this.drop(c);
        c.host.remove();
      }
    }
    document.getElementById('tm-styles')?.remove();
  }

  /** What the page shows of one session, all its views on this page merged. */
  entry(key: string): ScheduleEntry | undefined {
    let merged: ScheduleEntry | undefined;
    for (const c of this.byKey.get(key) ?? []) merged = merged ? mergeEntry(merged, entryOf(c)) : entryOf(c);
    return merged;
  }

  /** Number of sessions with controls on the page. */
  get size(): number {
    return this.byKey.size;
  }

  /** One entry per session on the page. */
  entries(): ScheduleEntry[] {
    return [...this.byKey.keys()].map((key) => this.entry(key)!);
  }
}
