import { useMemo, useState } from 'preact/hooks';
import { conferenceMarkdown } from '../../lib/export/markdown';
import { byTime, dayHeading, dayOf, groupBy } from '../../lib/model/display';
import type { Conference, OwnItem } from '../../lib/model/schema';
import { downloadText } from '../ui/download';
import { ExportButton } from '../export/ExportButton';
import { NotesButton } from '../export/NotesButton';
import { SessionRow } from '../session/SessionRow';
import type { AnnotatedSession } from '../../lib/model/annotated';

interface SectionProps {
  conference: Conference;
  /** Every conference on the dashboard: the export dialog can combine them. */
  conferences: Conference[];
  sessions: AnnotatedSession[];
  ownItems: readonly OwnItem[];
  suggestions: string[];
}

/** Rows drawn at first per conference: a profile with thousands of notes would otherwise take seconds to open. */
const FIRST_ROWS = 200;

/** One conference's annotated sessions by event-local day, with its exports. */
export function ConferenceSection({ conference, conferences, sessions, ownItems, suggestions }: SectionProps) {
  const [all, setAll] = useState(false);
  const sorted = useMemo(() => [...sessions].sort((a, b) => byTime(a.entry, b.entry)), [sessions]);
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS);
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
      {[...groupBy(shown, (s) => dayOf(s.entry))].map(([day, group]) => (
        <section key={day ?? 'none'} class="tm-day">
          <h3>{dayHeading(day)}</h3>
          <ul class="tm-sessions">
            {group.map(({ entry, annotation }) => (
              <SessionRow key={entry.key} entry={entry} annotation={annotation} suggestions={suggestions} />
            ))}
          </ul>
        </section>
      ))}
      {shown.length < sorted.length && (
        <button type="button" class="tm-more" onClick={() => setAll(true)}>
          Show all {sorted.length} sessions of {conference.name}
        </button>
      )}
    </section>
  );
}
