import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { escapeMarkdown, indent, link, linkTarget, tagList, WORD_JOINER } from '../../lib/export/markdown-text';
import { firstLine, markedLines, noteBlock, proseLines } from '../../lib/export/note';
import { withPreset } from '../../lib/export/options';
import { fold } from '../../lib/util/text';
import { annotated } from '../support/annotated';
import { demo } from '../support/export-fixture';
import { all, itemDepths, parseMarkdown, textOf } from '../support/markdown-tree';

/** Characters that mean something in Markdown or its dialects, plus text, spaces and non-ASCII. */
const markup = Array.from('abc XYZ 019 -+*_`~[](){}<>#!|&$^%=:;."\'\\/\t\n\u00a0é→😀');
const pageText = fc.string({ unit: fc.constantFrom(...markup), maxLength: 40 });

describe('page text in Markdown', () => {
  it('escapes what GitHub math, Obsidian block ids and Pandoc sub- and superscript read as markup', () => {
    // CommonMark parsers (the property tests' judge) see no markup in these, so they are checked by name.
    expect(escapeMarkdown('$E = mc^2$ costs ~5 $')).toBe('\\$E = mc\\^2\\$ costs \\~5 \\$');
    expect(escapeMarkdown('H~2~O ^ref ~~gone~~')).toBe('H\\~2\\~O \\^ref \\~\\~gone\\~\\~');
  });

  it('reads back as exactly the text, with no markup, in titles, speakers and headings', () => {
    fc.assert(
      fc.property(pageText, pageText, pageText, (title, speaker, track) => {
        const session = annotated(demo, 'x', { title, url: 'https://demo2026.sched.com/event/x', speakers: [{ name: speaker }], track, start: '2026-03-24T09:00:00Z' }, { starred: true, note: 'Worth it.' });
        for (const style of ['item', 'heading'] as const) {
          const options = { ...withPreset('highlights'), style, groupBy: 'track' as const };
          const tree = parseMarkdown(renderMarkdown([{ conference: demo, sessions: [session] }], options));
          expect(all(tree, 'html')).toEqual([]);
          expect(all(tree, 'link').filter((l) => l.url !== demo.url).map(textOf)).toEqual([fold(title)]);
          expect(all(tree, 'heading').map(textOf)).toEqual([demo.name, fold(track).trim() || 'No track', ...(style === 'heading' ? [fold(title)] : [])]);
          for (const kind of ['emphasis', 'strong', 'inlineCode', 'image', 'code', 'thematicBreak'] as const) {
            if (style === 'item' || kind !== 'strong') expect(all(tree, kind)).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cannot start a list, quote or heading where it opens a list item', () => {
    fc.assert(
      fc.property(pageText, (title) => {
        const session = annotated(demo, 'x', { title }, { starred: true });
        const tree = parseMarkdown(renderMarkdown([{ conference: demo, sessions: [session] }], { ...withPreset('agenda'), include: { ...withPreset('agenda').include, links: false } }));
        expect(itemDepths(tree)).toEqual([{ depth: 1, text: fold(title) }]);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets page text become a link, an e-mail link or a mention in GFM', () => {
    const hostile = [
      'Slides: https://evil.example/login?next=1',
      'HTTP://EVIL.EXAMPLE and ftp://files.example/x',
      'www.evil.example/path',
      '(www.evil.example)',
      'mail ana@evil.example or mailto:ana@evil.example',
      '@everyone ping @security-team',
      'xmpp:ana@evil.example/chat',
    ];
    // The patterns GFM renderers link by: remark-gfm's (mdast-util-gfm-autolink-literal) and GitHub's mentions.
    const url = /(https?:\/\/|ftp:\/\/|www(?=\.))([-.\w]+)/i;
    const email = /([-.\w+]+)@([-\w]+(?:\.[-\w]+)+)/;
    const mention = /(?:^|\W)@[a-z0-9]/i;
    for (const text of hostile) {
      const escaped = escapeMarkdown(text);
      const shown = textOf(parseMarkdown(escaped));
      for (const pattern of [url, email, mention]) expect(shown).not.toMatch(pattern);
      // What a reader sees is the page's text: only invisible word joiners were added.
      expect(shown.replaceAll(WORD_JOINER, '')).toBe(text);
    }
    expect(escapeMarkdown('ana@evil.example')).toBe(`ana@${WORD_JOINER}evil.example`);
  });

  it('keeps common punctuation readable', () => {
    expect(escapeMarkdown('Q&A: 75% faster! (really) | part 2')).toBe('Q&A: 75% faster! (really) | part 2');
    expect(escapeMarkdown('&amp; ==hi== %%c%% {{ x }}')).toBe('\\&amp; \\=\\=hi\\=\\= \\%\\%c\\%\\% \\{\\{ x \\}\\}');
    expect(escapeMarkdown('<script>alert(1)</script> & [x](javascript:y)')).toBe(
      '\\<script\\>alert(1)\\</script\\> & \\[x\\](javascript:y)',
    );
  });
});

describe('a line start that could open a list', () => {
  it('escapes only the marker at the very start, not digits, dots or dashes further on', () => {
    expect(escapeMarkdown('1. Intro')).toBe('1\\. Intro');
    expect(escapeMarkdown('2) Wrap-up')).toBe('2\\) Wrap-up');
    expect(escapeMarkdown('10. Lessons learned')).toBe('10\\. Lessons learned');
    expect(escapeMarkdown('3.')).toBe('3\\.');
    expect(escapeMarkdown('- dash first')).toBe('\\- dash first');
    expect(escapeMarkdown('10-minute talks')).toBe('10-minute talks');
    expect(escapeMarkdown('1.5 million requests a second')).toBe('1.5 million requests a second');
    expect(escapeMarkdown('2026 roadmap, v2. and beyond')).toBe('2026 roadmap, v2. and beyond');
    expect(escapeMarkdown('Why 1. is not a list here')).toBe('Why 1. is not a list here');
  });
});

describe('links in the export', () => {
  it('links only http and https addresses, named by the escaped text', () => {
    expect(link('Slides', 'https://example.org/a')).toBe('[Slides](<https://example.org/a>)');
    expect(link('Plain', 'http://example.org/a')).toBe('[Plain](<http://example.org/a>)');
    for (const url of [undefined, '', 'javascript:alert(1)', 'ftp://example.org/x', 'data:text/html,<b>', 'javascript:alert("https://x")']) {
      expect(linkTarget(url)).toBeUndefined();
      expect(link('*Talk*', url)).toBe('\\*Talk\\*');
    }
  });

  it('percent-encodes what could end the link early, and leaves the rest of the address alone', () => {
    expect(linkTarget('https://example.org/a b>c<d\\e?q=1&r=2#x')).toBe('<https://example.org/a%20b%3Ec%3Cd%5Ce?q=1&r=2#x>');
    expect(linkTarget('https://example.org/tab\there')).toBe('<https://example.org/tab%09here>');
  });
});

describe('a block placed inside a list item', () => {
  it('gets the prefix on every line with text, and blank lines stay empty so no trailing spaces appear', () => {
    expect(indent('first\n\n- nested\n  more', '   ')).toBe('   first\n\n   - nested\n     more');
  });
});

describe('tags in the export', () => {
  it('are code spans joined by commas, with backticks dropped so none can close early', () => {
    expect(tagList(['k8s', 'cool`tech', 'ai'])).toBe('`k8s`, `cooltech`, `ai`');
    expect(tagList([])).toBe('');
  });
});

describe('the user’s note', () => {
  it('goes out as written, only with line ends normalised and blank edges dropped', () => {
    expect(noteBlock('\n\n  indented first\r\n- a\r\n  - b  \n\n')).toBe('  indented first\n- a\n  - b  ');
  });

  it('gets an unclosed fence closed at the fence’s own indent', () => {
    expect(noteBlock('- item\n\n  ~~~~js\n  let a;')).toBe('- item\n\n  ~~~~js\n  let a;\n  ~~~~');
    expect(noteBlock('```\ncode\n    ```\nstill code')).toBe('```\ncode\n    ```\nstill code\n```');
    expect(noteBlock('``` a ` b\nnot a fence')).toBe('``` a ` b\nnot a fence');
  });

  it('keeps tabs inside code blocks but expands them in list markers', () => {
    expect(noteBlock('-\tone\n```make\n\trecipe\n```')).toBe('-   one\n```make\n\trecipe\n```');
  });

  it('gives the lines marked with a tag, outside code, without the marker', () => {
    const note = 'Intro #cool-tech-ish\n- #cool-tech Tetragon\n  * [ ] try (#COOL-TECH) Pixie\n```\n#cool-tech in code\n```\n> #cool-tech quoted';
    expect(markedLines(proseLines(note), 'cool-tech')).toEqual(['Tetragon', 'try () Pixie', 'quoted']);
  });

  it('gives the first line of prose as a gist', () => {
    expect(firstLine(proseLines('```\ncode\n```\n\n## Why\nrest'))).toBe('Why');
    expect(firstLine(proseLines('   '))).toBeUndefined();
  });
});
