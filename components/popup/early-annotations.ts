import { annotationsOf } from '../../lib/db/annotations';
import { getDb } from '../../lib/db/database';
import type { EmbedBinding } from '../../lib/model/embed';
import { conferenceOfTab } from '../../lib/protocol/tab-answer';

/**
 * The notes of the conference the tab's URL (and the user's binding of its site) shows, read while the page is still
 * answering: on a schedule of thousands of sessions both take a while. Undefined when the URL shows no conference.
 */
export async function earlyAnnotations(opened: Promise<unknown>, tabUrl: string | undefined, binding: Promise<EmbedBinding | undefined> | undefined) {
  try {
    await opened;
    const conference = conferenceOfTab(tabUrl, await binding);
    return conference ? { conference, annotations: await annotationsOf(getDb(), conference) } : undefined;
  } catch {
    // The list's own read says what went wrong.
    return undefined;
  }
}
