import { useEffect, useState } from 'preact/hooks';
import { formatView, parseView, type DashboardView } from '../../lib/search/dashboard-view';

export type SetView = (change: Partial<DashboardView>, options?: { typing?: boolean }) => void;

/**
 * The dashboard's view, kept in the URL hash: bookmarkable, and Back returns to the previous view.
 * Typing in the search box replaces the history entry instead of adding one per keystroke.
 */
export function useView(): [DashboardView, SetView] {
  const [view, setState] = useState(() => parseView(location.hash));
  useEffect(() => {
    const onHash = () => setState(parseView(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const setView: SetView = (change, { typing = false } = {}) => {
    const next = { ...parseView(location.hash), ...change };
    const url = `${location.pathname}${location.search}${formatView(next)}`;
    if (typing) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setState(next);
  };
  return [view, setView];
}
