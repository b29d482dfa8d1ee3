import { mergeEntry, rekeyed } from '../merge/entry';
import type { ScheduleEntry } from '../model/schema';
import { AnnotationCache } from './annotation-cache';
import type { Controls } from './controls';

function entryOf(c: Controls): ScheduleEntry {
  const entry = c.source.entry;
  return entry.key === c.key ? entry : rekeyed(entry, c.key);
}

/**
 * The controls of each session on a page, under the key the session is stored under, and what they show. A session
 * may show under another key (sched's long id); `rekey` moves its controls to the stored one. Entries' fields are
 * read only when asked for (`entry`, `entries`): controls need just a key and a title.
 */
export class SessionControls {
  protected byKey = new Map<string, Set<Controls>>();
  private renamed = new Map<string, string>();
  /** Session → what the schedule changed about it, as the background last said. */
  protected marks = new Map<string, string>();
  /** What the controls show; every change to it repaints the controls of its session. */
  readonly annotations = new AnnotationCache((a) => this.byKey.get(a.key)?.forEach((c) => c.update(a)));

  /** The key a session is stored under, as far as this page has learnt. */
  canonical(key: string): string {
    return this.renamed.size ? (this.renamed.get(key) ?? key) : key;
  }

  controlsOf(key: string): ReadonlySet<Controls> {
    return this.byKey.get(key) ?? new Set();
  }

  protected add(controls: Controls): void {
    let set = this.byKey.get(controls.key);
    if (!set) this.byKey.set(controls.key, (set = new Set()));
    set.add(controls);
    const mark = this.marks.get(controls.key);
    if (mark) controls.setChange(mark);
  }

  /** Every change mark of the conference, replacing the ones before: a dismissed change loses its mark. */
  setMarks(marks: Readonly<Record<string, string>>): void {
    const before = this.marks;
    this.marks = new Map(Object.entries(marks));
    for (const key of new Set([...before.keys(), ...this.marks.keys()])) {
      const label = this.marks.get(key);
      if (label !== before.get(key)) this.byKey.get(key)?.forEach((c) => c.setChange(label));
    }
  }

  protected remove(controls: Controls): void {
    const set = this.byKey.get(controls.key);
    set?.delete(controls);
    if (set?.size === 0) this.byKey.delete(controls.key);
  }

  /** Moves the controls of sessions shown under another key to the key they are stored under. */
  rekey(renamed: Readonly<Record<string, string>>): void {
    for (const [from, to] of Object.entries(renamed)) {
      if (from === to) continue;
      this.renamed.set(from, to);
      const set = this.byKey.get(from);
      if (!set) continue;
      this.byKey.delete(from);
      for (const c of set) {
        c.key = to;
        this.add(c);
        c.update(this.annotations.get(to));
      }
    }
  }

  /** Number of sessions with controls on the page. */
  get size(): number {
    return this.byKey.size;
  }

  /** What the page shows of one session, all its views on this page merged. */
  entry(key: string): ScheduleEntry | undefined {
    let merged: ScheduleEntry | undefined;
    for (const c of this.byKey.get(key) ?? []) merged = merged ? mergeEntry(merged, entryOf(c)) : entryOf(c);
    return merged;
  }

  /** One entry per session on the page. */
  entries(): ScheduleEntry[] {
    return [...this.byKey.keys()].map((key) => this.entry(key)!);
  }
}
