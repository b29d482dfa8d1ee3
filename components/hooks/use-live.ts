import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../lib/db/live';
import { errorMessage } from '../../lib/util/errors';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/** A Dexie liveQuery as Preact state: re-runs whenever a write (from any extension context) touches its tables. */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = watchQuery(
      query,
      (value) => setState({ status: 'ready', value }),
      (error) => setState({ status: 'error', error: errorMessage(error) }),
    );
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
