import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../lib/export/kb/defaults';
import { firstNote } from '../../lib/export/kb/render';
import { TemplateError } from '../../lib/export/kb/template-parse';
import { compileTemplate } from '../../lib/export/kb/template-render';
import { templateErrorOf } from '../support/template-error';
import { demo, sessions } from '../support/export-fixture';

const errorOf = templateErrorOf;

describe('note templates', () => {
  it('say where a template does not parse', () => {
    expect(errorOf('# {{title}}\n\n{{#tags}}\n- {{.}}\n')).toEqual([3, 1, '"{{#tags}}" is never closed']);
    expect(errorOf('line\n  {{title')).toEqual([2, 3, '"{{" is never closed with "}}"']);
    expect(errorOf('{{#tags}}x{{/talks}}')).toEqual([1, 11, '"{{/talks}}" closes "{{#tags}}", which it does not match']);
    expect(errorOf('a\nb {{/tags}}')).toEqual([2, 3, '"{{/tags}}" closes nothing']);
    expect(errorOf('{{title x}}')).toEqual([1, 1, '"title x" is not a field name']);
    expect(errorOf('{{> partial}}')).toEqual([1, 1, 'partials are not supported']);
    expect(errorOf('{{{note}}')).toEqual([1, 1, '"{{{" is never closed with "}}}"']);
    expect(String(new TemplateError('empty tag', 4, 2).message)).toBe('line 4, column 2: empty tag');
  });

  it('write a value for where it stands: a YAML value, Markdown text, or as written', () => {
    const t = compileTemplate('---\ntitle: {{title}}\nn: {{n}}\nlist: {{tags}}\nnone: {{missing}}\n---\n# {{title}}\n{{{title}}}\n', 'yaml');
    expect(t.render({ title: 'a: *b* #c', n: 3, tags: ['x', 'y"z'] })).toBe(
      '---\ntitle: "a: *b* #c"\nn: 3\nlist: ["x", "y\\"z"]\nnone: null\n---\n# a: \\*b\\* \\#c\na: *b* #c\n',
    );
  });

  it('repeat a section per item, show it when set, and its inverse when empty, leaving no blank lines', () => {
    const t = compileTemplate('{{#talks}}\n- {{title}}{{#room}} ({{room}}){{/room}}\n{{/talks}}\n{{^talks}}\nNone.\n{{/talks}}\n{{! a comment }}\nend\n', 'yaml');
    expect(t.render({ talks: [{ title: 'A', room: 'R1' }, { title: 'B', room: null }] })).toBe('- A (R1)\n- B\nend\n');
    expect(t.render({ talks: [] })).toBe('None.\nend\n');
  });

  it('are the user’s own: a changed talk template shapes the preview of the first talk', () => {
    const templates = { ...defaultTemplates.obsidian, talk: '---\nid: {{talkmarks_id}}\nstars: {{stars}}\n---\n{{title}} by {{speakers_text}}\n' };
    const note = firstNote([{ conference: demo, sessions }], { flavour: 'obsidian', templates }, new Map());
    expect(note!.text).toBe('---\nid: "sched:demo2026:gitops"\nstars: "★★★☆☆"\n---\nGitOps at Scale by \n');
    expect(note!.path).toBe('Talkmarks/DemoConf Europe 2026/Talks/GitOps at Scale (gitops).md');
  });

  it('ship defaults that parse in every flavour', () => {
    for (const [flavour, kinds] of Object.entries(defaultTemplates)) {
      for (const text of Object.values(kinds)) expect(() => compileTemplate(text, flavour === 'logseq' ? 'property' : 'yaml')).not.toThrow();
    }
  });
});
