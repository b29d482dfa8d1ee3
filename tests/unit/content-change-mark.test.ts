import { describe, expect, it } from 'vitest';
import { ChangeMark, CHANGE_TAG } from '../../lib/content/change-mark';
import { createControls } from '../../lib/content/controls';
import { SessionControls } from '../../lib/content/sessions';
import { closedRootOf } from '../../lib/content/shadow';
import { entryOf, keyOf } from '../support/content';

const TITLE = 'GitOps at Scale';
const moved = 'Moved: was Tue 10:00 CET, now Tue 10:15 CET';

class Registry extends SessionControls {
  put(n: number) {
    const controls = createControls(keyOf(n), `Talk ${n}`, { entry: entryOf(n) });
    document.body.append(controls.host);
    this.add(controls);
    return controls;
  }
}

const markOf = (host: HTMLElement) => {
  const mark = host.querySelector<HTMLElement>('tm-change');
  return mark ? { host: mark, label: closedRootOf(mark)!.querySelector('span[role="img"]')! } : undefined;
};

describe('the change mark on a session’s controls', () => {
  it('says what changed as its accessible name, with a short visible word, out of the page’s reach', () => {
    const registry = new Registry();
    const one = registry.put(1);
    expect(markOf(one.host)).toBeUndefined();
    registry.setMarks({ [keyOf(1)]: `${moved}; Room: was Hall 12, now Hall 8` });
    const mark = markOf(one.host)!;
    expect(mark.label.getAttribute('aria-label')).toBe(`${moved}; Room: was Hall 12, now Hall 8 (Talk 1)`);
    expect(mark.label.textContent).toBe('⚠ Moved +1');
    // A closed root: the page's scripts see an empty element.
    expect(mark.host.shadowRoot).toBeNull();
    expect(one.host.textContent).toBe('');
  });

  it('marks controls added later, and goes away when the change is dismissed', () => {
    const registry = new Registry();
    registry.setMarks({ [keyOf(2)]: moved });
    const two = registry.put(2);
    const three = registry.put(3);
    expect(markOf(two.host)!.label.getAttribute('title')).toBe(moved);
    expect(markOf(three.host)).toBeUndefined();
    registry.setMarks({});
    expect(markOf(two.host)!.host.hidden).toBe(true);
  });
});

/** A change mark beside a session's controls, and the label the user sees and hears. */
function mark() {
  const near = document.createElement('tm-controls');
  document.body.replaceChildren(near);
  const change = new ChangeMark(near);
  near.append(change.host);
  return { change, label: closedRootOf(change.host)!.querySelector<HTMLElement>('span[role="img"]')! };
}

describe('what a change mark says', () => {
  it('shows the kind of a single change, and names it in full with the session’s title', () => {
    const { change, label } = mark();
    change.show(TITLE, 'Room: was Hall 12, now Hall 8');
    expect(change.host.localName).toBe(CHANGE_TAG);
    expect(change.host.hidden).toBe(false);
    expect(label.textContent).toBe('⚠ Room');
    expect(label.getAttribute('aria-label')).toBe(`Room: was Hall 12, now Hall 8 (${TITLE})`);
    expect(label.title).toBe('Room: was Hall 12, now Hall 8');
  });

  it('shows the first change’s kind and how many more there are', () => {
    const { change, label } = mark();
    change.show(TITLE, 'Moved: was Tue 10:00, now Tue 10:15; Room: was Hall 12, now Hall 8; Renamed: was "GitOps"');
    expect(label.textContent).toBe('⚠ Moved +2');
  });

  it('shows a change without details whole', () => {
    const { change, label } = mark();
    change.show(TITLE, 'No longer on the schedule');
    expect(label.textContent).toBe('⚠ No longer on the schedule');
    expect(label.getAttribute('aria-label')).toBe(`No longer on the schedule (${TITLE})`);
  });

  it('hides and says nothing once the change is dismissed, and shows again for the next one', () => {
    const { change, label } = mark();
    change.show(TITLE, 'Room: was Hall 12, now Hall 8');
    change.show(TITLE, undefined);
    expect(change.host.hidden).toBe(true);
    expect(label.textContent).toBe('');
    expect(label.getAttribute('aria-label')).toBe('');
    expect(label.title).toBe('');
    change.show(TITLE, 'Moved: was Tue 10:00, now Tue 11:00');
    expect(change.host.hidden).toBe(false);
    expect(label.textContent).toBe('⚠ Moved');
  });

  it('keeps all of it out of the page’s reach: a closed root, no text or attribute in the light DOM', () => {
    const { change } = mark();
    change.show(TITLE, 'Room: was Hall 12, now Hall 8');
    expect(change.host.shadowRoot).toBeNull();
    expect(change.host.outerHTML).not.toMatch(/Room|Hall/);
  });
});
