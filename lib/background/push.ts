import { browser } from 'wxt/browser';
import { conferenceIdFor } from '../adapters';
import type { TabRequestOf } from '../protocol/tab-messages';
import { sendToTab } from '../protocol/tab-client';
import type { Annotation } from '../model/schema';
import { conferenceOf } from '../model/keys';

/** Sends changed annotations to every tab whose schedule they belong to; tabs without our script ignore it. */
export async function pushToTabs(annotations: Annotation[], renamed: Record<string, string> = {}): Promise<void> {
  const conferences = new Set([...annotations.map((a) => a.conference), ...Object.values(renamed).map(conferenceOf)]);
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
      const own = Object.entries(renamed).filter(([, to]) => conferenceOf(to) === conference);
      const message: TabRequestOf<'tab/annotations'> = {
        type: 'tab/annotations',
        annotations: annotations.filter((a) => a.conference === conference),
        ...(own.length ? { renamed: Object.fromEntries(own) } : {}),
      };
      await sendToTab(tab.id, message).catch(() => undefined);
    }),
  );
}
