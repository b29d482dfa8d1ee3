import type { Annotation, ScheduleEntry } from '../model/schema';
import type { DetailEditor } from './editor/detail-editor';
import { badgeCss } from './styles';
import { shadowWith } from './shadow';
import { ChangeMark } from './change-mark';
import { whenSchemeKnown } from './scheme';

export const HOST_TAG = 'tm-controls';
export const STAR_ACTION = 'star';
export const BADGE_TAG = 'tm-badge';

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

/** Where an entry's fields come from: read when first needed (see `PageEntry`). */
export interface EntrySource {
  readonly entry: ScheduleEntry;
}

export interface Controls {
  readonly host: HTMLElement;
  key: string;
  readonly title: string;
  /** The page's latest view of this entry. */
  source: EntrySource;
  /** The inline editor of a page about this one session. */
  detail?: DetailEditor;
  update(annotation: Annotation | undefined): void;
  setError(message: string | undefined): void;
  /** What the schedule changed about this session (see change-mark.ts), or undefined once dismissed. */
  setChange(label: string | undefined): void;
}

let template: HTMLElement | undefined;

/** `<tm-controls><button></button></tm-controls>`, cloned: cheaper than building each one. */
function blank(): HTMLElement {
  if (!template) {
    template = document.createElement(HOST_TAG);
    const star = document.createElement('button');
    star.type = 'button';
    star.dataset.tmAction = STAR_ACTION;
    star.setAttribute('aria-pressed', 'false');
    template.append(star);
  }
  return template.cloneNode(true) as HTMLElement;
}

function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * What a session's badge shows (rating, whether there is a note, how many tags) and says to screen readers (the
 * tags by name): in a closed shadow root, so none of it is in reach of the page's scripts, as attribute, text or
 * generated content. Made only for sessions with something to show, so a long page pays nothing for it.
 */
class Badge {
  readonly host = document.createElement(BADGE_TAG);
  private label = document.createElement('span');

  constructor(near: Element) {
    shadowWith(this.host, badgeCss, 'closed').append(this.label);
    this.label.setAttribute('role', 'img');
    // Dark on a dark page, whatever the system's setting: the class is inside the closed root, out of the page's reach.
    whenSchemeKnown(near, (scheme) => this.label.classList.toggle('dark', scheme === 'dark'));
  }

  show(title: string, annotation: Annotation | undefined): void {
    const label = annotation ? badgeLabel(annotation) : '';
    this.host.hidden = !label;
    this.label.textContent = annotation ? badgeText(annotation) : '';
    setAttr(this.label, 'aria-label', label ? `Your notes on ${title}: ${label}` : '');
    setAttr(this.label, 'title', label);
  }
}

/**
 * A star button and, once there is something to show, a badge; clicks are delegated by the page module.
 * A class, not closures: a page makes thousands of these on its first paint.
 */
class PageControls implements Controls {
  readonly host: HTMLElement;
  private star: HTMLButtonElement;
  private badge?: Badge;
  private mark?: ChangeMark;
  detail?: DetailEditor;

  constructor(
    public key: string,
    readonly title: string,
    public source: EntrySource,
  ) {
    // No key attribute on the host: the registry maps hosts to controls, and each attribute set on a cloned
    // element costs a copy of its attributes (a microsecond per entry, measured).
    this.host = blank();
    this.star = this.host.firstElementChild as HTMLButtonElement;
    this.star.setAttribute('aria-label', `Star: ${title}`);
  }

  update(annotation: Annotation | undefined): void {
    const starred = annotation?.starred ?? false;
    setAttr(this.star, 'aria-pressed', String(starred));
    setAttr(this.star, 'aria-label', `${starred ? 'Unstar' : 'Star'}: ${this.title}`);
    if (!this.badge && annotation && badgeLabel(annotation)) {
      this.badge = new Badge(this.host);
      this.host.append(this.badge.host);
    }
    this.badge?.show(this.title, annotation);
    this.detail?.update(this.source.entry, annotation);
  }

  setChange(label: string | undefined): void {
    if (!this.mark && !label) return;
    if (!this.mark) {
      this.mark = new ChangeMark(this.host);
      this.host.append(this.mark.host);
    }
    this.mark.show(this.title, label);
  }

  setError(message: string | undefined): void {
    this.star.classList.toggle('tm-error', !!message);
    setAttr(this.star, 'title', message ? `Talkmarks could not save: ${message}` : '');
  }
}

export function createControls(key: string, title: string, source: EntrySource): Controls {
  return new PageControls(key, title, source);
}
