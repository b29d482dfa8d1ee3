import type { PageEntry } from '../adapters/types';
import { byTime, dayOf, timeRange } from '../model/display';
import type { ScheduleEntry } from '../model/schema';
import { closedShadow } from './shadow';
import { onlyTrustedEvents } from './trusted';

export const PANEL_TAG = 'tm-panel';

const panelCss = `
:host { all: initial; display: block; margin: 12px 0; font: 14px/1.4 system-ui, sans-serif; color: #1f2328; }
section { border: 1px solid #d1d9e0; border-radius: 8px; padding: 8px 12px; background: #fff; }
.toggle { all: unset; cursor: pointer; font-weight: 600; }
.toggle:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
ul { list-style: none; margin: 8px 0 0; padding: 0; max-height: 60vh; overflow: auto; }
li { display: flex; gap: 6px; align-items: baseline; padding: 2px 0; border-top: 1px solid #eaeef2; }
.when { color: #59636e; min-width: 9em; font-variant-numeric: tabular-nums; }
.room { color: #59636e; }
a { color: #0969da; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6edf3; }
  section { background: #0d1117; border-color: #3d444d; }
  li { border-color: #21262d; }
  .when, .room { color: #9198a1; }
  a { color: #4493f8; }
}`;

/** One formatter for every row: making one per row cost most of a 500-session panel's build (bench/embed-panel.ts). */
let dayFormat: Intl.DateTimeFormat | undefined;

function dayLabel(entry: ScheduleEntry): string {
  const day = dayOf(entry);
  if (!day) return '';
  dayFormat ??= new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return dayFormat.format(Date.parse(`${day}T12:00:00Z`));
}

/**
 * A list of the sessions, beside a schedule whose own rendering Talkmarks cannot reach (a closed or not yet rendered
 * component, an embed whose script is blocked). Each row gets the same controls as an entry on the page; all text is
 * set as text. In a closed shadow root that takes only trusted events: the stars and notes in it are the user's, out
 * of reach of the page's scripts.
 */
export function createSessionPanel(title: string, entries: readonly ScheduleEntry[], signal: AbortSignal): { host: HTMLElement; root: ShadowRoot; rows: PageEntry[] } {
  const host = document.createElement(PANEL_TAG);
  const root = closedShadow(host);
  onlyTrustedEvents(root, signal);
  const style = document.createElement('style');
  style.textContent = panelCss;
  const section = document.createElement('section');
  section.setAttribute('aria-label', `Talkmarks: ${title}`);
  const list = document.createElement('ul');
  list.hidden = true;
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.textContent = `☆ Talkmarks: star, rate and note the ${entries.length} sessions of ${title}`;
  toggle.addEventListener(
    'click',
    () => {
      list.hidden = !list.hidden;
      toggle.setAttribute('aria-expanded', String(!list.hidden));
    },
    { signal },
  );
  const rows = [...entries].sort(byTime).map((entry): PageEntry => {
    const li = document.createElement('li');
    const when = document.createElement('span');
    when.className = 'when';
    when.textContent = [dayLabel(entry), timeRange(entry)].filter(Boolean).join(' ');
    const name = document.createElement(entry.url ? 'a' : 'span');
    if (entry.url) name.setAttribute('href', entry.url);
    name.textContent = entry.title;
    li.append(when, name);
    if (entry.room) {
      const room = document.createElement('span');
      room.className = 'room';
      room.textContent = entry.room;
      li.append(room);
    }
    list.append(li);
    return { entry, element: li, anchor: when };
  });
  section.append(toggle, list);
  root.append(style, section);
  return { host, root, rows };
}
