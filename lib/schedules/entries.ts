import { z } from 'zod';
import { idPart } from '../util/ids';
import { ScheduleEntry } from '../model/schema';
import { sessionKey } from '../model/keys';
import { groupBy } from '../model/display';
import { ScheduleError } from './types';

/** The most sessions one file may bring: far above any real conference, low enough to keep a tab responsive. */
export const MAX_SESSIONS = 50_000;

type Optional<T> = { [K in keyof T]?: T[K] | undefined };

/**
 * A session as read from a file, before it gets its key; fields a file lacks may be undefined. `where` says where it
 * is in the file, for errors.
 */
export interface Draft extends Optional<Omit<ScheduleEntry, 'key' | 'conference' | 'aliases' | 'title' | 'speakers'>> {
  id: string;
  where: string;
  title: string;
  speakers: ScheduleEntry['speakers'];
  aliases?: string[];
}

/** Leaves out the fields a file did not give, so stored entries have no `undefined` keys. */
function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const compact = (instant: string | undefined) => (instant ? instant.replace(/[-:]|\.000/g, '') : '');

/**
 * Keys the drafts and checks every entry against the model. A session held twice under one id (a workshop repeated
 * on two days) keeps the plain key for its first slot, so it joins the page's annotation; later slots get the slot's
 * start appended (`<id>.20191229T130000Z`), so each can be starred on its own.
 */
export function finishEntries(conference: string, drafts: readonly Draft[]): { entries: ScheduleEntry[]; notes: string[] } {
  if (drafts.length > MAX_SESSIONS) {
    throw new ScheduleError('', `${drafts.length} sessions: more than the ${MAX_SESSIONS} one import may hold`);
  }
  const byId = groupBy(drafts, (draft) => idPart(draft.id));
  const notes: string[] = [];
  const keyed = new Map<Draft, string>();
  for (const [id, list] of byId) {
    const slots = [...list].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    const used = new Set<string>();
    slots.forEach((draft, i) => {
      let key = i === 0 ? id : idPart(`${id}.${compact(draft.start) || i + 1}`);
      if (used.has(key)) key = idPart(`${key}-${i + 1}`);
      used.add(key);
      keyed.set(draft, key);
    });
    if (slots.length > 1) notes.push(`“${slots[0]!.title}” is held ${slots.length} times: each slot is its own session`);
  }
  const entries = drafts.map((draft) => {
    const { id: _id, where, aliases = [], ...fields } = draft;
    const candidate = present({ ...fields, key: sessionKey(conference, keyed.get(draft)!), conference, aliases });
    const parsed = ScheduleEntry.safeParse(candidate);
    if (!parsed.success) throw new ScheduleError(where, z.prettifyError(parsed.error).replace(/\n\s*/g, ' '));
    return parsed.data;
  });
  return { entries, notes };
}
