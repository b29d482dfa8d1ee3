import { browser } from 'wxt/browser';
import { injectIntoOpenTabs, sitePattern, syncSites } from './site-scripts';
import { errorMessage } from '../util/errors';
import type { TalkmarksDb } from '../db/database';
import { embedBindings } from '../db/embed-bindings';
import { unbind } from './embed-bindings';
import { tellTabsEmbedsChanged } from './embed-handlers';

function report(error: unknown): void {
  console.warn('[Talkmarks] sites:', errorMessage(error));
}

/** A site given back takes its embedded schedule's binding with it: the user stopped annotating it. */
async function unbindRemoved(db: TalkmarksDb, removed: readonly string[]): Promise<void> {
  const gone = (await embedBindings(db)).filter((b) => removed.includes(sitePattern(b.site) ?? ''));
  for (const binding of gone) await unbind(db, binding.site);
  if (gone.length) await tellTabsEmbedsChanged();
}

/** Keeps the site script registered exactly where the user granted access, from every worker start on. */
export function followSitePermissions(db: () => TalkmarksDb): void {
  void syncSites().catch(report);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void syncSites()
      .then(() => injectIntoOpenTabs(origins))
      .catch(report);
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    void syncSites().catch(report);
    void unbindRemoved(db(), origins).catch(report);
  });
}
