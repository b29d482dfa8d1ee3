import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOnSite } from '../lib/content/site';

/** Registered at run time, one origin at a time, for the sites the user chose to annotate (see lib/sites.ts). */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_end',
  main(ctx) {
    startOnSite(ctx.signal);
  },
});
