import { defineContentScript } from 'wxt/utils/define-content-script';
import { sched } from '../lib/adapters/sched';
import { runOnPage } from '../lib/content/page';

export default defineContentScript({
  matches: ['*://*.sched.com/*'],
  // document_end: the entries are in the DOM, and we start well before document_idle.
  runAt: 'document_end',
  main(ctx) {
    if (!sched.matches(new URL(location.href))) return;
    runOnPage(sched, ctx.signal);
  },
});
