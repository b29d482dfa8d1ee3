import { escapeMarkdown, heading, indent, link, linkTarget, tagList } from './markdown-text';
import { noteBlock } from './note';
import { groupSessions } from './select';
import { byTime, ratingStars, timeRange } from '../model/display';
import { type Conference, type ScheduleEntry } from '../model/schema';
import type { ColleagueLayer } from '../model/colleague';
import type { AnnotatedSession } from '../model/annotated';
import { sessionIdOf } from '../model/keys';
import { emptyFields } from '../model/fields';
import { shareBaseUrl } from '../share/schedule-url';

export interface TeamReportOptions {
  groupBy: 'day' | 'tag';
  /** The user's own stars and notes join the colleagues', under this name; none leaves them out. */
  myName?: string;
}

/** What one person said about a session. */
interface Voice {
  name: string;
  starred: boolean;
  alternative?: boolean;
  rating: number | null;
  tags: readonly string[];
  note: string;
}

export interface TeamInput {
  conference: Conference;
  /** Sessions as last seen, for titles, times and rooms. */
  entries: ReadonlyMap<string, ScheduleEntry>;
  mine: readonly AnnotatedSession[];
  layers: readonly ColleagueLayer[];
}

/**
 * A note as a block quote, every line of it (blank ones as `>`): whatever it holds, a list item, a bold name or an
 * open fence, stays inside the quote under its writer's name, so no note can pass for someone else's line.
 */
function quoted(note: string): string {
  return note
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function voiceLine(v: Voice): string {
  const facts = [v.rating !== null ? ratingStars(v.rating) : v.starred ? (v.alternative ? 'alternative' : 'starred') : '', tagList(v.tags)].filter(Boolean);
  const line = `- **${escapeMarkdown(v.name)}**${facts.length ? ` — ${facts.join(' · ')}` : ''}`;
  const note = noteBlock(v.note);
  return note ? `${line}\n\n${indent(quoted(note), '  ')}` : line;
}

function sessionBlock(entry: ScheduleEntry, voices: readonly Voice[], level: number): string {
  const facts = [timeRange(entry), entry.room ?? '', entry.speakers.map((s) => s.name).join(', ')].filter(Boolean).map(escapeMarkdown);
  const blocks = [heading(level, link(entry.title, entry.url))];
  if (facts.length) blocks.push(facts.join(' · '));
  blocks.push(voices.map(voiceLine).join(voices.some((v) => v.note.trim()) ? '\n\n' : '\n'));
  return blocks.join('\n\n');
}

/** A session only a colleague picked and this profile never saw: named by their title, linked to its sched page. */
function unseenEntry(key: string, conference: Conference, title: string | undefined): ScheduleEntry {
  const id = sessionIdOf(key);
  const base = conference.platform === 'sched' ? shareBaseUrl(conference) : undefined;
  const url = base ? `${base}event/${id}` : undefined;
  return { key, conference: conference.id, aliases: [], title: title ?? `Session ${id}`, speakers: [], ...(url ? { url } : {}) };
}

/**
 * One Markdown report from several colleagues' picks and the user's own notes: per day (or tag) each session anyone
 * picked, then who picked it, with their rating, tags and note, each attributed. Names and page text are escaped.
 */
export function teamReport({ conference, entries, mine, layers }: TeamInput, options: TeamReportOptions): string {
  const voices = new Map<string, Voice[]>();
  const titles = new Map<string, string>();
  const add = (key: string, voice: Voice) => voices.set(key, [...(voices.get(key) ?? []), voice]);
  if (options.myName !== undefined) {
    for (const { annotation: a } of mine) if (a.starred || a.rating !== null || a.tags.length || a.note.trim()) add(a.key, { name: options.myName, ...a });
  }
  for (const layer of layers) {
    for (const pick of layer.picks) {
      add(pick.key, { name: layer.name, ...pick });
      if (pick.title) titles.set(pick.key, pick.title);
    }
  }
  // Grouping reuses the export's: each session as an "annotation" carrying every tag anyone gave it.
  const sessions: AnnotatedSession[] = [...voices].map(([key, vs]) => ({
    entry: entries.get(key) ?? unseenEntry(key, conference, titles.get(key)),
    annotation: { key, conference: conference.id, ...emptyFields, tags: [...new Set(vs.flatMap((v) => v.tags))], updatedAt: 0, fieldUpdatedAt: {} },
  }));
  sessions.sort((a, b) => byTime(a.entry, b.entry) || (a.entry.key < b.entry.key ? -1 : 1));
  const people = [...new Set([...voices.values()].flat().map((v) => v.name))];
  const out = [heading(1, `Team report: ${escapeMarkdown(conference.name)}`)];
  // The schedule's address as the conference id gives it: a content script reported conference.url.
  const schedule = linkTarget(shareBaseUrl(conference));
  out.push(`Picks and notes of ${people.map(escapeMarkdown).join(', ') || 'nobody yet'}.${schedule ? ` Schedule: ${schedule}` : ''}`);
  if (!sessions.length) out.push('_Nobody has picked a session yet._');
  for (const group of groupSessions(sessions, options.groupBy)) {
    out.push(heading(2, escapeMarkdown(group.heading)));
    for (const { entry } of group.sessions) out.push(sessionBlock(entry, voices.get(entry.key)!, 3));
  }
  return `${out.join('\n\n')}\n`;
}
