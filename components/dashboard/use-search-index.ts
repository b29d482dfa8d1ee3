import { useContext, useMemo } from 'preact/hooks';
import { SearchIndex } from '../../lib/search/search-index';
import { FirstScreenDone } from '../hooks/first-screen';
import type { Live } from '../hooks/use-live';
import { SharedProfileReads, useProfileReads } from './profile-reads';

/**
 * Every session seen and every annotation, as a search index. The sessions part (the big one) is built
 * only when sessions change; an edit to a note or a star lays the annotations over it again.
 */
export function useSearchIndex(): Live<SearchIndex> {
  const shared = useContext(SharedProfileReads);
  const done = useContext(FirstScreenDone);
  const own = useProfileReads(!shared && done);
  const { sessions, annotations } = shared ?? own;
  const base = useMemo(() => (sessions.status === 'ready' ? SearchIndex.fromEntries(sessions.value) : undefined), [sessions]);
  return useMemo((): Live<SearchIndex> => {
    if (sessions.status === 'error') return sessions;
    if (annotations.status === 'error') return annotations;
    if (!base || annotations.status !== 'ready') return { status: 'loading' };
    return { status: 'ready', value: base.withAnnotations(annotations.value) };
  }, [sessions, base, annotations]);
}
