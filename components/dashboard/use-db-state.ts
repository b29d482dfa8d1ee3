import { useEffect, useState } from 'preact/hooks';
import { dbState, onDbState, type DbState } from '../../lib/db/open';

/** The database's state as Preact state: banners and buttons follow an upgrade elsewhere or a failed open. */
export function useDbState(): DbState {
  const [state, setState] = useState(dbState);
  useEffect(() => {
    const stop = onDbState(setState);
    // It may have changed between the first render and this subscription.
    setState(dbState());
    return stop;
  }, []);
  return state;
}
