import { describe, expect, it } from 'vitest';
import { createControls, HOST_TAG } from '../../lib/content/controls';
import { annotation, entryOf, keyOf } from '../support/content';
import { closedRootOf } from '../../lib/content/shadow';

const TITLE = 'GitOps at Scale';

function setup() {
  const controls = createControls(keyOf(1), TITLE, { entry: { ...entryOf(1), title: TITLE } });
  document.body.replaceChildren(controls.host);
  const star = controls.host.querySelector('button')!;
  const badgeHost = () => controls.host.querySelector<HTMLElement>('tm-badge');
  const badge = () => (badgeHost() ? closedRootOf(badgeHost()!)!.querySelector<HTMLElement>('span[role="img"]') : null);
  return { controls, star, badge, badgeHost };
}

describe('in-page controls', () => {
  it('are a real button, not pressed, named by the session’s title', () => {
    const { controls, star } = setup();
    expect(controls.host.localName).toBe(HOST_TAG);
    expect(star.localName).toBe('button');
    expect(star.type).toBe('button');
    expect(star.getAttribute('aria-pressed')).toBe('false');
    expect(star.getAttribute('aria-label')).toBe(`Star: ${TITLE}`);
    // The glyph is generated content: the page's text stays its own.
    expect(controls.host.textContent).toBe('');
  });

  it('press and rename the star when the session is starred, and back', () => {
    const { controls, star } = setup();
    controls.update(annotation(keyOf(1), { starred: true }));
    expect(star.getAttribute('aria-pressed')).toBe('true');
    expect(star.getAttribute('aria-label')).toBe(`Unstar: ${TITLE}`);
    controls.update(undefined);
    expect(star.getAttribute('aria-pressed')).toBe('false');
    expect(star.getAttribute('aria-label')).toBe(`Star: ${TITLE}`);
  });

  it('show a badge, named for screen readers, only while there is something to show', () => {
    const { controls, badge, badgeHost } = setup();
    controls.update(annotation(keyOf(1), { starred: true }));
    expect(badge()).toBeNull();
    controls.update(annotation(keyOf(1), { rating: 4, note: 'ask about drift', tags: ['ops', 'k8s'] }));
    expect(badgeHost()!.hidden).toBe(false);
    expect(badge()!.getAttribute('aria-label')).toBe(`Your notes on ${TITLE}: rated 4 of 5, has a note, tagged ops, k8s`);
    expect(badge()!.title).toBe('rated 4 of 5, has a note, tagged ops, k8s');
    expect(badge()!.textContent).toBe('4★ ✎ #2');
    // None of it in reach of the page's scripts: no open root, no attribute, no text in the light DOM.
    expect(badgeHost()!.shadowRoot).toBeNull();
    expect(controls.host.outerHTML).not.toMatch(/rated|ops|4★/);
    controls.update(annotation(keyOf(1), { starred: true }));
    expect(badgeHost()!.hidden).toBe(true);
    expect(badge()!.getAttribute('aria-label')).toBe('');
  });

  it('show in the badge only what the session has: a rating, a note, tags', () => {
    const { controls, badge } = setup();
    controls.update(annotation(keyOf(1), { rating: 2 }));
    expect(badge()!.textContent).toBe('2★');
    controls.update(annotation(keyOf(1), { note: 'ask about drift' }));
    expect(badge()!.textContent).toBe('✎');
    expect(badge()!.title).toBe('has a note');
    controls.update(annotation(keyOf(1), { tags: ['ops', 'k8s'] }));
    expect(badge()!.textContent).toBe('#2');
    expect(badge()!.title).toBe('tagged ops, k8s');
  });

  it('count a note of blank lines as no note', () => {
    const { controls, badge } = setup();
    controls.update(annotation(keyOf(1), { rating: 3, note: ' \n ' }));
    expect(badge()!.textContent).toBe('3★');
    expect(badge()!.title).toBe('rated 3 of 5');
  });

  it('hide the badge, saying nothing, when the session’s annotation is gone', () => {
    const { controls, badge, badgeHost } = setup();
    controls.update(annotation(keyOf(1), { rating: 4 }));
    controls.update(undefined);
    expect(badgeHost()!.hidden).toBe(true);
    expect(badge()!.textContent).toBe('');
    expect(badge()!.getAttribute('aria-label')).toBe('');
  });

  it('make no change mark for a session the schedule did not change', () => {
    const { controls } = setup();
    controls.setChange(undefined);
    expect(controls.host.querySelector('tm-change')).toBeNull();
  });

  it('say on the star what could not be saved, until it is cleared', () => {
    const { controls, star } = setup();
    controls.setError('storage is full');
    expect(star.classList.contains('tm-error')).toBe(true);
    expect(star.title).toBe('Talkmarks could not save: storage is full');
    controls.setError(undefined);
    expect(star.classList.contains('tm-error')).toBe(false);
    expect(star.title).toBe('');
  });

  it('are separate for each entry: one session’s state never shows on another', () => {
    const one = createControls(keyOf(1), 'One', { entry: entryOf(1) });
    const two = createControls(keyOf(2), 'Two', { entry: entryOf(2) });
    one.update(annotation(keyOf(1), { starred: true }));
    expect(two.host.querySelector('button')!.getAttribute('aria-pressed')).toBe('false');
    expect(two.host.querySelector('button')!.getAttribute('aria-label')).toBe('Star: Two');
  });
});
