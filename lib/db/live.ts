import { liveQuery } from 'dexie';

/**
 * A query that runs again whenever a write (from any extension context) touches the tables it read. The UI reads
 * the database only through this and the repository functions beside it, so Dexie stays inside lib/db.
 */
export interface LiveSubscription {
  unsubscribe(): void;
}

export function watchQuery<T>(query: () => Promise<T>, next: (value: T) => void, error: (error: unknown) => void): LiveSubscription {
  return liveQuery(query).subscribe({ next, error });
}
