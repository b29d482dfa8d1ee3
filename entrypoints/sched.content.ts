import { defineContentScript } from 'wxt/utils/define-content-script';
import { sched } from '../lib/adapters/sched/adapter';
import { markColleagues } from '../lib/content/share/colleague-markers';
import { runOnPage } from '../lib/content/page';
import { offerSharedPicks } from '../lib/content/share/link';

export default defineContentScript({
  matches: ['https://*.sched.com/*'],
  // document_end: the entries are in the DOM, and we start well before document_idle.
  runAt: 'document_end',
  main(ctx) {
    const url = new URL(location.href);
    if (!sched.matches(url)) return;
    // First, so a share link's fragment leaves the address bar before anything else happens.
    offerSharedPicks();
    const run = runOnPage(sched, ctx.signal);
    markColleagues(run.registry, sched.conferenceId(url), ctx.signal);
  },
});
