import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../lib/export/kb/defaults';
import { renderNotes } from '../../lib/export/kb/render';
import type { Conference } from '../../lib/model/schema';
import { annotated } from '../support/annotated';
import { splitFrontMatter } from '../support/unzip';
import { readYaml } from '../support/yaml';

const conf: Conference = { id: 'sched:fm2026', platform: 'sched', event: 'fm2026', name: 'FM: "Conf" #1', timeZone: 'Europe/Amsterdam' };

/** Titles and notes that try to end the front matter, start a mapping, a comment, a tag, an anchor or a template. */
const hostile = [
  '---',
  'key: value',
  '# not a comment',
  `"double" and 'single' quotes`,
  'line one\nline two\r\nline: three',
  '\u200Fשלום RTL mark \u202Eevil\u202C',
  '🚀 emoji 👩‍💻 and {{title}} {{{note}}}',
  '- [ ] a list? & *anchor !tag |block >folded',
  '\u0000nul \u0007bell \u2028sep \ufeffbom \ud800lone',
];

const sessions = hostile.map((title, i) =>
  annotated(conf, `h${i}`, {
    title,
    url: `https://fm2026.sched.com/event/h${i}`,
    start: '2026-03-24T09:00:00Z',
    end: '2026-03-24T09:45:00Z',
    room: title,
    track: title,
    speakers: [{ name: title }, { name: 'Ana' }],
    links: [
      { kind: 'recording', url: `https://video.example/h${i}` },
      { kind: 'slides', url: `https://slides.example/h${i}.pdf` },
    ],
  }, { starred: i % 2 === 0, rating: (i % 5) + 1, priority: i % 2 ? 'must' : null, tags: ['cool-tech', `t-${i}`], note: `${title}\n---\nkey: after the line\n---` }),
);

const wellFormed = (s: string) => s.toWellFormed();

describe('notes front matter', () => {
  for (const flavour of ['obsidian', 'plain'] as const) {
    it(`${flavour}: every field reads back with a YAML 1.2 parser, whatever the title and note hold`, () => {
      const { files } = renderNotes([{ conference: conf, sessions }], { flavour, templates: defaultTemplates[flavour] }, new Map());
      const talks = files.filter((f) => f.path.includes('/Talks/'));
      expect(talks).toHaveLength(hostile.length);
      for (const [i, title] of hostile.entries()) {
        const file = talks.find((f) => f.text.includes(`talkmarks_id: "sched:fm2026:h${i}"`))!;
        const { yaml, body } = splitFrontMatter(file.text);
        expect(readYaml(yaml)).toEqual({
          talkmarks_id: `sched:fm2026:h${i}`,
          title: wellFormed(title),
          aliases: [wellFormed(title)],
          conference: 'FM: "Conf" #1',
          speakers: [wellFormed(title), 'Ana'],
          start: '2026-03-24T10:00:00+01:00',
          end: '2026-03-24T10:45:00+01:00',
          zone: 'Europe/Amsterdam',
          room: wellFormed(title),
          track: wellFormed(title),
          url: `https://fm2026.sched.com/event/h${i}`,
          recording: `https://video.example/h${i}`,
          slides: `https://slides.example/h${i}.pdf`,
          rating: (i % 5) + 1,
          starred: i % 2 === 0,
          priority: i % 2 ? 'must' : null,
          tags: ['cool-tech', `t-${i}`],
          day: flavour === 'obsidian' ? '[[2026-03-24 FM Conf 1|Tuesday, 24 March 2026]]' : '2026-03-24',
        });
        // The note is the body, as written: its own `---` lines stay below the front matter.
        expect(body).toContain('\n---\nkey: after the line\n---');
      }
    });
  }

  it('keeps times as the event showed them, with the offset of that day (summer time included)', () => {
    const summer = annotated(conf, 'dst', { start: '2026-03-29T08:00:00Z', end: '2026-03-29T09:00:00Z' }, { starred: true });
    const { files } = renderNotes([{ conference: conf, sessions: [summer] }], { flavour: 'obsidian', templates: defaultTemplates.obsidian }, new Map());
    const fm = readYaml(splitFrontMatter(files.find((f) => f.path.includes('/Talks/'))!.text).yaml) as Record<string, unknown>;
    expect([fm.start, fm.end]).toEqual(['2026-03-29T10:00:00+02:00', '2026-03-29T11:00:00+02:00']);
  });

  it('logseq: one `key:: value` line per property; page text adds no page, tag or macro', () => {
    const { files } = renderNotes([{ conference: conf, sessions }], { flavour: 'logseq', templates: defaultTemplates.logseq }, new Map());
    for (const file of files.filter((f) => f.path.startsWith('pages/FM Conf 1___') && !/\d{4}-\d\d-\d\d\.md$/.test(f.path))) {
      const props = file.text.slice(0, file.text.indexOf('\n\n')).split('\n');
      expect(props.every((line) => /^[a-z_]+:: /.test(line))).toBe(true);
      const values = props.filter((l) => /^(room|track|speakers):: /.test(l)).join('\n');
      expect(values).not.toMatch(/\[\[|\]\]|\{\{|(^|\s)#\S/);
      expect(props.find((l) => l.startsWith('day:: '))).toBe('day:: [[FM Conf 1/2026-03-24]]');
      expect(props.find((l) => l.startsWith('tags:: '))).toMatch(/^tags:: cool-tech, t-\d$/);
    }
  });
});
