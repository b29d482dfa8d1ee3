import { describe, expect, it } from 'vitest';
import { firstLine, markedLines, noteBlock, proseLines } from '../../lib/export/note';

/** The user's note as it lands in an export: as written, safe to place, and what a tag section takes from it. */
describe('code fences in a note', () => {
  it('close only on the same marker, at least as long, with nothing after it', () => {
    expect(noteBlock('```\ncode\n~~~')).toBe('```\ncode\n~~~\n```');
    expect(noteBlock('````\ncode\n```')).toBe('````\ncode\n```\n````');
    expect(noteBlock('```\ncode\n```` \nafter')).toBe('```\ncode\n```` \nafter');
    expect(noteBlock('```\ncode\n``` js\nafter')).toBe('```\ncode\n``` js\nafter\n```');
  });

  it('close up to three columns right of the opening fence, not four', () => {
    expect(noteBlock('```\ncode\n   ```\nafter')).toBe('```\ncode\n   ```\nafter');
    expect(noteBlock('  ```\ncode\n     ```\nafter')).toBe('  ```\ncode\n     ```\nafter');
    expect(noteBlock('  ```\ncode\n      ```\nafter')).toBe('  ```\ncode\n      ```\nafter\n  ```');
  });

  it('may carry a backtick in a tilde fence’s info, not in a backtick fence’s', () => {
    expect(noteBlock('~~~ a`b\ncode')).toBe('~~~ a`b\ncode\n~~~');
  });

  it('end lines at CR, LF or CRLF alike', () => {
    expect(noteBlock('a\rb\r\nc\nd')).toBe('a\nb\nc\nd');
  });

  it('keep blank lines inside code as empty lines, and blank edges are dropped', () => {
    expect(noteBlock('  \n```\na\n   \nb\n```\n \t ')).toBe('```\na\n\nb\n```');
  });
});

describe('tabs in a note’s line prefix', () => {
  it('become spaces to the next four-column stop, in quotes and ordered lists too; other tabs stay', () => {
    expect(noteBlock(' \tx')).toBe('    x');
    expect(noteBlock('>\tq')).toBe('>   q');
    expect(noteBlock('1.\tone\n10)\tten')).toBe('1.  one\n10) ten');
    expect(noteBlock('a\tb')).toBe('a\tb');
    expect(noteBlock('-x\ty')).toBe('-x\ty');
  });
});

describe('what a tag section takes from a note', () => {
  it('the marked lines without list, task, quote or heading marks, spaces folded, empty ones left out', () => {
    const note = '> > quoted #t here\n2) #t  two   spaces\n- [X] #t done\n## #t heading\n#t';
    expect(markedLines(proseLines(note), 't')).toEqual(['quoted here', 'two spaces', 'done', 'heading']);
  });

  it('a tag with regex characters matched literally, and not one that only starts the same', () => {
    expect(markedLines(['use #c++ here', 'use #cxx here'], 'c++')).toEqual(['use here']);
    expect(markedLines(['(#t) x', 'a#t b', '#t-x c', '#t_x d'], 't')).toEqual(['() x']);
  });

  it('the first line with words as the gist, past empty quotes', () => {
    expect(firstLine(proseLines('>\n> >\n  real text'))).toBe('real text');
    expect(firstLine(['#', '-'])).toBe('#');
  });
});

describe('a list item that is only a marker', () => {
  it('gathers nothing into a tag section when the item holds only the tag, and is no summary line', () => {
    expect(markedLines(['- #followup', '* #followup', '1. #followup', '- real point #followup'], 'followup')).toEqual(['real point']);
    expect(firstLine(['* [ ] ', '- [x]', '-', 'The gist'])).toBe('The gist');
    // A dash that starts a word is text, not a marker.
    expect(firstLine(['-5 degrees outside'])).toBe('-5 degrees outside');
  });
});

describe('marker characters inside a line', () => {
  // Only a line's start holds a quote, list or heading marker: the same characters further in are the user's words.
  it('are words, kept in the gist and in a tag section', () => {
    expect(firstLine(['Latency > throughput here'])).toBe('Latency > throughput here');
    expect(firstLine(['Q&A - ask about quotas'])).toBe('Q&A - ask about quotas');
    expect(firstLine(['Learn C# basics first'])).toBe('Learn C# basics first');
    expect(markedLines(['Cost > benefit - says 1. the speaker #t'], 't')).toEqual(['Cost > benefit - says 1. the speaker']);
  });

  it('open no code block: a fence is a whole line', () => {
    expect(noteBlock('Between ~~~ and ``` there is prose')).toBe('Between ~~~ and ``` there is prose');
  });

  it('a line separator (U+2028) in a fence’s info leaves it a fence, closed as Markdown readers close it', () => {
    // CommonMark ends lines at CR and LF only, so `js\u2028x` is the info string of an open fence.
    expect(noteBlock('```js\u2028x\ncode')).toBe('```js\u2028x\ncode\n```');
  });
});
