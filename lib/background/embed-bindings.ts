import type { TalkmarksDb } from '../db/database';
import { embedBindings, putEmbedBinding, removeEmbedBinding } from '../db/embed-bindings';
import type { EmbedBinding } from '../model/embed';

/**
 * The confirmed site → event bindings, held in memory so the background can answer "which conference does this tab
 * show?" at once, as it does from a URL. Read from the database when the worker starts (the router waits for it) and
 * changed only through `bind` and `unbind` below.
 */
let bySite = new Map<string, EmbedBinding>();
let loaded: Promise<void> | undefined;

const keep = (list: readonly EmbedBinding[]) => void (bySite = new Map(list.map((b) => [b.site, b])));

/** Reads the bindings once per worker; every later call waits for the same read. */
export function loadEmbedBindings(db: () => TalkmarksDb): Promise<void> {
  loaded ??= embedBindings(db()).then(keep, (error: unknown) => {
    loaded = undefined;
    console.warn('[Talkmarks] could not read the embedded schedules’ bindings:', error);
  });
  return loaded;
}

/** The binding of the site `address` is on, from the browser's word about a tab or frame. */
export function embedBindingAt(address: string | undefined): EmbedBinding | undefined {
  if (!address || !URL.canParse(address)) return undefined;
  return bySite.get(new URL(address).origin);
}

export async function bind(db: TalkmarksDb, binding: EmbedBinding): Promise<void> {
  keep(await putEmbedBinding(db, binding));
}

export async function unbind(db: TalkmarksDb, site: string): Promise<void> {
  keep(await removeEmbedBinding(db, site));
}

/** Tests start each case with nothing bound. */
export function forgetLoadedBindings(): void {
  bySite = new Map();
  loaded = undefined;
}
