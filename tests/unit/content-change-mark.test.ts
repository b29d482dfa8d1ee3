import { describe, expect, it } from 'vitest';
import { createControls } from '../../lib/content/controls';
import { SessionControls } from '../../lib/content/sessions';
import { closedRootOf } from '../../lib/content/shadow';
import { entryOf, keyOf } from '../support/content';

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
