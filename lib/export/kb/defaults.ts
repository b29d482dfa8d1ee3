import type { Flavour } from './flavours';

export type NoteKind = 'talk' | 'day' | 'index';
export const NOTE_KINDS: readonly NoteKind[] = ['talk', 'day', 'index'];

/**
 * The templates a user starts from. Placeholders in the front matter are written as YAML values (quoted by
 * Talkmarks, so a template never quotes them itself) or Logseq property text; in the body `{{x}}` is Markdown-escaped
 * page text and `{{{x}}}` goes in as it is (the user's note, links).
 */
const yamlTalk = (dayLink: boolean) => `---
talkmarks_id: {{talkmarks_id}}
title: {{title}}
aliases: {{aliases}}
conference: {{conference}}
speakers: {{speakers}}
start: {{start}}
end: {{end}}
zone: {{zone}}
room: {{room}}
track: {{track}}
url: {{url}}
recording: {{recording}}
slides: {{slides}}
rating: {{rating}}
starred: {{starred}}
priority: {{priority}}
tags: {{tags}}
${dayLink ? 'day: {{day_link}}' : 'day: {{date}}'}
---
# {{title}}

{{#speakers_text}}
- Speakers: {{speakers_text}}
{{/speakers_text}}
{{#time}}
- When: {{date}}, {{time}}
{{/time}}
{{#room}}
- Room: {{room}}
{{/room}}
{{#stars}}
- Rating: {{stars}}
{{/stars}}
- Day: {{{day_link}}} · Conference: {{{index_link}}}

{{{note}}}
`;

const logseqTalk = `title:: {{page}}
talkmarks_id:: {{talkmarks_id}}
type:: talk
conference:: {{{index_link}}}
{{#speakers_text}}
speakers:: {{speakers}}
{{/speakers_text}}
{{#start}}
start:: {{start}}
end:: {{end}}
zone:: {{zone}}
{{/start}}
{{#room}}
room:: {{room}}
{{/room}}
{{#track}}
track:: {{track}}
{{/track}}
{{#url}}
url:: {{url}}
{{/url}}
{{#recording}}
recording:: {{recording}}
{{/recording}}
{{#slides}}
slides:: {{slides}}
{{/slides}}
{{#rating}}
rating:: {{rating}}
{{/rating}}
starred:: {{starred}}
{{#priority}}
priority:: {{priority}}
{{/priority}}
{{#tags_text}}
tags:: {{tags}}
{{/tags_text}}
day:: {{{day_link}}}

# {{title}}

{{{note}}}
`;

const yamlDay = (front: boolean) => `${front ? '---\ndate: {{date}}\nconference: {{conference}}\n---\n' : 'title:: {{page}}\ndate:: {{date}}\nconference:: {{{index_link}}}\n\n'}# {{heading}}

{{#talks}}
- {{time}} {{{link}}}{{#room}} · {{room}}{{/room}}{{#stars}} {{stars}}{{/stars}}
{{/talks}}
{{#journal}}

## Journal

{{{journal}}}
{{/journal}}
`;

const index = (front: string) => `${front}# {{conference}}
{{#journal}}

## Journal

{{{journal}}}
{{/journal}}

## Days

{{#days}}
- {{{link}}} ({{count}})
{{/days}}

## By rating
{{#by_rating}}

### {{heading}}

{{#talks}}
- {{{link}}}
{{/talks}}
{{/by_rating}}

## By tag
{{#by_tag}}

### {{heading}}

{{#talks}}
- {{{link}}}
{{/talks}}
{{/by_tag}}
`;

export const defaultTemplates: Record<Flavour, Record<NoteKind, string>> = {
  obsidian: { talk: yamlTalk(true), day: yamlDay(true), index: index('---\nconference: {{conference}}\nurl: {{url}}\n---\n') },
  plain: { talk: yamlTalk(false), day: yamlDay(true), index: index('---\nconference: {{conference}}\nurl: {{url}}\n---\n') },
  logseq: { talk: logseqTalk, day: yamlDay(false), index: index('title:: {{page}}\nurl:: {{url}}\n\n') },
};
