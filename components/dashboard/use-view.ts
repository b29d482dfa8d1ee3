import { useEffect, useRef, useState } from 'preact/hooks';
import { formatView, parseView, type DashboardView } from '../../lib/search/dashboard-view';

export type SetView = (change: Partial<DashboardView>, options?: { typing?: boolean }) => void;

/** How long typing pauses before the address follows it: `history.replaceState` costs milliseconds a key. */
const TYPING_SETTLES_MS = 250;

/**
 * The dashboard's view, kept in the URL hash: bookmarkable, and Back returns to the previous view.
 * Typing in the search box replaces the history entry (once the typing pauses) instead of adding one per keystroke.
 */
export function useView(): [DashboardView, SetView] {
  const [view, setState] = useState(() => parseView(location.hash));
  // The view as last set: a keystroke changes it without parsing the URL again (zod, each key).
  const current = useRef(view);
  current.current = view;
  const typed = useRef<{ url: string; timer: ReturnType<typeof setTimeout> }>();
  const flush = () => {
    if (!typed.current) return;
    clearTimeout(typed.current.timer);
    history.replaceState(null, '', typed.current.url);
    typed.current = undefined;
  };
  useEffect(() => {
    const stop = new AbortController();
    const onHash = () => {
      // A link followed while typing: the address is the link's now, and the typing's write must not replace it.
      clearTimeout(typed.current?.timer);
      typed.current = undefined;
      setState(parseView(location.hash));
    };
    addEventListener('hashchange', onHash, { signal: stop.signal });
    // A reload or a closed tab right after typing keeps what was typed.
    addEventListener('pagehide', flush, { signal: stop.signal });
    return () => (flush(), stop.abort());
  }, []);
  const setView: SetView = (change, { typing = false } = {}) => {
    const next = { ...current.current, ...change };
    current.current = next;
    const url = `${location.pathname}${location.search}${formatView(next)}`;
    if (typing) {
      clearTimeout(typed.current?.timer);
      typed.current = { url, timer: setTimeout(flush, TYPING_SETTLES_MS) };
    } else {
      // The entry typing was replacing gets the text typed, so Back returns to it.
      flush();
      history.pushState(null, '', url);
    }
    setState(next);
  };
  return [view, setView];
}
