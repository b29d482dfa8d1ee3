import type { Annotation } from '../model/schema';
import type { ColleagueLayer, ColleaguePick } from '../model/colleague';

/** The dashboard's and popup's "who" filter: picked by one colleague (their sharer id), by anyone, or by nobody. */
export type Who = 'any' | 'none' | (string & {});

/** A colleague's pick of one session. */
export interface Mark {
  layer: ColleagueLayer;
  pick: ColleaguePick;
}

/** A pick counts as going when it is starred, or when stars were not shared (being picked is all there is). */
export const isGoing = ({ layer, pick }: Mark) => pick.starred || !layer.include.stars;

/** Every shown layer's picks by session key, colleagues in name order. */
export function marksByKey(layers: readonly ColleagueLayer[]): Map<string, Mark[]> {
  const out = new Map<string, Mark[]>();
  for (const layer of layers) {
    if (layer.hidden) continue;
    for (const pick of layer.picks) {
      const list = out.get(pick.key);
      if (list) list.push({ layer, pick });
      else out.set(pick.key, [{ layer, pick }]);
    }
  }
  return out;
}

/**
 * Whether a session passes the filter. "Nobody of us is going": the user has not starred it and no shown colleague
 * is going; unknown sharers (a stale URL) match nothing rather than everything.
 */
export function passesWho(who: Who | undefined, marks: readonly Mark[] | undefined, own: Annotation | undefined): boolean {
  if (!who) return true;
  if (who === 'any') return !!marks?.length;
  if (who === 'none') return !own?.starred && !marks?.some(isGoing);
  return !!marks?.some((m) => m.layer.sharer === who);
}

/** The colleagues the filter offers: one per sharer, under the name of their latest layer. */
export function colleaguesOf(layers: readonly ColleagueLayer[], conference?: string): { sharer: string; name: string }[] {
  const latest = new Map<string, ColleagueLayer>();
  for (const layer of layers) {
    if (layer.hidden || (conference && layer.conference !== conference)) continue;
    const known = latest.get(layer.sharer);
    if (!known || layer.sharedAt > known.sharedAt) latest.set(layer.sharer, layer);
  }
  return [...latest.values()].map((l) => ({ sharer: l.sharer, name: l.name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Per session key, the names of the colleagues going: what an export's "who went" shows. */
export function whoWent(layers: readonly ColleagueLayer[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, marks] of marksByKey(layers)) {
    const names = marks.filter(isGoing).map((m) => m.layer.name);
    if (names.length) out.set(key, names);
  }
  return out;
}
