import { z } from 'zod';
import type { SearchQuery } from './search-index';

/** The dashboard's views; `welcome` is the first-run page, opened on install (lib/background/first-run.ts). */
export const Section = z.enum(['sessions', 'plan', 'changes', 'later', 'tags', 'team', 'schedules', 'data', 'welcome']);
export type Section = z.infer<typeof Section>;

/**
 * What the dashboard shows, kept in the URL's hash so a view can be bookmarked and reopened. A value a
 * hand-edited or old URL gets wrong is dropped (that filter is off), never an error.
 */
const ViewParams = z.object({
  view: Section.catch('sessions'),
  q: z.string().max(500).catch(''),
  conf: z.string().regex(/^[a-z]+:[A-Za-z0-9._-]{1,100}$/).optional().catch(undefined),
  day: z.iso.date().optional().catch(undefined),
  starred: z.literal('1').optional().catch(undefined),
  rating: z.enum(['1', '2', '3', '4', '5']).optional().catch(undefined),
  tag: z.string().min(1).max(100).optional().catch(undefined),
  track: z.string().min(1).max(500).optional().catch(undefined),
  room: z.string().min(1).max(500).optional().catch(undefined),
  /** Picked by a colleague (their sharer id), by `any` of them, or by `none` of us. */
  who: z.string().regex(/^(any|none|[A-Za-z0-9_-]{8,32})$/).optional().catch(undefined),
  /** Results in schedule order instead of best first. */
  sort: z.literal('time').optional().catch(undefined),
});

export interface DashboardView extends SearchQuery {
  section: Section;
  who?: string;
}

export const defaultView: DashboardView = { section: 'sessions', text: '' };

export function parseView(hash: string): DashboardView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const p = ViewParams.parse(Object.fromEntries(params));
  return {
    section: p.view,
    text: p.q,
    conference: p.conf,
    day: p.day,
    starred: p.starred === '1' || undefined,
    minRating: p.rating ? Number(p.rating) : undefined,
    tag: p.tag,
    track: p.track,
    room: p.room,
    who: p.who,
    sort: p.sort,
  };
}

/** The hash of a view, defaults left out and keys in a fixed order, so equal views have equal URLs. */
export function formatView(view: DashboardView): string {
  const params = new URLSearchParams();
  const add = (name: string, value: string | undefined) => value && params.set(name, value);
  if (view.section !== 'sessions') add('view', view.section);
  add('q', view.text.trim() ? view.text : undefined);
  add('conf', view.conference);
  add('day', view.day);
  add('starred', view.starred ? '1' : undefined);
  add('rating', view.minRating ? String(view.minRating) : undefined);
  add('tag', view.tag);
  add('track', view.track);
  add('room', view.room);
  add('who', view.who);
  add('sort', view.sort === 'time' ? 'time' : undefined);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Results under day headings in schedule order: asked for, or nothing typed to rank by. */
export function sortedByTime(view: DashboardView): boolean {
  return view.sort === 'time' || !view.text.trim();
}

/** Whether any search text or filter narrows the sessions (otherwise the dashboard shows its overview). */
export function isSearching(view: DashboardView): boolean {
  return !!(view.text.trim() || view.conference || view.day || view.starred || view.minRating || view.tag || view.track || view.room || view.who);
}
