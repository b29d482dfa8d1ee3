import { describe, expect, it } from 'vitest';
import { sched } from '../../lib/adapters/sched/adapter';
import type { PageEntry } from '../../lib/adapters/types';
import { createDetailEditor } from '../../lib/content/editor/detail-editor';
import { mountDetailEditor } from '../../components/session/DetailPanel';
import { ControlRegistry } from '../../lib/content/registry';
import { type Annotation, type AnnotationPatch } from '../../lib/model/schema';
import { readFixture } from '../support/dom';
import { emptyFields } from '../../lib/model/fields';
import { closedRootOf } from '../../lib/content/shadow';

const URL_ = new URL('https://demo2026.sched.com/');

function setup(html = readFixture('sched/list-default.html'), url = URL_) {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html>|<\/html>[\s\S]*$/g, '');
  const saved: AnnotationPatch[] = [];
  const registry: ControlRegistry = new ControlRegistry({
    createDetail: () =>
      createDetailEditor(async (patch) => {
        saved.push(patch);
        return annotation('sched:demo2026:2EsAI', { ...patch });
      }, async () => mountDetailEditor),
  });
  const scan = (root: ParentNode = document) => registry.attach(sched.parse(root, url));
  return { registry, scan, saved, url };
}

const stars = () => [...document.querySelectorAll('tm-controls > button')].map((b) => b.getAttribute('aria-label'));
const annotation = (key: string, extra: Partial<Annotation> = {}): Annotation => ({
  key, conference: 'sched:demo2026', ...emptyFields, starred: true, updatedAt: 1, fieldUpdatedAt: {}, ...extra,
});

