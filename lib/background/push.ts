import { browser } from 'wxt/browser';
import { conferenceIdFor } from '../adapters';
import type { TabRequest } from '../messages';
import type { Annotation } from '../model';

/** Sends changed annotations to every tab whose schedule they belong to; tabs without our script ignore it. */
export async function pushToTabs(annotations: Annotation[]): Promise<void> {
  const conferences = new Set(annotations.map((a) => a.conference));
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url) return;
      let conference: string | undefined;
      try {
        conference = conferenceIdFor(new URL(tab.url));
      } catch {
        return;
      }
      if (!conference || !conferences.has(conference)) return;
      const message: TabRequest = {
        type: 'tab/annotations',
        annotations: annotations.filter((a) => a.conference === conference),
      };
      await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    }),
  );
}
