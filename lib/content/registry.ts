import type { PageEntry } from '../adapters/types';
import type { Annotation, ScheduleEntry } from '../model';
import { createControls, type Controls } from './controls';

/** The entries of a page that have controls, by element and by session key. */
export class ControlRegistry {
  private byElement = new WeakMap<Element, Controls>();
  private byKey = new Map<string, Set<Controls>>();
  readonly annotations = new Map<string, Annotation>();

  /** Adds controls for entries that have none yet; returns the entries that got some. */
  attach(found: readonly PageEntry[]): ScheduleEntry[] {
    const fresh: ScheduleEntry[] = [];
    for (const { entry, element, anchor } of found) {
      const existing = this.byElement.get(element);
      if (existing?.host.isConnected && existing.key === entry.key) {
        existing.entry = entry;
        continue;
      }
      const controls = createControls(entry);
      anchor.before(controls.host);
      controls.update(this.annotations.get(entry.key));
      this.byElement.set(element, controls);
      let set = this.byKey.get(entry.key);
      if (!set) this.byKey.set(entry.key, (set = new Set()));
      set.add(controls);
      fresh.push(entry);
    }
    return fresh;
  }

  /** Stores annotations and repaints only the entries they belong to. */
  apply(annotations: readonly Annotation[]): void {
    for (const a of annotations) {
      this.annotations.set(a.key, a);
      this.byKey.get(a.key)?.forEach((c) => c.update(a));
    }
  }

  /** The controls of the entry holding `node` (our own control, or the entry's title link, say). */
  controlsNear(node: Element): Controls | undefined {
    for (let el: Element | null = node; el; el = el.parentElement) {
      const controls = this.byElement.get(el);
      if (controls?.host.isConnected) return controls;
    }
    return undefined;
  }

  controlsOf(key: string): ReadonlySet<Controls> {
    return this.byKey.get(key) ?? new Set();
  }

  /** Forgets controls whose entries the page removed, so nothing of them is kept alive. */
  prune(): void {
    for (const [key, set] of this.byKey) {
      for (const c of set) if (!c.host.isConnected) set.delete(c);
      if (!set.size) this.byKey.delete(key);
    }
  }

  /** Takes every control out of the page: a newer copy of the script (extension update, second injection) takes over. */
  removeAll(): void {
    for (const set of this.byKey.values()) for (const c of set) c.host.remove();
    this.byKey.clear();
  }

  /** One entry per session on the page, as the page shows it now. */
  entries(): ScheduleEntry[] {
    return [...this.byKey.values()].map((set) => set.values().next().value!.entry);
  }
}
