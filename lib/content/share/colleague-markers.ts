import { send } from '../../protocol/send';
import type { ColleagueLayer, ColleaguePick } from '../../model/colleague';
import { initials, pickSummary, possessive } from '../../share/words';
import { clip } from '../../util/text';
import type { Controls } from '../controls';
import type { ControlRegistry } from '../registry';
import { el, shadowWith } from '../shadow';
import { tabRequests } from '../tab-listener';
import { onlyTrustedEvents } from '../trusted';
import { markersCss } from './styles';
import { errorMessage } from '../../util/errors';

export const MARKERS_TAG = 'tm-colleagues';
const COPY_ACTION = 'copy';

interface Mark {
  layer: ColleagueLayer;
  pick: ColleaguePick;
}

/** One colleague's marker: initials; their pick (rating, tags, note) as text on hover, focus or click. */
function markOf({ layer, pick }: Mark, title: string, i: number): HTMLElement {
  const who = possessive(layer.name);
  const summary = el('p', { id: `s${i}` }, el('bdi', { textContent: layer.name }), `: ${pickSummary(pick)}`);
  const note = pick.note.trim() ? el('p', { id: `n${i}`, className: 'note', textContent: clip(pick.note.trim(), 2000) }) : '';
  const button = el('button', { type: 'button', textContent: initials(layer.name) });
  // The visible initials lead the name (WCAG label in name), then whose pick of which session.
  button.setAttribute('aria-label', `${initials(layer.name)}: ${who} pick of ${title}`);
  button.setAttribute('aria-describedby', note ? `s${i} n${i}` : `s${i}`);
  const copy = el('button', { type: 'button', textContent: 'Copy to my notes' });
  copy.dataset.tmAction = COPY_ACTION;
  copy.dataset.tmLayer = layer.id;
  copy.setAttribute('aria-label', `Copy to my notes: ${who} pick of ${title}`);
  const panel = el('span', { className: 'panel' }, summary, note, copy, el('p', { className: 'status' }));
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', `${who} pick`);
  panel.lastElementChild!.setAttribute('role', 'status');
  return el('span', { className: 'mark' }, button, panel);
}

async function onClick(event: Event, key: string): Promise<void> {
  const target = event.composedPath()[0] as HTMLElement;
  const mark = target.closest?.('.mark');
  if (!mark) return;
  // The entry's own handlers (links, tooltips) must not see clicks on our markers.
  event.stopPropagation();
  event.preventDefault();
  if (target.dataset.tmAction !== COPY_ACTION) return void mark.classList.toggle('pinned');
  // A page script can click into an open shadow root; only the user may change their notes.
  if (!event.isTrusted) return;
  const status = mark.querySelector('.status')!;
  try {
    const { changed } = await send({ type: 'colleagues/copy', id: target.dataset.tmLayer!, keys: [key] });
    status.textContent = changed ? 'Copied to your notes.' : 'Your notes already have all of it.';
  } catch (error) {
    status.textContent = `Could not copy: ${errorMessage(error)}`;
  }
}

/**
 * Colleagues' shown layers as markers beside the entries they picked, in a `tm-colleagues` element just before our
 * controls. Markers follow entries the page adds later (the registry tells of each new control) and change
 * when a layer is added, replaced, hidden or removed anywhere.
 */
export function markColleagues(registry: ControlRegistry, conference: string, signal: AbortSignal): void {
  let marks = new Map<string, Mark[]>();
  const shown = new Set<HTMLElement>();
  const titleOf = (key: string, pick: ColleaguePick) => [...registry.controlsOf(key)][0]?.title ?? pick.title ?? key;

  const render = ({ host, key }: Controls) => {
    const list = marks.get(key);
    const before = host.previousElementSibling as HTMLElement | null;
    // Markers just before these controls are in their place: this session's, or those of the session the entry
    // showed before the page turned it into another one in place (a single-session view), which must go.
    const old = before?.localName === MARKERS_TAG ? before : undefined;
    if (!list) {
      if (old) shown.delete(old);
      return old?.remove();
    }
    const marker = document.createElement(MARKERS_TAG);
    marker.dataset.tmKey = key;
    // Closed: colleagues' ratings, tags and notes are theirs and the user's, not the page's.
    const root = shadowWith(marker, markersCss, 'closed');
    onlyTrustedEvents(root, signal);
    root.append(...list.map((m, i) => markOf(m, titleOf(key, m.pick), i)));
    root.addEventListener('click', (event) => void onClick(event, key), { signal });
    if (old) {
      shown.delete(old);
      old.replaceWith(marker);
    } else host.before(marker);
    shown.add(marker);
  };

  // Entries the page adds later get their markers as their controls are made: no observer of our own. Controls
  // of an unpicked session are rendered too, to clear markers left in their place.
  registry.onAttach(render, signal);

  const apply = (layers: readonly ColleagueLayer[]) => {
    marks = new Map();
    for (const layer of layers) {
      if (layer.hidden || layer.conference !== conference) continue;
      for (const pick of layer.picks) marks.set(pick.key, [...(marks.get(pick.key) ?? []), { layer, pick }]);
    }
    shown.forEach((m) => m.remove());
    shown.clear();
    for (const key of marks.keys()) registry.controlsOf(key).forEach((c) => c.host.isConnected && render(c));
  };

  tabRequests(signal).on('tab/colleagues', (request) => {
    if (request.conference !== conference) return undefined;
    apply(request.layers);
    return null;
  });
  send({ type: 'colleagues/layers' }).then(apply, (error: unknown) => console.warn('[Talkmarks]', error));
  signal.addEventListener('abort', () => shown.forEach((m) => m.remove()));
}
