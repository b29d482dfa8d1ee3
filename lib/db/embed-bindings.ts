import type { EmbedBinding } from '../model/embed';
import { hasTable, type TalkmarksDb } from './database';
import { EmbedBindingsRow } from './rows';

const KEY = 'embedBindings';

/** Every confirmed site → event binding; a row that does not read back counts as none (nothing is bound). */
export async function embedBindings(db: TalkmarksDb): Promise<EmbedBinding[]> {
  if (!hasTable(db, 'meta')) return [];
  const parsed = EmbedBindingsRow.safeParse(await db.meta.get(KEY));
  return parsed.success ? parsed.data.bindings : [];
}

/** The binding of one site, if the user confirmed one. */
export async function embedBindingOf(db: TalkmarksDb, address: string | undefined): Promise<EmbedBinding | undefined> {
  if (!address || !URL.canParse(address)) return undefined;
  const site = new URL(address).origin;
  return (await embedBindings(db)).find((b) => b.site === site);
}

/** Binds the site to the event, in place of any event it was bound to before (one event per site). */
export async function putEmbedBinding(db: TalkmarksDb, binding: EmbedBinding): Promise<EmbedBinding[]> {
  return db.transaction('rw', db.meta, async () => {
    const bindings = [...(await embedBindings(db)).filter((b) => b.site !== binding.site), binding];
    await db.meta.put({ key: KEY, bindings });
    return bindings;
  });
}

/** Forgets the site's binding; its pages belong to no conference again. */
export async function removeEmbedBinding(db: TalkmarksDb, site: string): Promise<EmbedBinding[]> {
  return db.transaction('rw', db.meta, async () => {
    const bindings = (await embedBindings(db)).filter((b) => b.site !== site);
    await db.meta.put({ key: KEY, bindings });
    return bindings;
  });
}
