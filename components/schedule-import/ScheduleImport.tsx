import { useRef, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { parseSchedule, ScheduleError, type ParsedSchedule } from '../../lib/schedules';
import { storeSchedule, type StoredScheduleImport } from '../../lib/db/schedules';
import { importDiff, type ImportDiff } from '../../lib/db/import-diff';
import { ScheduleImportPreview } from './ScheduleImportPreview';
import { readFile, readUrl, type Source } from './read-source';
import { errorMessage } from '../../lib/util/errors';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; source: Source; parsed: ParsedSchedule; name: string; diff?: ImportDiff }
  | { step: 'error'; message: string }
  | { step: 'done'; name: string; result: StoredScheduleImport };

function describe(error: unknown, from: string): string {
  if (error instanceof ScheduleError) return `${from}${error.location ? `, ${error.location}` : ''}: ${error.problem}.`;
  return errorMessage(error);
}

/**
 * Import schedule: a file (sched all.ics, any ICS, frab/pretalx schedule.xml or .json, pretalx widget JSON, Sessionize
 * /view/All, Indico export) or its address. The file is read and checked whole first; nothing is stored until the
 * user confirms, and then all of it in one transaction.
 */
export function ScheduleImport() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [url, setUrl] = useState('');
  const [address, setAddress] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const parse = async (source: Source, zone?: string, name?: string) => {
    try {
      const parsed = parseSchedule(source.text, { address: source.address, fileName: source.fileName, timeZone: zone });
      // A file of a conference imported before is compared with it first: the preview lists what changed.
      const diff = await importDiff(getDb(), parsed);
      setState({ step: 'preview', source, parsed, name: name ?? parsed.conference.name, ...(diff ? { diff } : {}) });
    } catch (error) {
      setState({ step: 'error', message: `Nothing was imported. ${describe(error, source.from)}` });
    }
  };

  const read = async (load: () => Promise<Source>) => {
    setState({ step: 'reading' });
    try {
      await parse(await load());
    } catch (error) {
      setState({ step: 'error', message: `Nothing was imported. ${describe(error, 'The schedule')}` });
    }
  };

  const commit = async () => {
    if (state.step !== 'preview') return;
    const { source, parsed, name } = state;
    setState({ step: 'reading' });
    try {
      const result = await storeSchedule(getDb(), parsed, { from: source.from, name });
      setState({ step: 'done', name: name.trim() || parsed.conference.name, result });
    } catch (error) {
      setState({ step: 'error', message: `Nothing was imported. ${describe(error, source.from)}` });
    }
  };

  return (
    <section class="tm-import" aria-labelledby="tm-schedule-import-title">
      <h2 id="tm-schedule-import-title">Import schedule</h2>
      <p class="tm-muted">
        Star, rate, tag and note a conference’s sessions without its page: sched <code>all.ics</code>, any iCalendar file,
        frab / pretalx <code>schedule.xml</code> or <code>schedule.json</code>, pretalx <code>widget/v2.json</code>, Sessionize{' '}
        <code>/view/All</code>, Indico <code>export/event/&lt;id&gt;.json</code>.
      </p>
      <div class="tm-import-sources">
        <label class="tm-field">
          <span>Schedule file</span>
          <input
            ref={fileInput}
            type="file"
            accept=".ics,.xml,.json,text/calendar,application/xml,text/xml,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void read(() => readFile(file, address));
              e.currentTarget.value = '';
            }}
          />
        </label>
        <label class="tm-field">
          <span>Address it came from (Sessionize and pretalx widget files name their event only there)</span>
          <input type="url" value={address} placeholder="https://sessionize.com/api/v2/…/view/All" onInput={(e) => setAddress(e.currentTarget.value)} />
        </label>
        <form
          class="tm-field tm-url"
          onSubmit={(e) => {
            e.preventDefault();
            if (url.trim()) void read(() => readUrl(url));
          }}
        >
          <label>
            <span>or a schedule’s address</span>
            <input type="url" value={url} placeholder="https://…/schedule/export/schedule.json" onInput={(e) => setUrl(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={!url.trim() || state.step === 'reading'}>
            Fetch and read
          </button>
        </form>
      </div>
      <div aria-live="polite">
        {state.step === 'reading' && <p class="tm-muted">Reading…</p>}
        {state.step === 'error' && (
          <p class="tm-error" role="alert">
            {state.message}
          </p>
        )}
        {state.step === 'done' && (
          <p role="status">
            Imported {state.result.added + state.result.updated + state.result.unchanged} sessions of {state.name} ({state.result.added} new,{' '}
            {state.result.updated} updated, {state.result.unchanged} unchanged
            {state.result.changes ? `; ${state.result.changes} changes to your picks, listed under Changes` : ''}). They are listed under Imported schedules.
          </p>
        )}
      </div>
      {state.step === 'preview' && (
        <ScheduleImportPreview
          parsed={state.parsed}
          from={state.source.from}
          name={state.name}
          busy={false}
          onName={(name) => setState({ ...state, name })}
          diff={state.diff}
          onZone={(zone) => void parse(state.source, zone, state.name)}
          onImport={() => void commit()}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </section>
  );
}
