import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../lib/background/handlers';
import { fetchText } from '../lib/util/fetch-text';
import { pushToTabs } from '../lib/background/push';
import { getDb } from '../lib/db/database';
import { createRouter } from '../lib/background/router';
import { followSitePermissions } from '../lib/background/follow-sites';
import { offerSidePanel } from '../lib/background/open-side-panel';
import { followReminders } from '../lib/background/follow-reminders';

export default defineBackground(() => {
  const handlers = createHandlers({ db: getDb, extensionOrigin: browser.runtime.getURL('/'), push: pushToTabs, fetchText });
  browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id));
  followSitePermissions();
  // The service worker lives until the browser stops it: nothing ever aborts these listeners but that.
  const forever = new AbortController().signal;
  offerSidePanel(forever);
  followReminders(getDb, forever);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });
});
