import type { AnnotatedSession } from '../../model/annotated';
import { byTime, dayOf, groupBy } from '../../model/display';
import { isAnnotated } from '../../model/fields';
import { sessionIdOf } from '../../model/keys';
import type { Conference } from '../../model/schema';
import type { ExportSource } from '../source';
import { noteLink, pageName, type Flavour, type Place } from './flavours';
import { assignTalkNames, CONFERENCE_BYTES, NameSet, namePart } from './names';
import type { Markdown } from './template-render';

export interface PlannedTalk {
  session: AnnotatedSession;
  place: Place;
}

export interface PlannedDay {
  date: string;
  place: Place;
  talks: PlannedTalk[];
  /** The user's journal of that day, when written. */
  journal?: string;
}

export interface PlannedConference {
  conference: Conference;
  index: Place;
  days: PlannedDay[];
  /** In schedule order; untimed talks last. */
  talks: PlannedTalk[];
  /** The user's journal of the whole conference, when written. */
  journal?: string;
}

/** Every note of an export, named and placed, before any template runs: links need every name first. */
export interface NotesPlan {
  flavour: Flavour;
  conferences: PlannedConference[];
  /** Each talk's file name, to keep for the next export. */
  names: Map<string, string>;
}

/**
 * Names and places every note. Talk names are unique across the whole export (Obsidian links by bare name),
 * taken from `earlier` where an export gave one before; days are `<date> <conference>` (`<conference>/<date>` in
 * Logseq) so they never meet the user's own daily notes.
 */
export function planNotes(sources: readonly ExportSource[], flavour: Flavour, earlier: ReadonlyMap<string, string>): NotesPlan {
  const ordered = [...sources].sort((a, b) => (a.conference.id < b.conference.id ? -1 : 1));
  const taken = new NameSet();
  const folders = new NameSet();
  const journals = ordered.map((s) => s.journals);
  const annotated = ordered.map((s) => s.sessions.filter((x) => isAnnotated(x.annotation)).sort((a, b) => byTime(a.entry, b.entry)));
  const names = assignTalkNames(
    annotated.flat().map(({ entry }) => ({ key: entry.key, title: entry.title, id: sessionIdOf(entry.key) })),
    earlier,
    taken,
  );
  const conferences = ordered.map(({ conference }, i): PlannedConference => {
    const folder = folders.unique(namePart(conference.name, CONFERENCE_BYTES, namePart(conference.event, CONFERENCE_BYTES, 'Conference')), CONFERENCE_BYTES);
    const index: Place = { kind: 'index', folder, stem: flavour === 'logseq' ? folder : taken.unique(`${folder} index`) };
    const talks = annotated[i]!.map((session): PlannedTalk => ({ session, place: { kind: 'talk', folder, stem: names.get(session.entry.key)! } }));
    const byDay = groupBy(talks, (t) => dayOf(t.session.entry));
    const written = new Map((journals[i] ?? []).filter((j) => j.note.trim()).map((j) => [j.day ?? '', j.note]));
    // A day the user wrote about gets its note even when no talk of it is annotated.
    const dates = [...new Set([...byDay.keys(), ...written.keys()])].filter((d): d is string => !!d).sort();
    const days = dates.map((date): PlannedDay => {
      const place: Place = { kind: 'day', folder, stem: flavour === 'logseq' ? date : taken.unique(`${date} ${folder}`) };
      const journal = written.get(date);
      return { date, talks: byDay.get(date) ?? [], place, ...(journal ? { journal } : {}) };
    });
    const journal = written.get('');
    return { conference, index, days, talks, ...(journal ? { journal } : {}) };
  });
  return { flavour, conferences, names };
}

/** The link from one note to another, in the plan's flavour. */
export function linkIn(plan: NotesPlan, from: Place, to: Place, text: string): Markdown {
  return noteLink(from, to, text, plan.flavour);
}

export const pageOf = (place: Place): Markdown => ({ markdown: pageName(place) });
