import { useEffect, useMemo, useState } from 'preact/hooks';
import { annotatedSessions } from '../../lib/db/annotations';
import { journalsOf } from '../../lib/db/journal';
import { getDb } from '../../lib/db/database';
import type { Conference } from '../../lib/model/schema';
import { buildShare } from '../../lib/share/build';
import { DisplayName, type ShareInclude, type SharedPicks } from '../../lib/model/shared-picks';
import { shareLink } from '../../lib/share/fragment';
import { shareBaseUrl } from '../../lib/share/schedule-url';
import { packShare } from '../../lib/share/pack';
import { readShare } from '../../lib/share/read';
import { useLive } from '../hooks/use-live';

export type ShareState =
  | { status: 'loading' }
  | { status: 'unnamed' }
  | { status: 'invalid'; error: string }
  | { status: 'ready'; share: SharedPicks; link?: string };

/**
 * The user's picks of a conference as a share, following the choices: the file's content at once, the link once
 * it is compressed. What is built is read back through the same check a recipient runs, so nothing unreadable leaves.
 */
export function useShare(conference: Conference, include: ShareInclude, name: string, sharer: string | undefined): ShareState {
  const sessions = useLive(() => annotatedSessions(getDb(), conference.id), [conference.id]);
  const journals = useLive(() => journalsOf(getDb(), conference.id), [conference.id]);
  const built = useMemo((): ShareState => {
    if (sessions.status === 'error') return { status: 'invalid', error: `Could not read your notes: ${sessions.error}` };
    if (journals.status === 'error') return { status: 'invalid', error: `Could not read your journal: ${journals.error}` };
    if (sessions.status === 'loading' || journals.status === 'loading' || !sharer) return { status: 'loading' };
    if (!name.trim()) return { status: 'unnamed' };
    const named = DisplayName.safeParse(name);
    if (!named.success) return { status: 'invalid', error: `Your name ${named.error.issues[0]!.message}.` };
    const share = buildShare(sessions.value, { conference: conference.id, conferenceName: conference.name, from: named.data, sharer, include, titles: true, now: Date.now(), journals: journals.value });
    const check = readShare(JSON.parse(JSON.stringify(share)));
    return check.ok ? { status: 'ready', share } : { status: 'invalid', error: `These picks cannot be shared: they ${check.error}.` };
  }, [sessions, journals, conference, include, name, sharer]);
  const [link, setLink] = useState<{ for: ShareState; link: string }>();
  useEffect(() => {
    const base = shareBaseUrl(conference);
    if (built.status !== 'ready' || !base) return;
    let current = true;
    void packShare(built.share).then((token) => current && setLink({ for: built, link: shareLink(base, token) }));
    return () => void (current = false);
  }, [built]);
  return built.status === 'ready' && link?.for === built ? { ...built, link: link.link } : built;
}
