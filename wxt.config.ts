import { defineConfig } from 'wxt';
import { findChromium } from './scripts/find-chromium';

const chromium = findChromium();

// Host access stays at sched.com, where the built-in content script runs. Other sites (pretalx on any host) are
// asked for one origin at a time, when the user presses "Annotate this site" in the popup.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Talkmarks',
    description:
      'Star, rate, tag and take notes on conference talks right on the schedule page; export highlights as Markdown.',
    // activeTab: the popup learns the current tab's address only when the user opens it, to offer that site.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    host_permissions: ['*://*.sched.com/*'],
    optional_host_permissions: ['*://*/*'],
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    action: { default_title: 'Talkmarks' },
  },
  webExt: {
    binaries: chromium ? { chrome: chromium } : {},
    startUrls: ['https://kccnceu2026.sched.com/'],
    chromiumArgs: ['--no-first-run', '--disable-sync'],
  },
});
