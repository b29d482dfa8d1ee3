import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NotePreview } from '../../components/session/NotePreview';
import { parseNote } from '../../lib/util/note-markdown';

const host = document.createElement('div');
document.body.append(host);
afterEach(() => render(null, host));

async function preview(note: string) {
  await act(() => render(<NotePreview note={note} title="GitOps at Scale" />, host));
  return host.querySelector('.tm-note-preview')!;
}

/** Every attribute in the preview, as `element name=value`. */
const attributes = (root: Element) => [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${el.localName} ${a.name}=${a.value}`));

describe('a note’s preview', () => {
  it('renders the subset a note uses: emphasis, code, lists, links, headings, quotes and fences', async () => {
    const root = await preview('# Takeaways\nAsk about the **migration path**, *soon*.\n\n- `kubectl` tips\n- [slides](https://example.org/s.pdf)\n\n1. one\n2. two\n\n> quoted\n\n```\nx < y\n```');
    expect(root.querySelector('.tm-md-heading')!.textContent).toBe('Takeaways');
    expect(root.querySelector('p:not(.tm-md-heading) strong')!.textContent).toBe('migration path');
    expect(root.querySelector('em')!.textContent).toBe('soon');
    expect([...root.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['kubectl tips', 'slides']);
    expect(root.querySelector('ul code')!.textContent).toBe('kubectl');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://example.org/s.pdf');
    expect(root.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect([...root.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(root.querySelector('blockquote')!.textContent).toBe('quoted');
    expect(root.querySelector('pre code')!.textContent).toBe('x < y');
    // A note's heading is no heading of the page.
    expect(root.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
  });

  it('keeps a line break a line break', async () => {
    const root = await preview('first line\nsecond line');
    expect(root.querySelectorAll('p br')).toHaveLength(1);
  });

  it('shows markup in a note as the characters typed: no element, no handler from the note', async () => {
    const hostile = '<img src=x onerror="alert(1)"> <script>alert(2)</script> <a href="javascript:alert(3)">x</a> <svg onload=alert(4)>';
    const root = await preview(hostile);
    expect(root.textContent).toBe(hostile);
    expect(root.querySelectorAll('img, script, svg, a, iframe')).toHaveLength(0);
    expect(attributes(root).filter((a) => / on\w+=/.test(a))).toEqual([]);
  });

  it('links only to http(s) and mailto: javascript:, data: and vbscript: links stay their text', async () => {
    const root = await preview(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,<b>x</b>) [d](vbscript:x) [e](java\tscript:x) [f](/relative) [g](mailto:ana@example.org) [h](http://ok.example/)',
    );
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['mailto:ana@example.org', 'http://ok.example/']);
    expect(attributes(root).filter((a) => /javascript|data:|vbscript/i.test(a))).toEqual([]);
    // The refused links' words are still there, as text.
    expect(root.textContent).toMatch(/^a\)? b\)? c d /);
  });

  it('closes nothing it was not given: an unclosed fence runs to the end, an unclosed ** stays text', () => {
    expect(parseNote('```\nlet x;\nstill code')).toEqual([{ kind: 'code', text: 'let x;\nstill code' }]);
    expect(parseNote('**not bold')).toEqual([{ kind: 'p', inline: [{ kind: 'text', text: '**not bold' }] }]);
  });

  it('says so when there is nothing to show', async () => {
    expect((await preview('  \n')).textContent).toBe('Nothing written yet.');
  });
});
