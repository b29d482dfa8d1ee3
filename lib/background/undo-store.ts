import type { UndoSnapshot } from '../db/undo';

/**
 * How long a change stays undoable. The page offers Undo for a few seconds; this is longer, so a slow click still
 * lands, and short enough that an old snapshot never overwrites edits made since.
 */
export const UNDO_KEPT_MS = 60_000;

export interface UndoStore {
  /** Keeps a snapshot and names it with an id the page sends back to undo. */
  keep: (snapshot: UndoSnapshot) => string;
  /** The snapshot of this id, once: an undo cannot be replayed. */
  take: (id: string) => UndoSnapshot | undefined;
}

/**
 * Snapshots in the background's memory, never in a message: a page names an undo by id and cannot hand the
 * background rows of its own making. A restarted background has forgotten them, and Undo then says it is too late.
 */
export function createUndoStore(now: () => number = Date.now): UndoStore {
  const kept = new Map<string, { snapshot: UndoSnapshot; at: number }>();
  const prune = () => {
    for (const [id, { at }] of kept) if (now() - at > UNDO_KEPT_MS) kept.delete(id);
  };
  return {
    keep(snapshot) {
      prune();
      const id = crypto.randomUUID();
      kept.set(id, { snapshot, at: now() });
      return id;
    },
    take(id) {
      prune();
      const entry = kept.get(id);
      kept.delete(id);
      return entry?.snapshot;
    },
  };
}
