import { createContext } from 'preact';
import { useMemo } from 'preact/hooks';
import { allAnnotations } from '../../lib/db/annotations';
import type { StoredSession } from '../../lib/db/database';
import { getDb } from '../../lib/db/database';
import { ownItemsOf } from '../../lib/db/own-items';
import { storedSessions } from '../../lib/db/sessions';
import { withEntries, type AnnotatedSession } from '../../lib/model/annotated';
import { isAnnotated } from '../../lib/model/fields';
import type { Annotation, OwnItem } from '../../lib/model/schema';
import { useLive, type Live } from '../hooks/use-live';

/** The whole profile, each table read live once for the whole dashboard. */
export interface ProfileReads {
  /** Every session seen or imported. */
  sessions: Live<StoredSession[]>;
  /** Every annotation, emptied ones too. */
  annotations: Live<Annotation[]>;
  /** The annotated sessions with their entries, in the annotations' order: joined here, not read again. */
  annotated: Live<AnnotatedSession[]>;
  ownItems: Live<OwnItem[]>;
}

/**
 * The dashboard's reads, shared by the overview, the search index and now-and-next. Each read every session
 * before: the second and third reads (and their garbage) landed under the first keys typed. Absent (popup, side
 * panel), a reader does its own reads.
 */
export const SharedProfileReads = createContext<ProfileReads | undefined>(undefined);

function join(sessions: Live<StoredSession[]>, annotations: Live<Annotation[]>): Live<AnnotatedSession[]> {
  if (sessions.status !== 'ready') return sessions;
  if (annotations.status !== 'ready') return annotations;
  const byKey = new Map(sessions.value.map((s) => [s.key, s]));
  return { status: 'ready', value: withEntries(annotations.value.filter(isAnnotated), (a) => byKey.get(a.key)) };
}

/**
 * Sessions and annotations in two live reads, not one: a star's edit re-reads the annotations, not every session.
 * Nothing is read until `enabled`.
 */
export function useProfileReads(enabled: boolean): ProfileReads {
  const sessions = useLive(() => storedSessions(getDb()), [], enabled);
  const annotations = useLive(() => allAnnotations(getDb()), [], enabled);
  const ownItems = useLive(() => ownItemsOf(getDb()), [], enabled);
  const annotated = useMemo(() => join(sessions, annotations), [sessions, annotations]);
  return useMemo(() => ({ sessions, annotations, annotated, ownItems }), [sessions, annotations, annotated, ownItems]);
}
