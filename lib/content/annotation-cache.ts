import type { Annotation } from '../model/schema';

/**
 * The annotations a page shows, and which of the background's states to believe. Pushes from other tabs and the
 * answers to the page's own changes travel separately and can cross: a stale one applied would show an old state for
 * a moment (a star flashing back), so two kinds are left out. One older than what the page has already seen of its
 * session, and one about a session whose own change is still on its way (that change's answer is newer still).
 */
export class AnnotationCache {
  private shown = new Map<string, Annotation>();
  /** `updatedAt` of the newest stored state the background sent, per session. */
  private confirmed = new Map<string, number>();
  /** The page's own changes on their way to the background, per session (they may overlap). */
  private saving = new Map<string, number>();

  /** `paint` shows a session's annotation on its controls, whenever what the page shows of it changes. */
  constructor(private paint: (annotation: Annotation) => void) {}

  /** What the page shows of a session, its own unsaved change included. */
  get(key: string): Annotation | undefined {
    return this.shown.get(key);
  }

  /** States the background stored (a push, an answer, the first load): shows those that are news. */
  apply(annotations: readonly Annotation[]): void {
    for (const a of annotations) {
      if ((this.confirmed.get(a.key) ?? -1) > a.updatedAt || this.saving.get(a.key)) continue;
      this.confirmed.set(a.key, a.updatedAt);
      this.show(a);
    }
  }

  /** Shows a change of the page's own before the background has stored it, or takes it back. */
  show(annotation: Annotation): void {
    this.shown.set(annotation.key, annotation);
    this.paint(annotation);
  }

  /** Runs the page's own change to a session; until it is answered, pushes about that session are stale. */
  async whileSaving<T>(key: string, save: () => Promise<T>): Promise<T> {
    this.saving.set(key, (this.saving.get(key) ?? 0) + 1);
    try {
      return await save();
    } finally {
      const left = (this.saving.get(key) ?? 1) - 1;
      if (left) this.saving.set(key, left);
      else this.saving.delete(key);
    }
  }
}
