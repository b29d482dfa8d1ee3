import Dexie from 'dexie';
import { getDb, useDbInstead, type TalkmarksDb } from './database';
import { errorMessage } from '../util/errors';

/** What an extension page can do with the database, for the banner that says so. */
export type DbState =
  | { status: 'opening' }
  | { status: 'ready' }
  /** The upgrade failed: the old database is open as it is on disk, readable, and nothing is written. */
  | { status: 'read-only'; reason: string }
  /** No database at all here, e.g. a Firefox private window. */
  | { status: 'unavailable'; reason: string; privateWindow: boolean }
  /** Another Talkmarks page or an update upgraded the database: this page holds an old connection. */
  | { status: 'outdated' };

let state: DbState = { status: 'opening' };
const listeners = new Set<(s: DbState) => void>();

export function dbState(): DbState {
  return state;
}

export function onDbState(listener: (s: DbState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setState(next: DbState): DbState {
  state = next;
  listeners.forEach((l) => l(next));
  return next;
}

/** The message, with that of the error Dexie wrapped (`inner`) where it adds something. */
function describe(error: unknown): string {
  const message = errorMessage(error);
  const inner = error instanceof Error ? (error as Error & { inner?: unknown }).inner : undefined;
  return inner instanceof Error && !message.includes(inner.message) ? `${message} (${inner.message})` : message;
}

/** Firefox refuses IndexedDB in private windows (InvalidStateError "A mutation operation…", or SecurityError). */
export function isPrivateWindowError(error: unknown): boolean {
  const text = `${error instanceof Error ? error.name : ''} ${describe(error)}`;
  return /MissingAPI|InvalidStateError|mutation operation|SecurityError|operation is insecure/i.test(text);
}

/**
 * Opens the database for an extension page before it renders. A failed upgrade does not leave an empty
 * dashboard: the database is opened again as it is on disk (Dexie reads its schema) and used read-only.
 */
export async function openDatabase(db: TalkmarksDb = getDb()): Promise<DbState> {
  try {
    await db.open();
    db.on('versionchange', () => void setState({ status: 'outdated' }));
    return setState({ status: 'ready' });
  } catch (error) {
    if (isPrivateWindowError(error)) {
      return setState({ status: 'unavailable', reason: describe(error), privateWindow: true });
    }
    try {
      const asOnDisk = new Dexie(db.name);
      await asOnDisk.open();
      // Dexie's dynamic mode reaches tables through table(name) only; the app's code reads them as properties.
      for (const table of asOnDisk.tables) Object.defineProperty(asOnDisk, table.name, { value: table });
      useDbInstead(asOnDisk as unknown as TalkmarksDb);
      return setState({ status: 'read-only', reason: describe(error) });
    } catch (second) {
      return setState({ status: 'unavailable', reason: describe(second), privateWindow: isPrivateWindowError(second) });
    }
  }
}
