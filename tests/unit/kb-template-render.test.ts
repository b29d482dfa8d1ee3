import { describe, expect, it } from 'vitest';
import { compileTemplate, propertyText } from '../../lib/export/kb/template-render';

/** Templates rendered to note text: what the user's notes app gets from each placeholder. */
const yaml = (source: string, fields: Parameters<ReturnType<typeof compileTemplate>['render']>[0]) => compileTemplate(source, 'yaml').render(fields);
const logseq = (source: string, fields: Parameters<ReturnType<typeof compileTemplate>['render']>[0]) => compileTemplate(source, 'property').render(fields);

describe('Logseq properties', () => {
  it('fold page text to one line and break up references, tags and macros', () => {
    expect(propertyText('a\r\nb\u2028c')).toBe('a b c');
    expect(propertyText('[[page]] ((block)) {{query}} #tag x#y')).toBe('[ [page] ] ( (block) ) { {query} } # tag x#y');
    expect(propertyText('#start')).toBe('# start');
  });

  it('are the leading key:: lines, and section lines among them; the rest is Markdown', () => {
    const source = 'title:: {{t}}\n{{#has}}\ntags:: {{tags}}\n{{/has}}\nnote-key:: {{t}}\n\n# {{t}}\n';
    expect(logseq(source, { t: '*x* [[y]]', has: true, tags: ['a', '#b'] })).toBe('title:: *x* [ [y] ]\ntags:: a, # b\nnote-key:: *x* [ [y] ]\n\n# \\*x\\* \\[\\[y\\]\\]\n');
  });

  it('take indented section lines, blanks after a tag, and a last property without a line end', () => {
    const fields = { t: '*x*', has: true };
    expect(logseq('a:: {{t}}\n  {{#has}}\nb:: {{t}}\n{{/has}}  \nc:: {{t}}', fields)).toBe('a:: *x*\nb:: *x*\nc:: *x*');
  });

  it('write Talkmarks’ own Markdown on one line, as is', () => {
    expect(logseq('link:: {{l}}\n\n{{l}}\n', { l: { markdown: '[[A/b]]\n  [[c]]' } })).toBe('link:: [[A/b]] [[c]]\n\n[[A/b]]\n  [[c]]\n');
  });
});

describe('YAML front matter', () => {
  it('is the block between the first two --- lines; a value after it is Markdown', () => {
    expect(yaml('---\na: {{v}}\n---\n{{v}}\n', { v: 'x#y' })).toBe('---\na: "x#y"\n---\nx\\#y\n');
  });

  it('without a closing line runs to the end of the template', () => {
    expect(yaml('---\na: {{v}}\nb: {{v}}', { v: 'x' })).toBe('---\na: "x"\nb: "x"');
  });

  it('only starts on the first line', () => {
    expect(yaml('x\n---\na: {{v}}\n---\n', { v: 'x*' })).toBe('x\n---\na: x\\*\n---\n');
  });

  it('takes Markdown values as quoted strings, booleans and numbers as themselves', () => {
    expect(yaml('---\nl: {{l}}\nb: {{b}}\nf: {{f}}\nz: {{z}}\n---\n', { l: { markdown: '[[x]]' }, b: true, f: false, z: 0 })).toBe('---\nl: "[[x]]"\nb: true\nf: false\nz: 0\n---\n');
    // A talk without a room gives null: written out, so a reader sees the key is there and empty.
    expect(yaml('---\nroom: {{room}}\nnone: {{none}}\n---\n', { room: null })).toBe('---\nroom: null\nnone: null\n---\n');
  });
});

describe('the Markdown body', () => {
  it('escapes page text, not Talkmarks’ Markdown nor a raw {{& }} or {{{ }}} value, and writes nothing for a missing one', () => {
    expect(yaml('{{v}}|{{& v}}|{{{v}}}|{{m}}|{{none}}|{{n}}', { v: '*a*', m: { markdown: '*b*' }, n: null })).toBe('\\*a\\*|*a*|*a*|*b*||');
  });

  it('joins a list of text with commas, escaping each, and leaves out what is not text', () => {
    expect(yaml('{{tags}}', { tags: ['a*', 'b'] })).toBe('a\\*, b');
    expect(yaml('{{{tags}}}', { tags: ['a*', 'b'] })).toBe('a*, b');
    expect(yaml('{{talks}}', { talks: [{ title: 'x' }] })).toBe('');
    expect(yaml('---\nt: {{talks}}\n---\n', { talks: [{ title: 'x' }] })).toBe('---\nt: []\n---\n');
    expect(yaml('[{{obj}}]', { obj: { a: 'b' } })).toBe('[]');
  });
});

describe('sections and names', () => {
  it('show for true, a non-empty string or list, and a number; not for false, empty, null or missing', () => {
    const t = '{{#v}}yes{{/v}}{{^v}}no{{/v}}';
    const shown = [true, 'x', ['a'], 0, { markdown: '' }].map((v) => yaml(t, { v }));
    expect(shown).toEqual(['yes', 'yes', 'yes', 'yes', 'yes']);
    const hidden = [false, '', [], null, undefined].map((v) => yaml(t, { v }));
    expect(hidden).toEqual(['no', 'no', 'no', 'no', 'no']);
  });

  it('read dotted names, {{.}}, and names of outer scopes from inside a section', () => {
    const fields = { conf: { name: 'C', place: { city: 'Ams' } }, tags: ['a', 'b'], who: 'me', talks: [{ title: 'T' }] };
    expect(yaml('{{conf.name}} in {{conf.place.city}}; {{conf.missing.deeper}}.', fields)).toBe('C in Ams; .');
    expect(yaml('{{#tags}}<{{.}}:{{who}}>{{/tags}}', fields)).toBe('<a:me><b:me>');
    expect(yaml('{{#conf}}{{name}}/{{who}}{{/conf}}', fields)).toBe('C/me');
    expect(yaml('{{#talks}}{{title}} {{talks.length}}{{/talks}}', fields)).toBe('T ');
  });

  it('leave no blank line where a section or comment tag stood alone, CRLF too, but keep text sharing its line', () => {
    expect(yaml('a\n  {{#v}}  \r\nb\n{{/v}}\nc {{! x }}\n', { v: true })).toBe('a\nb\nc \n');
    expect(yaml('a {{#v}}\nb\n{{/v}} c', { v: true })).toBe('a \nb\n c');
  });
});
