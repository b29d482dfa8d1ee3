import { defineConfig } from 'wxt';
import { findChromium } from './scripts/find-chromium';

const chromium = findChromium();

// Host access stays at sched.com: that is where the content script runs.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Talkmarks',
    description:
      'Star, rate, tag and take notes on conference talks right on the schedule page; export highlights as Markdown.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: ['*://*.sched.com/*'],
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    action: { default_title: 'Talkmarks' },
    // The toolbar popup from the keyboard; users can change the keys at chrome://extensions/shortcuts.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+T', mac: 'Alt+Shift+T' }, description: 'Open Talkmarks' },
    },
  },
  webExt: {
    binaries: chromium ? { chrome: chromium } : {},
    startUrls: ['https://kccnceu2026.sched.com/'],
    chromiumArgs: ['--no-first-run', '--disable-sync'],
  },
});
