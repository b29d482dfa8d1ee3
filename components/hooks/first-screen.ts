import { createContext } from 'preact';

/**
 * False while the dashboard's first screen is still being drawn: the whole-profile reads (the search index, now
 * and next, tag counts) wait for it, so its few rows are not queued behind 10,000. Elsewhere (popup, side panel) true.
 */
export const FirstScreenDone = createContext(true);
