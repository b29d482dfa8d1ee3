import { SHARE_FORMAT, SHARE_VERSION, type ShareInclude, type SharedPick, type SharedPicks } from '../model/shared-picks';
import type { AnnotatedSession } from '../model/annotated';
import { sessionIdOf, eventOf } from '../model/keys';
import type { JournalEntry } from '../model/journal';

export interface ShareChoice {
  conference: string;
  conferenceName?: string;
  from: string;
  sharer: string;
  include: ShareInclude;
  /** Files carry titles; links leave them out to stay short. */
  titles: boolean;
  now: number;
  /** The sharer's journal of the conference: shared when notes are. */
  journals?: readonly JournalEntry[];
}

/** One session as a pick, with only what the sharer chose; undefined when none of that is set. */
function pickOf({ entry, annotation: a }: AnnotatedSession, { include, titles }: ShareChoice): SharedPick | undefined {
  const pick: SharedPick = { id: sessionIdOf(entry.key) };
  if (include.stars && a.starred) pick.starred = true;
  if (include.stars && a.starred && a.alternative) pick.alternative = true;
  if (include.ratings && a.rating !== null) pick.rating = a.rating;
  if (include.tags && a.tags.length) pick.tags = a.tags.slice(0, 50);
  if (include.notes && a.note.trim()) pick.note = a.note.trim();
  if (Object.keys(pick).length === 1) return undefined;
  if (titles && entry.title !== entry.key) pick.title = entry.title.slice(0, 500);
  return pick;
}

/** The user's picks of one conference as shared data: sessions with something chosen to share, in id order. */
export function buildShare(sessions: readonly AnnotatedSession[], choice: ShareChoice): SharedPicks {
  const picks = sessions
    .filter((s) => s.entry.conference === choice.conference)
    .map((s) => pickOf(s, choice))
    .filter((p): p is SharedPick => p !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The conference's journal first, then the days in order, as the exports place them.
  const journal = (choice.include.notes ? (choice.journals ?? []) : [])
    .filter((j) => j.conference === choice.conference && j.note.trim())
    .sort((a, b) => (a.day ?? '').localeCompare(b.day ?? ''))
    .map((j) => ({ ...(j.day ? { day: j.day } : {}), note: j.note.trim() }));
  return {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    conference: choice.conference,
    ...(choice.conferenceName ? { conferenceName: choice.conferenceName.slice(0, 200) } : {}),
    from: choice.from.trim(),
    sharer: choice.sharer,
    sharedAt: choice.now,
    include: { ...choice.include },
    picks,
    ...(journal.length ? { journal } : {}),
  };
}

/** A `.talkmarks.json` file: one pick per line, so it reads (and diffs) well and stays small. */
export function shareFileText(share: SharedPicks): string {
  const { picks, ...head } = share;
  const lines = picks.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "picks": [${picks.length ? `\n${lines}\n  ` : ''}]\n}\n`;
}

/** `talkmarks-picks-kccnceu2021-ana.talkmarks.json` */
export function shareFilename(share: SharedPicks): string {
  const event = eventOf(share.conference);
  const who = share.from.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30);
  return `talkmarks-picks-${event}${who ? `-${who}` : ''}.talkmarks.json`;
}
