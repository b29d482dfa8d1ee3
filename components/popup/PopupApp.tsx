import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { annotationsOf, tagCounts } from '../../lib/db/annotations';
import { getDb } from '../../lib/db/database';
import { defaultPopupPrefs, type PopupPrefs } from '../../lib/model/popup-prefs';
import type { TabEntries } from '../../lib/protocol/tab-messages';
import { takeNoteRequest } from '../../lib/protocol/note-request';
import { entriesOfTab } from '../../lib/protocol/tab-client';
import type { Annotation } from '../../lib/model/schema';
import { storedPage } from './stored-page';
import { earlyAnnotations } from './early-annotations';
import { DayList } from './DayList';
import { loadPopupPrefs, savePopupPrefs } from './prefs';
import { ExportButton } from '../export/ExportButton';
import { passesWho } from '../../lib/share/who';
import { ColleaguePicks } from '../share/ColleaguePicks';
import { ShareButton } from '../share/ShareButton';
import { useColleagues } from '../share/use-colleagues';
import { WhoFilter } from '../share/WhoFilter';
import { LiveNowNext } from '../plan/NowNext';
import { SessionRow } from '../session/SessionRow';
import { AnnotateSite } from '../sites/AnnotateSite';
import { EmbedOffer } from '../sites/EmbedOffer';
import { embedBindingOf } from '../../lib/db/embed-bindings';
import { OpenSidePanel } from '../sidepanel/OpenSidePanel';
import { useLive } from '../hooks/use-live';
import { useSlashFocus } from '../hooks/use-slash-focus';
import { PageChanges } from '../changes/PageChanges';
import { useClock } from '../hooks/use-clock';
import { WelcomeLine } from './WelcomeLine';

/** `note`: the session to open on its note (`n` on the schedule page). */
type TabState =
  | { status: 'loading' }
  | { status: 'none'; id?: number; url?: string }
  | { status: 'page'; page: TabEntries; note?: string; stored?: boolean; prefs: PopupPrefs; annotations?: Annotation[] };

/**
 * The tab the popup is about: the active one, or (tests open the popup in a tab of its own) `?tabId=`, with `?url=`
 * standing in for the address the browser tells a popup opened from the toolbar (activeTab) but not such a tab.
 */
async function targetTab(): Promise<{ id?: number; url?: string; tabUrl?: string }> {
  const params = new URLSearchParams(location.search);
  const fromUrl = Number(params.get('tabId'));
  const [tab] =
    Number.isInteger(fromUrl) && fromUrl > 0
      ? [await browser.tabs.get(fromUrl).catch(() => undefined)]
      : await browser.tabs.query({ active: true, currentWindow: true });
  // `tabUrl` is the browser's word alone: it decides which conference the tab shows.
  return { id: tab?.id, url: tab?.url ?? params.get('url') ?? undefined, tabUrl: tab?.url };
}

function DashboardLink() {
  return (
    <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
      Open the dashboard
    </a>
  );
}

/** `opened`: the database opening (entrypoints/popup/app.tsx), which the popup's first line does not wait for. */
export function PopupApp({ opened }: { opened: Promise<unknown> }) {
  const [tab, setTab] = useState<TabState>({ status: 'loading' });
  const look = async () => {
    // Asked at once, side by side: the switches, the database and the tab's answer are ready about together.
    const prefs = loadPopupPrefs();
    const { id, url, tabUrl } = await targetTab();
    const binding = id === undefined ? undefined : opened.then(() => embedBindingOf(getDb(), tabUrl));
    // Taken even when the URL names the note (the popup-window fallback), so it cannot linger.
    const requested = id === undefined ? undefined : takeNoteRequest(id);
    const early = earlyAnnotations(opened, tabUrl, binding);
    const answered = id === undefined ? undefined : await entriesOfTab(id, tabUrl, binding);
    await opened;
    const page = answered ?? (await storedPage(getDb(), tabUrl));
    const note = new URLSearchParams(location.search).get('note') ?? (await requested);
    const read = await early;
    const annotations = page && read?.conference === page.conference.id ? read.annotations : undefined;
    setTab(page ? { status: 'page', page, note, stored: !answered, prefs: await prefs, annotations } : { status: 'none', id, url });
    return !!page;
  };
  // At once, not after a frame as an effect would: the first paint is popup.html's own line.
  useLayoutEffect(() => void look(), []);

  if (tab.status === 'loading') return <p class="tm-muted">Reading this page…</p>;
  if (tab.status === 'none') {
    return (
      <main class="tm-popup">
        <h1>Talkmarks</h1>
        <LiveNowNext />
        <OpenSidePanel />
        <p>This page is not a conference schedule Talkmarks reads yet (sched.com schedules are, and pretalx ones on sites you choose).</p>
        <EmbedOffer tabId={tab.id} url={tab.url} probe={look} />
        <AnnotateSite url={tab.url} probe={look} />
        <p>
          <DashboardLink /> to see everything you have starred and noted.
        </p>
        <WelcomeLine />
      </main>
    );
  }
  return <PageSessions page={tab.page} noteKey={tab.note} stored={tab.stored} initialPrefs={tab.prefs} initialAnnotations={tab.annotations} />;
}


