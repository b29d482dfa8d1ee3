import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../lib/util/errors';

/**
 * A view whose code is fetched the first time it is shown: the dashboard's first screen (the overview) parses and
 * runs only its own code. Once fetched it is drawn at once; a failed fetch says so and is tried again next time.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, name: string): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  return function LazyView(props: P) {
    const [View, setView] = useState(() => loaded);
    const [error, setError] = useState<string>();
    useEffect(() => {
      if (View) return;
      let shown = true;
      pending ??= load().then(
        (view) => (loaded = view),
        (e: unknown) => {
          pending = undefined;
          throw e;
        },
      );
      pending.then(
        (view) => shown && setView(() => view),
        (e: unknown) => shown && setError(errorMessage(e)),
      );
      return () => void (shown = false);
    }, []);
    if (error) return <p role="alert">Could not load {name}: {error}. Reload the page to try again.</p>;
    return View ? <View {...props} /> : <p class="tm-muted">Loading {name}…</p>;
  };
}
