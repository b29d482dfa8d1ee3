import { browser } from 'wxt/browser';
import { injectIntoOpenTabs, syncSites } from './site-scripts';
import { errorMessage } from '../util/errors';

function report(error: unknown): void {
  console.warn('[Talkmarks] sites:', errorMessage(error));
}

/** Keeps the site script registered exactly where the user granted access, from every worker start on. */
export function followSitePermissions(): void {
  void syncSites().catch(report);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void syncSites()
      .then(() => injectIntoOpenTabs(origins))
      .catch(report);
  });
  browser.permissions.onRemoved.addListener(() => void syncSites().catch(report));
}
