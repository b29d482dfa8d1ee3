import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { annotationsOf, tagCounts } from '../lib/annotations';
import { getDb } from '../lib/db';
import { byTime } from '../lib/format';
import type { TabEntries } from '../lib/messages';
import { entriesOfTab } from '../lib/tab-client';
import { SessionRow } from './SessionRow';
import { useLive } from './use-live';

type TabState = { status: 'loading' } | { status: 'none' } | { status: 'page'; page: TabEntries };

async function targetTab(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function DashboardLink() {
  return (
    <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
      Open the dashboard
    </a>
  );
}

export function PopupApp() {
  const [tab, setTab] = useState<TabState>({ status: 'loading' });
  useEffect(() => {
    void targetTab().then(async (id) => {
      const page = id === undefined ? undefined : await entriesOfTab(id);
      setTab(page ? { status: 'page', page } : { status: 'none' });
    });
  }, []);

  if (tab.status === 'loading') return <p class="tm-muted">Reading this page…</p>;
  if (tab.status === 'none') {
    return (
      <main class="tm-popup">
        <h1>Talkmarks</h1>
        <p>This page is not a conference schedule Talkmarks can read (sched.com schedules are).</p>
        <p>
          <DashboardLink /> to see everything you have starred and noted.
        </p>
      </main>
    );
  }
  return <PageSessions page={tab.page} />;
}

function PageSessions({ page }: { page: TabEntries }) {
  const db = getDb();
  const live = useLive(() => annotationsOf(db, page.conference.id), [page.conference.id]);
  const tags = useLive(() => tagCounts(db), []);
  const [filter, setFilter] = useState('');
  const annotations = useMemo(
    () => new Map(live.status === 'ready' ? live.value.map((a) => [a.key, a]) : []),
    [live],
  );
  const needle = filter.trim().toLowerCase();
  const shown = page.entries
    .filter((e) => !needle || `${e.title} ${e.room ?? ''} ${e.speakers.map((s) => s.name).join(' ')}`.toLowerCase().includes(needle))
    // The session the page is about (a session page) comes first, then starred ones.
    .sort(
      (a, b) =>
        Number(b.key === page.focus) - Number(a.key === page.focus) ||
        Number(!!annotations.get(b.key)?.starred) - Number(!!annotations.get(a.key)?.starred) ||
        byTime(a, b),
    );
  const suggestions = tags.status === 'ready' ? tags.value.map(([t]) => t) : [];
  const starredCount = page.entries.filter((e) => annotations.get(e.key)?.starred).length;

  return (
    <main class="tm-popup">
      <header>
        <h1>{page.conference.name}</h1>
        <p class="tm-muted">
          {page.entries.length} sessions on this page · {starredCount} starred · <DashboardLink />
        </p>
        {page.entries.length > 1 && (
          <input
            type="search"
            placeholder="Filter by title, room or speaker"
            aria-label="Filter sessions"
            value={filter}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        )}
      </header>
      {live.status === 'error' && <p role="alert">Could not read your notes: {live.error}</p>}
      <ul class="tm-sessions">
        {shown.map((entry) => (
          <SessionRow
            key={entry.key}
            entry={entry}
            annotation={annotations.get(entry.key)}
            suggestions={suggestions}
            initiallyOpen={entry.key === page.focus || page.entries.length === 1}
          />
        ))}
      </ul>
    </main>
  );
}
