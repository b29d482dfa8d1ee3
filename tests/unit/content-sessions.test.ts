import { describe, expect, it } from 'vitest';
import { createControls, type Controls } from '../../lib/content/controls';
import { SessionControls } from '../../lib/content/sessions';
import type { ScheduleEntry } from '../../lib/model/schema';
import { closedRootOf } from '../../lib/content/shadow';
import { annotation, entryOf, keyOf } from '../support/content';

/** `SessionControls` as the registry uses it, with controls put on the page by hand. */
class Sessions extends SessionControls {
  put(key: string, entry: ScheduleEntry): Controls {
    const controls = createControls(key, entry.title, { entry });
    document.body.append(controls.host);
    this.add(controls);
    return controls;
  }
  take(controls: Controls): void {
    this.remove(controls);
  }
}

const pressed = (c: Controls) => c.host.querySelector('button')!.getAttribute('aria-pressed');
const markText = (c: Controls) => c.host.querySelector<HTMLElement>('tm-change');
const markTitle = (c: Controls) => closedRootOf(markText(c)!)!.querySelector('[role="img"]')!.getAttribute('title');

describe('the sessions a page shows', () => {
  it('merge every view of one session the page shows: the richer fields of each', () => {
    const sessions = new Sessions();
    sessions.put(keyOf(1), { ...entryOf(1), room: 'Hall 8' });
    sessions.put(keyOf(1), { ...entryOf(1), speakers: [{ name: 'Ada' }] });
    sessions.put(keyOf(2), entryOf(2));
    expect(sessions.entry(keyOf(1))).toMatchObject({ key: keyOf(1), room: 'Hall 8', speakers: [{ name: 'Ada' }] });
    expect(sessions.entries().map((e) => e.key)).toEqual([keyOf(1), keyOf(2)]);
    expect(sessions.size).toBe(2);
    expect(sessions.entry(keyOf(3))).toBeUndefined();
    expect(sessions.controlsOf(keyOf(3)).size).toBe(0);
  });

  it('show a session’s annotation on every view of it, and on no other session', () => {
    const sessions = new Sessions();
    const views = [sessions.put(keyOf(1), entryOf(1)), sessions.put(keyOf(1), entryOf(1))];
    const other = sessions.put(keyOf(2), entryOf(2));
    sessions.annotations.apply([annotation(keyOf(1), { starred: true }), annotation(keyOf(9), { starred: true })]);
    expect(views.map(pressed)).toEqual(['true', 'true']);
    expect(pressed(other)).toBe('false');
  });

  it('forget a session once its last view is gone', () => {
    const sessions = new Sessions();
    const one = sessions.put(keyOf(1), entryOf(1));
    const again = sessions.put(keyOf(1), entryOf(1));
    sessions.take(one);
    expect(sessions.size).toBe(1);
    expect([...sessions.controlsOf(keyOf(1))]).toEqual([again]);
    sessions.take(again);
    expect(sessions.size).toBe(0);
    expect(sessions.entries()).toEqual([]);
    // A view forgotten twice (the page and the registry both took it away) changes nothing more.
    expect(() => sessions.take(again)).not.toThrow();
  });

  it('move a session shown under another key to its stored key, with that key’s annotation and change mark', () => {
    const sessions = new Sessions();
    const long = 'sched:demo:3f2a9c1e0b7d';
    const shown = sessions.put(long, { ...entryOf(1), key: long });
    const other = sessions.put(keyOf(2), entryOf(2));
    sessions.annotations.apply([annotation(keyOf(1), { starred: true })]);
    sessions.setMarks({ [keyOf(1)]: 'Room: was Hall 12, now Hall 8' });
    sessions.rekey({ [long]: keyOf(1), [keyOf(2)]: keyOf(2), [keyOf(7)]: keyOf(8) });
    expect(shown.key).toBe(keyOf(1));
    expect(pressed(shown)).toBe('true');
    expect(markText(shown)!.hidden).toBe(false);
    expect(sessions.entry(keyOf(1))).toMatchObject({ key: keyOf(1), aliases: [long] });
    expect(sessions.controlsOf(long).size).toBe(0);
    // A rename to itself, or of a session not on the page, moves nothing; later views of the long id follow it.
    expect([...sessions.controlsOf(keyOf(2))]).toEqual([other]);
    expect(sessions.size).toBe(2);
    expect(sessions.canonical(long)).toBe(keyOf(1));
    expect(sessions.canonical(keyOf(7))).toBe(keyOf(8));
    expect(sessions.canonical(keyOf(2))).toBe(keyOf(2));
  });

  it('change each mark only where the schedule’s changes differ from before', () => {
    const sessions = new Sessions();
    const [one, two, three] = [1, 2, 3].map((i) => sessions.put(keyOf(i), entryOf(i)));
    sessions.setMarks({ [keyOf(1)]: 'Room: was Hall 12, now Hall 8', [keyOf(2)]: 'Moved: was 10:00, now 11:00' });
    sessions.setMarks({ [keyOf(2)]: 'Renamed: was "Talk"', [keyOf(3)]: 'No longer on the schedule' });
    expect(markText(one!)!.hidden).toBe(true);
    expect(markTitle(two!)).toBe('Renamed: was "Talk"');
    expect(markTitle(three!)).toBe('No longer on the schedule');
  });
});
