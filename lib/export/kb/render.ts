import type { ExportSource } from '../source';
import { dayHeading, ratingStars } from '../../model/display';
import { tagHeading } from '../select';
import type { NoteKind } from './defaults';
import { notePath } from './flavours';
import { dayFields, talkFields, talkItem } from './fields';
import { linkIn, pageOf, planNotes, type NotesPlan, type PlannedConference, type PlannedDay, type PlannedTalk } from './plan';
import { compileTemplate, type Compiled, type Fields } from './template-render';
import type { ZipEntry } from './zip';
import { noteBlock } from '../note';

export type Templates = Record<NoteKind, string>;
export type CompiledTemplates = Record<NoteKind, Compiled>;

/** Each template parsed once for the flavour's front matter; throws a TemplateError naming the line and column. */
export function compileAll(templates: Templates, plan: Pick<NotesPlan, 'flavour'>): CompiledTemplates {
  const front = plan.flavour === 'logseq' ? 'property' : 'yaml';
  return { talk: compileTemplate(templates.talk, front), day: compileTemplate(templates.day, front), index: compileTemplate(templates.index, front) };
}

function talkFile(plan: NotesPlan, c: PlannedConference, talk: PlannedTalk, t: CompiledTemplates): ZipEntry {
  const day = c.days.find((d) => d.talks.includes(talk));
  const fields = talkFields(c.conference, talk.session, talk.place.stem, {
    page: pageOf(talk.place),
    day: day && linkIn(plan, talk.place, day.place, dayHeading(day.date)),
    index: linkIn(plan, talk.place, c.index, c.conference.name),
  });
  return { path: notePath(talk.place, plan.flavour), text: t.talk.render(fields) };
}

const byRating = (a: PlannedTalk, b: PlannedTalk) => (b.session.annotation.rating ?? 0) - (a.session.annotation.rating ?? 0);

function indexFields(plan: NotesPlan, c: PlannedConference): Fields {
  const item = (t: PlannedTalk) => talkItem(t.session, linkIn(plan, c.index, t.place, t.session.entry.title));
  const rated = [5, 4, 3, 2, 1, null].map((r) => ({ r, talks: c.talks.filter((t) => t.session.annotation.rating === r) }));
  const tags = [...new Set(c.talks.flatMap((t) => t.session.annotation.tags))].sort();
  return {
    conference: c.conference.name,
    url: c.conference.url ?? null,
    journal: c.journal ? { markdown: noteBlock(c.journal) } : null,
    page: pageOf(c.index),
    days: c.days.map((d) => ({ date: d.date, link: linkIn(plan, c.index, d.place, dayHeading(d.date)), count: d.talks.length })),
    by_rating: rated
      .filter((g) => g.talks.length)
      .map(({ r, talks }) => ({ heading: r === null ? 'Not rated' : `${ratingStars(r)} ${r}/5`, rating: r, talks: talks.map(item) })),
    by_tag: tags.map((tag) => ({
      tag,
      heading: tagHeading(tag),
      talks: c.talks.filter((t) => t.session.annotation.tags.includes(tag)).sort(byRating).map(item),
    })),
  };
}

function indexFile(plan: NotesPlan, c: PlannedConference, t: CompiledTemplates): ZipEntry {
  return { path: notePath(c.index, plan.flavour), text: t.index.render(indexFields(plan, c)) };
}

function dayFile(plan: NotesPlan, c: PlannedConference, d: PlannedDay, t: CompiledTemplates): ZipEntry {
  const talks = d.talks.map((x) => talkItem(x.session, linkIn(plan, d.place, x.place, x.session.entry.title)));
  const fields = dayFields(c.conference, d.date, pageOf(d.place), linkIn(plan, d.place, c.index, c.conference.name), talks, d.journal);
  return { path: notePath(d.place, plan.flavour), text: t.day.render(fields) };
}

/** Every note of one conference: its index, its days, its talks. `skip` leaves out talks (those exported before). */
function conferenceFiles(plan: NotesPlan, c: PlannedConference, t: CompiledTemplates, skip: (key: string) => boolean): ZipEntry[] {
  const talks = c.talks.filter((x) => !skip(x.session.entry.key)).map((x) => talkFile(plan, c, x, t));
  return [indexFile(plan, c, t), ...c.days.map((d) => dayFile(plan, c, d, t)), ...talks];
}

export interface NotesExport {
  files: ZipEntry[];
  /** Each talk's file name, to keep so the next export names it the same. */
  names: Map<string, string>;
  talks: number;
}

export interface NotesOptions {
  flavour: NotesPlan['flavour'];
  templates: Templates;
  /** Leave out the files of talks an earlier export wrote, so notes edited in the app stay as they are. */
  onlyNew?: boolean;
}

/** The files of the export, in a fixed order: the same profile gives the same files. */
export function renderNotes(sources: readonly ExportSource[], options: NotesOptions, earlier: ReadonlyMap<string, string>): NotesExport {
  const plan = planNotes(sources, options.flavour, earlier);
  const compiled = compileAll(options.templates, plan);
  const skip = (key: string) => !!options.onlyNew && earlier.has(key);
  const files = plan.conferences.flatMap((c) => conferenceFiles(plan, c, compiled, skip));
  return { files, names: plan.names, talks: plan.conferences.reduce((n, c) => n + c.talks.length, 0) };
}

/** The first note of a kind (the preview): the first talk, its day, its conference's index; undefined when nothing is annotated. */
export function firstNote(sources: readonly ExportSource[], options: NotesOptions, earlier: ReadonlyMap<string, string>, kind: NoteKind = 'talk'): ZipEntry | undefined {
  const plan = planNotes(sources, options.flavour, earlier);
  const compiled = compileAll(options.templates, plan);
  const c = plan.conferences.find((x) => x.talks.length);
  if (!c) return undefined;
  if (kind === 'index') return indexFile(plan, c, compiled);
  const talk = c.talks[0]!;
  const day = c.days.find((d) => d.talks.includes(talk)) ?? c.days[0];
  return kind === 'talk' ? talkFile(plan, c, talk, compiled) : day && dayFile(plan, c, day, compiled);
}
