import { localDate, localTime } from '../../lib/util/time';
import { JournalEditor } from '../journal/JournalEditor';

/** Today's journal of the conference the panel shows, today being the event-local day. */
export function TodayJournal({ conference, zone, now, clock }: { conference: string; zone: string; now: number; clock: () => number }) {
  const day = localDate(new Date(now).toISOString(), zone);
  return (
    <JournalEditor
      key={day}
      conference={conference}
      day={day}
      heading="Today’s journal"
      stamp={() => `[${localTime(new Date(clock()).toISOString(), zone)}]`}
    />
  );
}
