import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../lib/db/live';
import { errorMessage } from '../../lib/util/errors';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * A Dexie liveQuery as Preact state: re-runs whenever a write (from any extension context) touches its tables.
 * An answer belongs to the deps it was asked with: once they change (another conference), the old answer is not
 * shown under the new one, so nothing of one conference is displayed, or edited, as another's.
 * Not `enabled`, it reads nothing and stays loading: a heavy read can wait until the first screen is painted.
 * `initial`: the answer as already read (the popup reads its tab's notes while the tab is still answering).
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[], enabled = true, initial?: T): Live<T> {
  const asked = [...deps, enabled];
  const [state, setState] = useState<{ deps: readonly unknown[]; live: Live<T> }>(() => ({
    deps: asked,
    live: initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial },
  }));
  useEffect(() => {
    if (!enabled) return;
    // `initial`, read before this component existed, is shown at once; the query's first answer, when it says the
    // same for the same deps, leaves it (and every row drawn from it) as it is.
    let first = initial !== undefined;
    const subscription = watchQuery(
      query,
      (value) => {
        const check = first;
        first = false;
        setState((current) =>
          // Both are read from the same records, keys in the same order: equal JSON text is the cheap check here.
          check && sameDeps(current.deps, asked) && current.live.status === 'ready' && JSON.stringify(current.live.value) === JSON.stringify(value)
            ? current
            : { deps: asked, live: { status: 'ready', value } },
        );
      },
      (error) => setState({ deps: asked, live: { status: 'error', error: errorMessage(error) } }),
    );
    return () => subscription.unsubscribe();
  }, asked);
  return enabled && sameDeps(state.deps, asked) ? state.live : { status: 'loading' };
}
