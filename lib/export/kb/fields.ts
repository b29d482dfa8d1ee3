import type { AnnotatedSession } from '../../model/annotated';
import { dayHeading, dayOf, ratingStars, timeRange, zoneOf } from '../../model/display';
import { sessionIdOf } from '../../model/keys';
import type { Conference, ScheduleEntry } from '../../model/schema';
import { noteBlock } from '../note';
import { isoWithOffset } from './iso';
import type { Fields, Markdown } from './template-render';

const httpOnly = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);
const linkOf = (entry: ScheduleEntry, kind: 'slides' | 'recording') => httpOnly(entry.links?.find((l) => l.kind === kind)?.url);

/** Links a talk's note carries: to its day and its conference's index, in the flavour's syntax. */
export interface TalkLinks {
  page: Markdown;
  day: Markdown | undefined;
  index: Markdown;
}

/**
 * A talk's placeholders. `talkmarks_id` is the session key, the same on every export and in every Talkmarks
 * profile: the field a tool matches notes by. Times are the event's wall clock with their offset.
 */
export function talkFields(conference: Conference, { entry, annotation }: AnnotatedSession, stem: string, links: TalkLinks): Fields {
  const zone = entry.start ? zoneOf(entry) : undefined;
  const speakers = entry.speakers.map((s) => s.name);
  return {
    talkmarks_id: entry.key,
    id: sessionIdOf(entry.key),
    file: stem,
    page: links.page,
    title: entry.title,
    aliases: [entry.title],
    conference: conference.name,
    speakers,
    speakers_text: speakers.join(', '),
    start: entry.start && zone ? isoWithOffset(entry.start, zone) : null,
    end: entry.end && zone ? isoWithOffset(entry.end, zone) : null,
    zone: zone ?? null,
    date: dayOf(entry) ?? null,
    time: timeRange(entry),
    room: entry.room ?? null,
    track: entry.track ?? null,
    url: httpOnly(entry.url) ?? null,
    recording: linkOf(entry, 'recording') ?? null,
    slides: linkOf(entry, 'slides') ?? null,
    abstract: entry.abstract ?? null,
    rating: annotation.rating,
    stars: ratingStars(annotation.rating),
    starred: annotation.starred,
    priority: annotation.priority,
    watch_later: annotation.watchLater,
    tags: annotation.tags,
    tags_text: annotation.tags.join(', '),
    note: { markdown: noteBlock(annotation.note) },
    day_link: links.day ?? { markdown: dayHeading(undefined) },
    index_link: links.index,
  };
}

/** A line of a day note or the index: one talk, linked. */
export function talkItem({ entry, annotation }: AnnotatedSession, link: Markdown): Fields {
  return {
    talkmarks_id: entry.key,
    title: entry.title,
    link,
    time: timeRange(entry),
    room: entry.room ?? null,
    rating: annotation.rating,
    stars: ratingStars(annotation.rating),
    starred: annotation.starred,
  };
}

/**
 * A day's placeholders. `journal` is the day's own writing, Markdown, when the profile keeps one; the day note
 * shows it under its talks.
 */
export function dayFields(conference: Conference, date: string, page: Markdown, index: Markdown, talks: readonly Fields[], journal?: string): Fields {
  return { date, heading: dayHeading(date), conference: conference.name, page, index_link: index, talks, journal: journal ? { markdown: noteBlock(journal) } : null };
}
