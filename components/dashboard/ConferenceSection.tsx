import type { VNode } from 'preact';
import { useCallback, useMemo } from 'preact/hooks';
import { conferenceMarkdown } from '../../lib/export/markdown';
import { byTime, dayHeading, dayOf } from '../../lib/model/display';
import type { Conference, OwnItem } from '../../lib/model/schema';
import { downloadText } from '../ui/download';
import { ExportButton } from '../export/ExportButton';
import { NotesButton } from '../export/NotesButton';
import { SessionRow } from '../session/SessionRow';
import { VirtualList, type RowAttrs } from '../ui/VirtualList';
import type { AnnotatedSession } from '../../lib/model/annotated';

interface SectionProps {
  conference: Conference;
  /** Every conference on the dashboard: the export dialog can combine them. */
  conferences: Conference[];
  sessions: AnnotatedSession[];
  ownItems: readonly OwnItem[];
  suggestions: string[];
}

const keyOf = (s: AnnotatedSession) => s.entry.key;
const dayLabel = (s: AnnotatedSession) => dayHeading(dayOf(s.entry));

/**
 * One conference's annotated sessions by event-local day, with its exports. Every session is listed, drawn a
 * screen at a time: a profile with thousands of notes opens as fast as one with ten.
 */
export function ConferenceSection({ conference, conferences, sessions, ownItems, suggestions }: SectionProps) {
  const sorted = useMemo(() => [...sessions].sort((a, b) => byTime(a.entry, b.entry)), [sessions]);
  const row = useCallback(
    ({ entry, annotation }: AnnotatedSession, attrs: RowAttrs, heading: VNode | undefined) => (
      <SessionRow entry={entry} annotation={annotation} suggestions={suggestions} attrs={attrs} heading={heading} />
    ),
    [suggestions],
  );
  const exportMarkdown = () =>
    downloadText(`talkmarks-${conference.event}.md`, conferenceMarkdown(conference, sessions, ownItems), 'text/markdown');
  return (
    <section class="tm-conference" aria-labelledby={`conf-${conference.id}`}>
      <div class="tm-conference-head">
        <h2 id={`conf-${conference.id}`}>{conference.name}</h2>
        <div class="tm-conference-actions">
          <button type="button" onClick={exportMarkdown}>
            Export Markdown
          </button>
          <ExportButton conferences={conferences} conference={conference} />
          <NotesButton conferences={conferences} initial={[conference.id]} label={`Export for notes app: ${conference.name}`} />
        </div>
      </div>
      <VirtualList items={sorted} keyOf={keyOf} groupOf={dayLabel} renderItem={row} label={`Sessions of ${conference.name}`} />
    </section>
  );
}
