import { useEffect, useRef, useState } from 'preact/hooks';
import { formatView, parseView, type DashboardView } from '../../lib/search/dashboard-view';

export type SetView = (change: Partial<DashboardView>, options?: { typing?: boolean }) => void;

/**
 * The dashboard's view, kept in the URL hash: bookmarkable, and Back returns to the previous view.
 * Typing in the search box replaces the history entry instead of adding one per keystroke.
 */
export function useView(): [DashboardView, SetView] {
  const [view, setState] = useState(() => parseView(location.hash));
  // The view as last set: a keystroke changes it without parsing the URL again (zod, each key).
  const current = useRef(view);
  current.current = view;
  useEffect(() => {
    const onHash = () => setState(parseView(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const setView: SetView = (change, { typing = false } = {}) => {
    const next = { ...current.current, ...change };
    current.current = next;
    const url = `${location.pathname}${location.search}${formatView(next)}`;
    if (typing) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setState(next);
  };
  return [view, setView];
}
