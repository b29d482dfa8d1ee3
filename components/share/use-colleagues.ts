import { useMemo } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import type { ColleagueLayer } from '../../lib/model/colleague';
import { colleagueLayers } from '../../lib/db/colleagues';
import { marksByKey, type Mark } from '../../lib/share/who';
import { useLive } from '../hooks/use-live';

export interface Colleagues {
  layers: ColleagueLayer[];
  /** Shown layers' picks by session key. */
  marks: ReadonlyMap<string, Mark[]>;
}

/** Every colleague layer, live: a link accepted in a tab shows here at once. */
export function useColleagues(conference?: string): Colleagues {
  const live = useLive(() => colleagueLayers(getDb(), conference), [conference]);
  return useMemo(() => {
    const layers = live.status === 'ready' ? live.value : [];
    return { layers, marks: marksByKey(layers) };
  }, [live]);
}