describe('in-page controls', () => {
  it('never lets a late push show an older state than the page has, nor undo its own change on the way', async () => {
    const { registry, scan } = setup();
    scan();
    const key = 'sched:demo2026:2EsAI';
    const pressed = () => document.querySelector('tm-controls > button')!.getAttribute('aria-pressed');
    registry.annotations.apply([annotation(key, { starred: true, updatedAt: 20 })]);
    registry.annotations.apply([annotation(key, { starred: false, updatedAt: 10 })]);
    expect(pressed()).toBe('true');
    let answer!: (a: Annotation) => void;
    const saving = registry.annotations.whileSaving(key, () => new Promise<Annotation>((resolve) => (answer = resolve)));
    registry.annotations.show(annotation(key, { starred: false, updatedAt: 20 }));
    registry.annotations.apply([annotation(key, { starred: true, updatedAt: 25 })]);
    expect(pressed()).toBe('false');
    answer(annotation(key, { starred: false, updatedAt: 30 }));
    registry.annotations.apply([await saving]);
    expect(pressed()).toBe('false');
    registry.annotations.apply([annotation(key, { starred: true, updatedAt: 40 })]);
    expect(pressed()).toBe('true');
  });

  it('puts one star before each entry’s link, named by its title, without reading the rest of the entry', () => {
    const { registry } = setup();
    let reads = 0;
    const found = sched.parse(document, URL_).map((f): PageEntry => ({ key: f.key, title: f.title, element: f.element, anchor: f.anchor, get entry() { reads++; return f.entry; } }));
    registry.attach(found);
    expect(reads).toBe(0);
    expect(stars()).toHaveLength(5);
    expect(stars()[0]).toBe('Star: Keynote: Welcome + Opening Remarks - Jane Doe, Acme');
    expect(document.querySelector('a.name')!.previousElementSibling!.localName).toBe('tm-controls');
    // Nothing of ours in the entry's text: glyphs and badge text are generated content.
    expect(document.querySelector('span.event')!.textContent).not.toMatch(/[☆★]/);
    expect(registry.entries()).toHaveLength(5);
    expect(reads).toBe(5);
  });

  it('never doubles controls when the page re-renders an entry, whichever way it does', () => {
    const { scan } = setup();
    scan();
    scan();
    expect(stars()).toHaveLength(5);
    // The link replaced inside the same entry.
    const entry = document.querySelector('span.event')!;
    entry.querySelector('a')!.replaceWith(entry.querySelector('a')!.cloneNode(true));
    scan(entry);
    // The entry re-serialised with our markup in it: a dead copy, replaced by live controls.
    const copy = entry.cloneNode(true) as Element;
    entry.replaceWith(copy);
    scan(copy);
    expect(stars()).toHaveLength(5);
    expect(copy.querySelectorAll('tm-controls')).toHaveLength(1);
  });

  it('keeps one control for a bare link the page replaces beside it', () => {
    const { scan } = setup('<html><body><p><a href="event/aa1/x">Bare</a> <a href="event/aa2/y">Other</a></p></body></html>');
    scan();
    const link = document.querySelector('a')!;
    const again = link.cloneNode(true) as Element;
    link.replaceWith(again);
    scan(again);
    expect(stars()).toEqual(['Star: Bare', 'Star: Other']);
  });

  it('forgets the entries the page removes, and keeps no reference to them', () => {
    const { registry, scan } = setup();
    scan();
    const gone = document.querySelectorAll('.sched-container')[1]!;
    gone.remove();
    registry.forget([gone]);
    expect(registry.controlsOf('sched:demo2026:27FVb').size).toBe(0);
    expect(registry.entries().map((e) => e.key)).toEqual(['sched:demo2026:2EsAI', 'sched:demo2026:iE5o', 'sched:demo2026:3Abcd']);
    expect(registry.size).toBe(3);
  });

  it('takes everything of ours off the page when it stops', () => {
    const { registry, scan } = setup(readFixture('sched/session.html'), new URL('https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme'));
    scan();
    expect(document.querySelectorAll('tm-controls, tm-editor, #tm-styles')).toHaveLength(4);
    registry.removeAll();
    expect(document.querySelectorAll('tm-controls, tm-editor, #tm-styles')).toHaveLength(0);
    expect(registry.size).toBe(0);
  });

  it('moves controls shown under a long id to the key the session is stored under', () => {
    const { registry, scan } = setup(readFixture('sched/mobile.html'), new URL('https://demo2026.sched.com/mobile/'));
    scan();
    const long = 'sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b';
    registry.annotations.apply([annotation('sched:demo2026:2EsAI')]);
    registry.rekey({ [long]: 'sched:demo2026:2EsAI' });
    const host = document.querySelector('tm-controls')!;
    expect(registry.controlsAt(host)!.key).toBe('sched:demo2026:2EsAI');
    expect(host.querySelector('button')!.getAttribute('aria-pressed')).toBe('true');
    expect(registry.entry('sched:demo2026:2EsAI')).toMatchObject({ key: 'sched:demo2026:2EsAI', aliases: [long] });
    expect(registry.canonical(long)).toBe('sched:demo2026:2EsAI');
  });

  it('shows a badge only for annotated sessions, named for screen readers', () => {
    const { registry, scan } = setup();
    scan();
    registry.annotations.apply([annotation('sched:demo2026:1zffD', { starred: false, rating: 4, tags: ['ops'] })]);
    const badges = [...document.querySelectorAll('tm-controls > tm-badge')].map((host) => closedRootOf(host)!.querySelector('span[role="img"]')!);
    expect(badges).toHaveLength(1);
    expect(badges[0]!.getAttribute('aria-label')).toBe('Your notes on GitOps at Scale: rated 4 of 5, tagged ops');
    expect(badges[0]!.textContent).toBe('4★ #1');
  });

  it('adds the rating/tag/note editor after a session page’s title, and unmounts it with the entry', async () => {
    const { registry, scan } = setup(readFixture('sched/session.html'), new URL('https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme'));
    scan();
    const editor = document.querySelector('tm-editor')!;
    expect(editor.previousElementSibling!.matches('.list-single__event')).toBe(true);
    await expect.poll(() => closedRootOf(editor)!.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Rating for Keynote: Welcome + Opening Remarks - Jane Doe, Acme',
    );
    const details = document.querySelector('.sched-event-details')!;
    details.remove();
    registry.forget([details]);
    expect(closedRootOf(editor)!.querySelector('[role="group"]')).toBeNull();
    expect(registry.controlsOf('sched:demo2026:2EsAI').size).toBe(0);
  });
});