/** `stored`: the sessions are the conference's as stored, not what the page shows (see stored-page.ts). */
function PageSessions({
  page,
  noteKey,
  stored,
  initialPrefs = defaultPopupPrefs,
  initialAnnotations,
}: {
  page: TabEntries;
  noteKey?: string;
  stored?: boolean;
  initialPrefs?: PopupPrefs;
  initialAnnotations?: Annotation[];
}) {
  const db = getDb();
  const live = useLive(() => annotationsOf(db, page.conference.id), [page.conference.id], true, initialAnnotations);
  const tags = useLive(() => tagCounts(db), []);
  const [filter, setFilter] = useState('');
  const colleagues = useColleagues(page.conference.id);
  const [who, setWho] = useState<string>();
  const [prefs, setPrefs] = useState(initialPrefs);
  const changePrefs = (next: PopupPrefs) => {
    setPrefs(next);
    void savePopupPrefs(next).catch(() => undefined);
  };
  // The page's clock: tests fix it; the list opens at now, and what of today is over goes last.
  const now = useClock();
  const filterBox = useRef<HTMLInputElement>(null);
  useSlashFocus(filterBox);
  const annotations = useMemo(
    () => new Map(live.status === 'ready' ? live.value.map((a) => [a.key, a]) : []),
    [live],
  );
  const needle = filter.trim().toLowerCase();
  const focus = noteKey ?? page.focus;
  const starred = (key: string) => !!annotations.get(key)?.starred;
  const shown = page.entries
    .filter((e) => !needle || `${e.title} ${e.room ?? ''} ${e.speakers.map((s) => s.name).join(' ')}`.toLowerCase().includes(needle))
    .filter((e) => passesWho(who, colleagues.marks.get(e.key), annotations.get(e.key)))
    .filter((e) => !prefs.starredOnly || starred(e.key) || e.key === focus);
  const suggestions = tags.status === 'ready' ? tags.value.map(([t]) => t) : [];
  const starredCount = page.entries.filter((e) => annotations.get(e.key)?.starred).length;

  return (
    <main class="tm-popup">
      <header>
        <h1>{page.conference.name}</h1>
        <p class="tm-muted">
          {page.entries.length} sessions {stored ? 'of this schedule seen before (the page gave no list)' : 'on this page'} · {starredCount} starred ·{' '}
          <DashboardLink />
        </p>
        <div class="tm-actions">
          <ExportButton conferences={[page.conference]} conference={page.conference} />
          <ShareButton conferences={[page.conference]} conference={page.conference} />
          <OpenSidePanel />
        </div>
        <LiveNowNext />
        {page.entries.length > 1 && (
          <input
            type="search"
            ref={filterBox}
            placeholder="Filter by title, room or speaker"
            aria-label="Filter sessions"
            value={filter}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        )}
      </header>
      <PageChanges conference={page.conference.id} />
      <WhoFilter value={who} layers={colleagues.layers} onChange={setWho} />
      {live.status === 'error' && <p role="alert">Could not read your notes: {live.error}</p>}
      {/* Drawn once the notes are read, so no row is drawn unstarred and then again starred (and moved). */}
      {live.status !== 'loading' && <DayList
        shown={shown}
        starred={starred}
        focus={focus}
        prefs={prefs}
        onPrefs={changePrefs}
        now={now}
        row={(entry) => (
          <SessionRow
            key={entry.key}
            entry={entry}
            annotation={annotations.get(entry.key)}
            suggestions={suggestions}
            initiallyOpen={entry.key === page.focus || page.entries.length === 1}
            focusNote={entry.key === noteKey}
            extra={<ColleaguePicks title={entry.title} marks={colleagues.marks.get(entry.key)} />}
          />
        )}
      />}
      <p class="tm-keys-hint">
        Keys on a session: <kbd>s</kbd> star · <kbd>1</kbd>–<kbd>5</kbd> rate · <kbd>0</kbd> clear · <kbd>n</kbd> note ·{' '}
        <kbd>/</kbd> filter
      </p>
      <WelcomeLine />
    </main>
  );
}
