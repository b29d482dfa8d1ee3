import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../lib/db/live';
import { errorMessage } from '../../lib/util/errors';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * A Dexie liveQuery as Preact state: re-runs whenever a write (from any extension context) touches its tables.
 * An answer belongs to the deps it was asked with: once they change (another conference), the old answer is not
 * shown under the new one, so nothing of one conference is displayed, or edited, as another's.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<{ deps: readonly unknown[]; live: Live<T> }>({ deps, live: { status: 'loading' } });
  useEffect(() => {
    const subscription = watchQuery(
      query,
      (value) => setState({ deps, live: { status: 'ready', value } }),
      (error) => setState({ deps, live: { status: 'error', error: errorMessage(error) } }),
    );
    return () => subscription.unsubscribe();
  }, deps);
  return sameDeps(state.deps, deps) ? state.live : { status: 'loading' };
}
