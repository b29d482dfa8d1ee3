import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../lib/background/handlers';
import { fetchText } from '../lib/util/fetch-text';
import { pushToTabs } from '../lib/background/push';
import { getDb } from '../lib/db/database';
import { createRouter } from '../lib/background/router';
import { followSitePermissions } from '../lib/background/follow-sites';
import { moveLegacyShareProfile } from '../lib/db/share-profile';
import { moveLegacyExportOptions } from '../lib/db/export-options';
import { createSyncRunner } from '../lib/background/sync-runner';
import { changesData, followSync } from '../lib/background/sync-schedule';
import { offerSidePanel } from '../lib/background/open-side-panel';
import { followReminders } from '../lib/background/follow-reminders';
import { openWelcomeOnInstall } from '../lib/background/first-run';
import { loadEmbedBindings } from '../lib/background/embed-bindings';

export default defineBackground(() => {
  const runSync = createSyncRunner({ db: getDb, push: pushToTabs });
  const handlers = createHandlers({ db: getDb, extensionOrigin: browser.runtime.getURL('/'), push: pushToTabs, fetchText, runSync });
  // The service worker lives until the browser stops it: nothing ever aborts these listeners but that.
  const forever = new AbortController().signal;
  const syncSoon = followSync(getDb, runSync, forever);
  const bindings = () => loadEmbedBindings(getDb);
  void bindings();
  browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id, (type) => changesData.has(type) && syncSoon(), bindings));
  followSitePermissions(getDb);
  // Once, after an update from a version that kept them in storage.local, which content scripts can read and write.
  for (const move of [moveLegacyShareProfile, moveLegacyExportOptions]) {
    void move(getDb(), browser.storage.local).catch((e: unknown) => console.warn('Talkmarks: a setting stayed in storage.local', e));
  }
  offerSidePanel(forever);
  followReminders(getDb, forever);
  openWelcomeOnInstall(forever);
});
