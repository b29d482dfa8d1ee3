import type { PageEntry } from '../adapters/types';
import { createControls, HOST_TAG, type Controls } from './controls';
import { EDITOR_TAG, type DetailEditor } from './editor/detail-editor';
import { SessionControls } from './sessions';
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

/**
 * Our controls on a page: placed beside its entries, found again by element and by host, kept single when the page
 * re-renders, and forgotten with what the page removes. Which session each belongs to is `SessionControls`' part.
 */
export class ControlRegistry extends SessionControls {
  private byElement = new WeakMap<Element, Controls>();
  private byHost = new WeakMap<Element, Controls>();
  /** The element each control stands beside, as last scanned: a star whose element the page dropped is stale. */
  private elementOf = new WeakMap<Controls, Element>();
  private attached = new Set<(controls: Controls) => void>();

  constructor(private options: RegistryOptions) {
    super();
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
      this.elementOf.set(owner, element);
      owner.source = item;
      return true;
    }
    // Our markup copied by the page (cloned or re-serialised): a dead copy, replaced by live controls.
    if (!owner) before.remove();
    // The same element now shows another session (a single-session view that changed session in place), or the
    // page put this entry in place of another session's and left that one's star behind (a bare link replaced).
    else if (existing === owner || !this.elementOf.get(owner)?.isConnected) {
      this.drop(owner);
      before.remove();
    }
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
    this.elementOf.set(controls, element);
    this.byHost.set(controls.host, controls);
    this.add(controls);
    this.attached.forEach((listener) => listener(controls));
  }

  /** Calls `listener` with every control added from now on (in the page or a shadow root), until `signal` aborts. */
  onAttach(listener: (controls: Controls) => void, signal: AbortSignal): void {
    this.attached.add(listener);
    signal.addEventListener('abort', () => this.attached.delete(listener));
  }

  private drop(controls: Controls): void {
    this.remove(controls);
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

  /** The controls a `tm-controls` element of ours belongs to. */
  controlsAt(host: Element): Controls | undefined {
    return this.byHost.get(host);
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
}
