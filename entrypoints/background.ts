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

export default defineBackground(() => {
  const handlers = createHandlers({ db: getDb, extensionOrigin: browser.runtime.getURL('/'), push: pushToTabs, fetchText });
  browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id));
  followSitePermissions();
  // Once, after an update from a version that kept them in storage.local, which content scripts can read and write.
  for (const move of [moveLegacyShareProfile, moveLegacyExportOptions]) {
    void move(getDb(), browser.storage.local).catch((e: unknown) => console.warn('Talkmarks: a setting stayed in storage.local', e));
  }
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });
});
