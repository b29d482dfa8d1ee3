import { useEffect, useMemo, useState } from 'preact/hooks';
import { annotatedSessions } from '../../lib/db/annotations';
import { conferencesById } from '../../lib/db/conferences';
import { getDb } from '../../lib/db/database';
import { firstAnnotatedConference } from '../../lib/db/first-screen';
import { ownItemsOf } from '../../lib/db/own-items';
import type { AnnotatedSession } from '../../lib/model/annotated';
import { groupBy } from '../../lib/model/display';
import type { OwnItem } from '../../lib/model/schema';
import type { StoredConference } from '../../lib/db/database';
import { useLive, type Live } from '../hooks/use-live';
import { useProfileReads, type ProfileReads } from './profile-reads';

export interface Overview {
  sessions: AnnotatedSession[];
  conferencesById: Map<string, StoredConference>;
  ownItemsByConference: Map<string, OwnItem[]>;
}

/** Only the conference listed first: the first screen, before the rest is read. */
async function loadFirst(): Promise<Overview> {
  const conference = await firstAnnotatedConference(getDb());
  if (!conference) return { sessions: [], conferencesById: await conferencesById(getDb()), ownItemsByConference: new Map() };
  const db = getDb();
  const [sessions, conferences, ownItems] = await Promise.all([annotatedSessions(db, conference), conferencesById(db), ownItemsOf(db, conference)]);
  return { sessions, conferencesById: conferences, ownItemsByConference: groupBy(ownItems, (i) => i.conference) };
}

/** The same promise, handled already: a failure before its reader is attached is not reported as unhandled. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** The overview as the shared reads give it: nothing of it is read twice. */
function whole(reads: ProfileReads, conferences: Live<Map<string, StoredConference>>): Live<Overview> {
  const { annotated, ownItems } = reads;
  if (annotated.status !== 'ready') return annotated;
  if (ownItems.status !== 'ready') return ownItems;
  if (conferences.status !== 'ready') return conferences;
  return {
    status: 'ready',
    value: { sessions: annotated.value, conferencesById: conferences.value, ownItemsByConference: groupBy(ownItems.value, (i) => i.conference) },
  };
}

/**
 * Every annotated session by conference, live, whether the first screen is done, and the whole-profile reads (for
 * the search index too). Opened at the overview, the conference listed first is read alone and painted before
 * everything is read (live) and the whole-profile reads start (`done`); opened at any other view, they start at once.
 */
export function useOverview(overview: boolean): { live: Live<Overview>; done: boolean; reads: ProfileReads } {
  const [done, setDone] = useState(!overview);
  const [first, setFirst] = useState<Overview | undefined>();
  // Asked in the first render, not in an effect: effects wait for the frame after it, and the first reads (a few
  // requests one after another) would start only then.
  const [reading] = useState(() => (overview ? quiet(loadFirst()) : undefined));
  const reads = useProfileReads(done);
  const conferences = useLive(() => conferencesById(getDb()), [], done);
  const full = useMemo(() => whole(reads, conferences), [reads, conferences]);
  useEffect(() => {
    if (done || !reading) return;
    let cancelled = false;
    // A failed first read changes nothing: the full read follows and says what went wrong.
    const settle = (value?: Overview) => !cancelled && (value && setFirst(value), setDone(true));
    reading.then(settle, () => settle());
    return () => void (cancelled = true);
  }, []);
  useEffect(() => {
    if (!done && !overview) setDone(true);
  }, [overview, done]);
  const live = full.status === 'loading' && first ? { status: 'ready' as const, value: first } : full;
  return { live, done, reads };
}
