/**
 * How shared picks are put in words. No zod and no imports with side effects: the content script uses these too.
 */
import type { ShareInclude } from '../model/shared-picks';

/** The fields of a pick the words need (a stored ColleaguePick, or what a tab was sent). */
export interface PickFields {
  starred: boolean;
  alternative?: boolean;
  rating: number | null;
  tags: readonly string[];
  note: string;
}

/** What a shared journal holds, for people: "the whole conference and 2 days". */
export function journalText(journal: readonly { day?: string }[]): string {
  const days = journal.filter((j) => j.day).length;
  const parts = [...(journal.length > days ? ['the whole conference'] : []), ...(days ? [`${days} ${days === 1 ? 'day' : 'days'}`] : [])];
  return parts.join(' and ');
}

/** "1 pick", "23 picks". */
export const picksText = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'pick' : 'picks'}`;

/** What the sharer passed on, for people: "stars, ratings and notes". */
export function includedText(include: ShareInclude): string {
  const parts = (['stars', 'ratings', 'tags', 'notes'] as const).filter((k) => include[k]);
  if (!parts.length) return 'nothing but which sessions';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "Ana Lopez" → "AL", "Ana" → "AN", "李雷" → "李雷": two characters people recognise, never half a surrogate pair. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const chars = (w: string) => Array.from(w.replace(/^[^\p{L}\p{N}]+/u, '') || w);
  const two = words.length > 1 ? [chars(words[0]!)[0], chars(words[words.length - 1]!)[0]] : chars(words[0] ?? '?').slice(0, 2);
  return two.join('').toUpperCase();
}

/** "Ana's": how prompts and filters name a colleague. */
export const possessive = (name: string) => `${name}'s`;

/** What a pick says, as one line of plain text: `starred, rated 4 of 5, tagged ai, k8s`. */
export function pickSummary(pick: PickFields): string {
  const parts: string[] = [];
  if (pick.starred) parts.push(pick.alternative ? 'starred as an alternative (set aside in a clash)' : 'starred');
  if (pick.rating !== null) parts.push(`rated ${pick.rating} of 5`);
  if (pick.tags.length) parts.push(`tagged ${pick.tags.join(', ')}`);
  return parts.join(', ') || 'picked';
}

const day = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** The prompt before picks are stored: "Show Ana's 23 picks for KubeCon EU 2021 on this schedule?" and its answers. */
export interface PromptWords {
  /** The question around the colleague's name, which is set apart (isolated, as text) by whoever renders it. */
  lead: string;
  name: string;
  rest: string;
  detail: string;
  accept: string;
  decline: string;
}

export function promptWords(
  p: { name: string; count: number; sharedAt: number; include: ShareInclude; existing?: { name: string; count: number; sharedAt: number } },
  conferenceName: string,
  where = 'on this schedule',
): PromptWords {
  const what = `Shared ${day(p.sharedAt)}, with ${includedText(p.include)}.`;
  const shown = `They show beside the sessions as “${initials(p.name)}”; your own stars and notes stay as they are.`;
  if (!p.existing) {
    return { lead: 'Show ', name: p.name, rest: `'s ${picksText(p.count)} for ${conferenceName} ${where}?`, detail: `${what} ${shown}`, accept: 'Show picks', decline: 'Not now' };
  }
  const older = p.sharedAt < p.existing.sharedAt ? 'This one is older than the picks you have. ' : '';
  return {
    lead: 'Replace ',
    name: p.existing.name,
    rest: `'s ${picksText(p.existing.count)} (shared ${day(p.existing.sharedAt)}) with the ${picksText(p.count)} shared now?`,
    detail: `${older}${what} ${shown}`,
    accept: 'Replace',
    decline: 'Keep the ones I have',
  };
}
