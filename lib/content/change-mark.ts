import { changeMarkCss } from './styles';
import { whenSchemeKnown } from './scheme';
import { shadowWith } from './shadow';

export const CHANGE_TAG = 'tm-change';

/** "Moved", "Room", "Renamed", "No longer on the schedule": the first change's kind, and how many more. */
function shortText(label: string): string {
  const parts = label.split('; ');
  const kind = parts[0]!.split(':')[0]!;
  return parts.length > 1 ? `${kind} +${parts.length - 1}` : kind;
}

/**
 * The mark a session's controls carry when the schedule changed it: a short visible word, and what changed in full
 * as its accessible name and tooltip. In a closed shadow root like the badge: what the user picked is not the page's
 * to read. Made only for changed sessions, so a long page pays nothing for it.
 */
export class ChangeMark {
  readonly host = document.createElement(CHANGE_TAG);
  private label = document.createElement('span');

  constructor(near: Element) {
    shadowWith(this.host, changeMarkCss, 'closed').append(this.label);
    this.label.setAttribute('role', 'img');
    // Amber on the page's own background, dark or light, whatever the system's setting (as the badge).
    whenSchemeKnown(near, (scheme) => this.label.classList.toggle('dark', scheme === 'dark'));
  }

  show(title: string, label: string | undefined): void {
    this.host.hidden = !label;
    this.label.textContent = label ? `⚠ ${shortText(label)}` : '';
    this.label.setAttribute('aria-label', label ? `${label} (${title})` : '');
    this.label.setAttribute('title', label ?? '');
  }
}
