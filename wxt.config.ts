import { defineConfig } from 'wxt';
import { findChromium } from './scripts/find-chromium';
import { startUrls } from './scripts/start-urls';
import { onwarn } from './scripts/build-warnings';
import { inlinePageCss } from './scripts/inline-page-css';

const chromium = findChromium();

/**
 * Firefox needs a stable add-on id for MV3 (its storage, IndexedDB included, is keyed by it); Chrome rejects the
 * key, so only Firefox builds get it. 140 is the first Firefox (142 on Android) that reads the data-consent key.
 */
const firefoxSettings = {
  gecko: {
    id: 'talkmarks@talkmarks.invalid',
    strict_min_version: '140.0',
    // Talkmarks sends nothing anywhere, and says so in Firefox's built-in consent.
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// Host access stays at sched.com, where the built-in content script runs. Other sites (pretalx on any host) are
// asked for one origin at a time, when the user presses "Annotate this site" in the popup.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [inlinePageCss()], build: { rollupOptions: { onwarn } } }),
  manifest: ({ browser }) => ({
    name: 'Talkmarks',
    description:
      'Star, rate, tag and take notes on conference talks right on the schedule page; export highlights as Markdown.',
    // activeTab: the popup learns the current tab's address only when the user opens it, to offer that site.
    // alarms: the WebDAV sync every few minutes and shortly after a change, and reminders before starred talks (see
    // README, "Reminders"); notifications: those reminders; contextMenus: the toolbar button's "Open the Talkmarks
    // side panel" item. Of these, only notifications adds an install warning.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'alarms', 'notifications', 'contextMenus'],
    host_permissions: ['https://*.sched.com/*'],
    optional_host_permissions: ['*://*/*'],
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    action: { default_title: 'Talkmarks' },
    // The toolbar popup from the keyboard; users can change the keys at chrome://extensions/shortcuts.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+T', mac: 'Alt+Shift+T' }, description: 'Open Talkmarks' },
      // Firefox opens its sidebar by this reserved name itself; Chrome's side panel is opened by the background.
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+N' }, description: 'Open the Talkmarks side panel' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+N', mac: 'Alt+Shift+N' }, description: 'Open the Talkmarks side panel' } }),
    },
    ...(browser === 'firefox' ? { browser_specific_settings: firefoxSettings } : {}),
  }),
  webExt: {
    binaries: chromium ? { chrome: chromium } : {},
    startUrls: startUrls(),
    // Chromium refuses to start as root (containers, CI boxes) unless its sandbox is off.
    chromiumArgs: ['--no-first-run', '--disable-sync', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  },
});
