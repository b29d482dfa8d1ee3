import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../lib/export/kb/template-render';
import { templateErrorOf } from '../support/template-error';

const errorOf = templateErrorOf;
const render = (source: string, fields: Parameters<ReturnType<typeof compileTemplate>['render']>[0] = {}) => compileTemplate(source, 'yaml').render(fields);

describe('template errors', () => {
  it('name empty tags, bad names and unsupported tags where they stand', () => {
    expect(errorOf('ab\ncd {{}}')).toEqual([2, 4, 'empty tag']);
    expect(errorOf('{{#}}{{/}}')).toEqual([1, 1, 'empty tag']);
    expect(errorOf('{{1st}}')).toEqual([1, 1, '"1st" is not a field name']);
    // A sigil counts only at the start: the whole name is quoted back as typed.
    expect(errorOf('{{a#b}}')).toEqual([1, 1, '"a#b" is not a field name']);
    expect(errorOf('{{a.}}')).toEqual([1, 1, '"a." is not a field name']);
    expect(errorOf('x{{=<% %>=}}')).toEqual([1, 2, 'changing the delimiters is not supported']);
    expect(errorOf('{{a {{b}}')).toEqual([1, 1, '"{{" is never closed with "}}"']);
    expect(errorOf('{{{a {{b}}}')).toEqual([1, 1, '"{{" is never closed with "}}}"']);
  });

  it('name an inverted section by its own sigil', () => {
    expect(errorOf('{{^none}}\nx')).toEqual([1, 1, '"{{^none}}" is never closed']);
    expect(errorOf('\n {{^a}}{{/b}}')).toEqual([2, 8, '"{{/b}}" closes "{{^a}}", which it does not match']);
  });
});

describe('templates that parse', () => {
  it('allow spaces inside tags, dotted names and {{.}}, and comments holding anything', () => {
    expect(render('{{ a }}|{{# l }}{{ . }}{{/ l }}|{{& a }}|{{! {not a name} }}|{{ b.c }}', { a: '*', l: ['x'], b: { c: 'd' } })).toBe('\\*|x|*||d');
  });

  it('read a sigil after spaces, and write nothing for a comment, in front matter too', () => {
    expect(render('{{ #l }}<{{.}}>{{ /l }}|{{ ^none }}empty{{ /none }}', { l: ['x', 'y'] })).toBe('<x><y>|empty');
    expect(render('---\na: {{! why }}1\n---\n{{!x}}.')).toBe('---\na: 1\n---\n.');
  });

  it('keep the text around tags, before the first and after the last', () => {
    expect(render('before {{a}} middle {{a}} after', { a: 'X' })).toBe('before X middle X after');
    expect(render('no tags at all')).toBe('no tags at all');
    expect(render('')).toBe('');
  });

  it('drop a standalone tag’s whole line only when nothing but blanks shares it', () => {
    expect(render('\t{{#v}}\t\nx\n{{/v}}', { v: true })).toBe('x\n');
    expect(render('-{{#v}}\nx\n{{/v}}-', { v: true })).toBe('-\nx\n-');
    expect(render('{{a}}\n', { a: 'v' })).toBe('v\n');
  });
});
