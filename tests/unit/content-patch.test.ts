import { beforeEach, describe, expect, it, vi } from 'vitest';
import { patchFromPage } from '../../lib/content/patch';
import { ControlRegistry } from '../../lib/content/registry';
import type { Annotation } from '../../lib/model/schema';
import { annotation, deferred, fakeBackground, keyOf, pressed, sent, starOf, talks, talksHtml } from '../support/content';
import { closedRootOf } from '../../lib/content/shadow';

vi.mock('../../lib/protocol/send', () => ({ send: vi.fn() }));

const key = keyOf(1);
let registry: ControlRegistry;

beforeEach(() => {
  document.body.innerHTML = talksHtml(0, 3);
  registry = new ControlRegistry({ createDetail: () => { throw new Error('no session page here'); } });
  registry.attach(talks.parse(document, new URL('https://demo.sched.com/')));
});

/** The background answers the page's own change with `answer`, when the test says so. */
function savingWith(answer: ReturnType<typeof deferred<Annotation>>) {
  return fakeBackground((request) => {
    if (request.type === 'annotation/patch') return answer.promise;
    throw new Error(`unexpected ${request.type}`);
  });
}

describe('a change made on the page', () => {
  it('shows a clicked star at once, and sends the change with what the page shows of the session', async () => {
    const answer = deferred<Annotation>();
    const send = savingWith(answer);
    const saving = patchFromPage(registry, key, { starred: true });
    expect(pressed(1)).toBe('true');
    expect(starOf(1).getAttribute('aria-label')).toBe('Unstar: Talk 1');
    expect(sent(send, 'annotation/patch')).toEqual([{ type: 'annotation/patch', key, patch: { starred: true }, entry: registry.entry(key) }]);
    answer.resolve(annotation(key, { starred: true, updatedAt: 20 }));
    await saving;
    expect(pressed(1)).toBe('true');
    expect(starOf(1).classList.contains('tm-error')).toBe(false);
  });

  it('does not flash the star back when a push older than what the page saw arrives late', async () => {
    registry.annotations.apply([annotation(key, { starred: true, updatedAt: 20 })]);
    const answer = deferred<Annotation>();
    savingWith(answer);
    const saving = patchFromPage(registry, key, { starred: false });
    answer.resolve(annotation(key, { starred: false, updatedAt: 30 }));
    await saving;
    // The push of a change stored before the page's own, delivered after its answer.
    registry.annotations.apply([annotation(key, { starred: true, updatedAt: 25 })]);
    expect(pressed(1)).toBe('false');
  });

  it('ignores a push about the session while the page’s own change is still on its way', async () => {
    registry.annotations.apply([annotation(key, { updatedAt: 10 })]);
    const answer = deferred<Annotation>();
    savingWith(answer);
    const saving = patchFromPage(registry, key, { starred: true });
    registry.annotations.apply([annotation(key, { starred: false, rating: 2, updatedAt: 15 })]);
    expect(pressed(1)).toBe('true');
    answer.resolve(annotation(key, { starred: true, rating: 2, updatedAt: 20 }));
    await saving;
    expect(pressed(1)).toBe('true');
    const badge = closedRootOf(starOf(1).nextElementSibling!)!.querySelector('[role="img"]');
    expect(badge?.getAttribute('aria-label')).toBe('Your notes on Talk 1: rated 2 of 5');
  });

  it('applies a newer push once the page’s change is confirmed', async () => {
    const answer = deferred<Annotation>();
    savingWith(answer);
    const saving = patchFromPage(registry, key, { starred: true });
    answer.resolve(annotation(key, { starred: true, updatedAt: 20 }));
    await saving;
    registry.annotations.apply([annotation(key, { starred: false, updatedAt: 40 })]);
    expect(pressed(1)).toBe('false');
  });

  it('puts the star back and says why when the change could not be saved', async () => {
    registry.annotations.apply([annotation(key, { rating: 3, updatedAt: 10 })]);
    fakeBackground(() => {
      throw new Error('Talkmarks storage is full');
    });
    await expect(patchFromPage(registry, key, { starred: true })).rejects.toThrow('Talkmarks storage is full');
    expect(pressed(1)).toBe('false');
    expect(starOf(1).classList.contains('tm-error')).toBe(true);
    expect(starOf(1).title).toBe('Talkmarks could not save: Talkmarks storage is full');
    expect(registry.annotations.get(key)).toMatchObject({ starred: false, rating: 3 });

    // The next change that is saved clears the error.
    fakeBackground(() => annotation(key, { starred: true, rating: 3, updatedAt: 20 }));
    await patchFromPage(registry, key, { starred: true });
    expect(pressed(1)).toBe('true');
    expect(starOf(1).classList.contains('tm-error')).toBe(false);
    expect(starOf(1).title).toBe('');
  });

  it('puts back a session never annotated as blank, on every view of it the page shows', async () => {
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li class="talk" data-i="1"><a href="/talk/1">Talk 1</a></li>');
    registry.attach(talks.parse(document, new URL('https://demo.sched.com/')));
    const stars = [...document.querySelectorAll('li[data-i="1"] tm-controls > button')];
    expect(stars).toHaveLength(2);
    fakeBackground(() => {
      throw new Error('gone');
    });
    const saving = patchFromPage(registry, key, { starred: true, rating: 4 });
    expect(stars.map((s) => s.getAttribute('aria-pressed'))).toEqual(['true', 'true']);
    await expect(saving).rejects.toThrow('gone');
    expect(stars.map((s) => s.getAttribute('aria-pressed'))).toEqual(['false', 'false']);
    expect(stars.every((s) => s.classList.contains('tm-error'))).toBe(true);
    expect(registry.annotations.get(key)).toMatchObject({ starred: false, rating: null });
  });

  it('shows the stored change, with no error, when the service worker stored it and stopped before answering', async () => {
    registry.annotations.apply([annotation(key, { rating: 3, updatedAt: 10 })]);
    fakeBackground((request) => {
      if (request.type === 'annotation/patch') throw new Error('The message port closed before a response was received.');
      return [annotation(key, { rating: 3, starred: true, updatedAt: 20 })];
    });
    await expect(patchFromPage(registry, key, { starred: true })).resolves.toMatchObject({ starred: true, updatedAt: 20 });
    expect(pressed(1)).toBe('true');
    expect(starOf(1).classList.contains('tm-error')).toBe(false);
    // Later pushes older than the stored change are stale.
    registry.annotations.apply([annotation(key, { rating: 3, starred: false, updatedAt: 15 })]);
    expect(pressed(1)).toBe('true');
  });

  it('shows what is stored, not what the page showed before, when the change was refused', async () => {
    registry.annotations.apply([annotation(key, { rating: 3, updatedAt: 10 })]);
    fakeBackground((request) => {
      if (request.type === 'annotation/patch') throw new Error('Refused: the session belongs to another schedule');
      // Rated 4 in another tab meanwhile; its push has not arrived.
      return [annotation(key, { rating: 4, updatedAt: 15 })];
    });
    await expect(patchFromPage(registry, key, { starred: true })).rejects.toThrow('Refused');
    expect(pressed(1)).toBe('false');
    expect(registry.annotations.get(key)).toMatchObject({ starred: false, rating: 4 });
    const badge = closedRootOf(starOf(1).nextElementSibling!)!.querySelector('[role="img"]');
    expect(badge?.getAttribute('aria-label')).toBe('Your notes on Talk 1: rated 4 of 5');
    expect(starOf(1).title).toBe('Talkmarks could not save: Refused: the session belongs to another schedule');
  });

  it('after a failed save, takes this session’s stored state and keeps the error unless all of the change is stored', async () => {
    registry.annotations.apply([annotation(key, { rating: 2, updatedAt: 10 })]);
    fakeBackground((request) => {
      if (request.type === 'annotation/patch') throw new Error('The message port closed before a response was received.');
      if (request.type === 'page/annotations') {
        // Another session first; this one's rating stored (another tab), its star not.
        return [annotation(keyOf(2), { starred: true, rating: 3, updatedAt: 30 }), annotation(key, { rating: 3, updatedAt: 20 })];
      }
      throw new Error(`unexpected ${request.type}`);
    });
    await expect(patchFromPage(registry, key, { starred: true, rating: 3 })).rejects.toThrow('message port closed');
    expect(registry.annotations.get(key)).toMatchObject({ starred: false, rating: 3, updatedAt: 20 });
    expect(pressed(1)).toBe('false');
    expect(starOf(1).classList.contains('tm-error')).toBe(true);
  });

  it('sends the note it started from with a note change, so the background can keep both texts', async () => {
    const send = fakeBackground(() => annotation(key, { note: 'new', updatedAt: 20 }));
    await patchFromPage(registry, key, { note: 'new' }, { note: 'old' });
    expect(sent(send, 'annotation/patch')).toEqual([{ type: 'annotation/patch', key, patch: { note: 'new' }, entry: registry.entry(key), base: { note: 'old' } }]);
  });

  it('follows the session to the key the background stores it under', async () => {
    fakeBackground(() => annotation(keyOf(9), { starred: true, updatedAt: 20 }));
    await patchFromPage(registry, key, { starred: true });
    expect(registry.controlsAt(starOf(1).parentElement!)!.key).toBe(keyOf(9));
    expect(pressed(1)).toBe('true');
  });

  it('refuses a change to a session the page does not show', async () => {
    const send = fakeBackground(() => null);
    await expect(patchFromPage(registry, keyOf(7), { starred: true })).rejects.toThrow(`No session ${keyOf(7)} on this page`);
    expect(send).not.toHaveBeenCalled();
  });
});
