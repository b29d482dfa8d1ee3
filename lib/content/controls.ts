import type { Annotation, ScheduleEntry } from '../model';
import { controlsCss } from './styles';

export const HOST_TAG = 'tm-controls';
export const STAR_ACTION = 'star';

let sharedSheet: CSSStyleSheet | null | undefined;

/** One constructed stylesheet adopted by every control: parsed once, whatever the number of entries. */
function adoptStyles(root: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(controlsCss);
      root.adoptedStyleSheets = [sharedSheet];
      return;
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    root.adoptedStyleSheets = [sharedSheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = controlsCss;
  root.append(style);
}

function badgeLabel(a: Annotation): string {
  const parts: string[] = [];
  if (a.rating !== null) parts.push(`rated ${a.rating} of 5`);
  if (a.note.trim()) parts.push('has a note');
  if (a.tags.length) parts.push(`tagged ${a.tags.join(', ')}`);
  return parts.join(', ');
}

function badgeText(a: Annotation): string {
  const parts: string[] = [];
  if (a.rating !== null) parts.push(`${a.rating}★`);
  if (a.note.trim()) parts.push('✎');
  if (a.tags.length) parts.push(`#${a.tags.length}`);
  return parts.join(' ');
}

export interface Controls {
  readonly host: HTMLElement;
  readonly key: string;
  entry: ScheduleEntry;
  update(annotation: Annotation | undefined): void;
  setError(message: string | undefined): void;
}

/** A star button and a badge in an open shadow root on a `tm-` element; events are delegated by the page module. */
export function createControls(entry: ScheduleEntry): Controls {
  const host = document.createElement(HOST_TAG);
  host.dataset.tmKey = entry.key;
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  const star = document.createElement('button');
  star.type = 'button';
  star.dataset.tmAction = STAR_ACTION;
  const glyph = document.createElement('span');
  glyph.setAttribute('aria-hidden', 'true');
  star.append(glyph);
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'img');
  badge.hidden = true;
  root.append(star, badge);

  const controls: Controls = {
    host,
    key: entry.key,
    entry,
    update(annotation) {
      const starred = annotation?.starred ?? false;
      star.setAttribute('aria-pressed', String(starred));
      star.setAttribute('aria-label', `${starred ? 'Unstar' : 'Star'}: ${controls.entry.title}`);
      glyph.textContent = starred ? '★' : '☆';
      const label = annotation ? badgeLabel(annotation) : '';
      badge.hidden = !label;
      badge.textContent = annotation ? badgeText(annotation) : '';
      badge.setAttribute('aria-label', label ? `Your notes on ${controls.entry.title}: ${label}` : '');
      badge.title = label;
    },
    setError(message) {
      star.classList.toggle('error', !!message);
      star.title = message ? `Talkmarks could not save: ${message}` : '';
    },
  };
  controls.update(undefined);
  return controls;
}
