import { useMemo, useState } from 'preact/hooks';
import { annotationsOf, tagCounts } from '../../lib/db/annotations';
import { getDb } from '../../lib/db/database';
import { loadPlan } from '../../lib/db/plan';
import { byTime } from '../../lib/model/display';
import type { Annotation, ScheduleEntry } from '../../lib/model/schema';
import { offerFor, type OfferReason } from '../../lib/plan/offer';
import { useClock } from '../hooks/use-clock';
import { useLive } from '../hooks/use-live';
import { LiveNowNext } from '../plan/NowNext';
import { SessionRow } from '../session/SessionRow';
import { useFollowedTab } from './use-followed-tab';
import { usePinnedOffer } from './use-pinned-offer';
import { useReminded } from './use-reminded';
import { TodayJournal } from './TodayJournal';
import { zoneOf } from '../../lib/model/display';
import { browserZone } from '../../lib/util/zones';

const reasons: Record<OfferReason, string> = {
  reminder: 'The talk of your reminder',
  page: 'The session of this tab',
  now: 'On now in your plan',
  next: 'Next in your plan',
};

const now = () => Date.now();
/** Rows of a schedule page shown before *Show all*. */
const FIRST_ROWS = 100;

/**
 * The side panel: stays open beside the slides or the stream. It shows the session of the tab's session page, else
 * the planned talk on now (then next), else the sessions of the tab's schedule page, with the popup's editor.
 */
export function SidePanelApp() {
  const tab = useFollowedTab();
  const plan = useLive(() => loadPlan(getDb()), []);
  const time = useClock(now, 15_000);
  const page = tab.status === 'ready' ? tab.page : undefined;
  const focus = page?.focus ? page.entries.find((e) => e.key === page.focus) : undefined;
  const reminded = useReminded();
  const offer = useMemo(() => {
    const items = plan.status === 'ready' ? plan.value : [];
    // A reminder just clicked names the talk to take notes on, whatever the tab shows.
    const talk = reminded && items.find((i) => i.id === reminded)?.entry;
    return talk ? { entry: talk, why: 'reminder' as const } : offerFor(focus, items, time);
  }, [focus, plan, time, reminded]);
  const { shown, next, takeNext, pin } = usePinnedOffer(offer);
  const conference = shown?.entry.conference ?? page?.conference.id;
  const live = useLive(() => (conference ? annotationsOf(getDb(), conference) : Promise.resolve([])), [conference]);
  const tags = useLive(() => tagCounts(getDb()), []);
  const annotations = new Map(live.status === 'ready' ? live.value.map((a) => [a.key, a]) : []);
  const suggestions = tags.status === 'ready' ? tags.value.map(([t]) => t) : [];
  const someEntry = shown?.entry ?? page?.entries[0];
  const zone = page?.conference.timeZone ?? (someEntry ? zoneOf(someEntry) : browserZone());

  if (tab.status === 'loading') return <p class="tm-muted">Reading this tab…</p>;
  return (
    <main class="tm-popup tm-sidepanel">
      <h1>Talkmarks</h1>
      {next && (
        <button type="button" class="tm-next-offer" onClick={takeNext}>
          Next: {next.entry.title}
        </button>
      )}
      {shown ? (
        <section aria-label={reasons[shown.why]} onInput={pin}>
          <h2>{reasons[shown.why]}</h2>
          <ul class="tm-sessions">
            <SessionRow
              key={shown.entry.key}
              entry={shown.entry}
              annotation={annotations.get(shown.entry.key)}
              suggestions={suggestions}
              initiallyOpen
              stampClock={now}
            />
          </ul>
        </section>
      ) : page ? (
        <PageList entries={page.entries} annotations={annotations} suggestions={suggestions} name={page.conference.name} />
      ) : (
        <>
          <LiveNowNext />
          <p>This tab shows no schedule Talkmarks reads, and nothing in your plan is on now or next.</p>
        </>
      )}
      {conference && <TodayJournal conference={conference} zone={zone} now={time} clock={now} />}
    </main>
  );
}

interface ListProps {
  name: string;
  entries: readonly ScheduleEntry[];
  annotations: ReadonlyMap<string, Annotation>;
  suggestions: readonly string[];
}

/** The sessions of the tab's schedule page, starred first, as in the popup. */
function PageList({ name, entries, annotations, suggestions }: ListProps) {
  const [all, setAll] = useState(false);
  const sorted = [...entries].sort(
    (a, b) => Number(!!annotations.get(b.key)?.starred) - Number(!!annotations.get(a.key)?.starred) || byTime(a, b),
  );
  // A narrow panel beside a talk: the first rows at once, a whole 2,000-session day only when asked for.
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS);
  return (
    <section aria-label={`Sessions of this page: ${name}`}>
      <h2>{name}</h2>
      <ul class="tm-sessions">
        {shown.map((entry) => (
          <SessionRow key={entry.key} entry={entry} annotation={annotations.get(entry.key)} suggestions={suggestions} stampClock={now} />
        ))}
      </ul>
      {shown.length < sorted.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {sorted.length.toLocaleString('en')} sessions
        </button>
      )}
    </section>
  );
}
