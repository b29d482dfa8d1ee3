import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { exportFilename } from '../../lib/export/filenames';
import { planCalendar, type CalendarOptions } from '../../lib/export/ics';
import { loadExportSources } from '../../lib/db/export-sources';
import { renderMarkdown } from '../../lib/export/markdown';
import type { MarkdownOptions } from '../../lib/export/options';
import { selectSessions } from '../../lib/export/select';
import type { ExportSource } from '../../lib/export/source';
import type { Conference } from '../../lib/model/schema';
import { Dialog } from '../ui/Dialog';
import { downloadText } from '../ui/download';
import { useLive } from '../hooks/use-live';
import { CalendarSection } from './CalendarSection';
import { ConferenceChecks } from './Choices';
import { copyText } from '../ui/clipboard';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportPreview } from './ExportPreview';
import { NotesButton } from './NotesButton';
import { loadSavedOptions, saveOptions } from './saved-options';
import { useDebounced } from './use-debounced';
import './export.css';
import { errorMessage } from '../../lib/util/errors';

interface Props {
  /** Conferences the user can choose from, and those chosen at first. */
  conferences: readonly Conference[];
  initial: readonly string[];
  onClose: () => void;
}

/** The export dialog: options on one side, a live preview on the other; copy, download, calendar. */
export function ExportDialog({ conferences, initial, onClose }: Props) {
  const [options, setOptions] = useState<MarkdownOptions>();
  const [notice, setNotice] = useState('');
  const [status, setStatus] = useState('');
  const [chosen, setChosen] = useState<string[]>([...initial]);
  const [alternatives, setAlternatives] = useState<CalendarOptions['alternatives']>('leave-out');
  const data = useLive(() => loadExportSources(getDb(), chosen), [chosen.join('\n')]);
  const sources: ExportSource[] = data.status === 'ready' ? data.value : [];

  useEffect(() => {
    loadSavedOptions().then(
      ({ options, reset }) => {
        setOptions(options);
        if (reset.length) setNotice(`Some saved export options could not be read and were reset: ${reset.join(', ')}.`);
      },
      (e: unknown) => setNotice(`Saved export options could not be read (${errorMessage(e)}); starting from the highlights preset.`),
    );
  }, []);

  const change = (next: MarkdownOptions) => {
    setOptions(next);
    saveOptions(next).catch((e: unknown) => setStatus(`These options could not be saved for next time: ${errorMessage(e)}`));
  };

  // The preview follows the options once they settle; copy and download always render from the latest ones.
  const settled = useDebounced(options, 150);
  const preview = useMemo(() => (settled ? renderMarkdown(sources, settled) : ''), [sources, settled]);
  const count = useMemo(() => (settled ? sources.reduce((n, s) => n + selectSessions(s.sessions, settled).length, 0) : 0), [sources, settled]);
  const calendar = useMemo(() => planCalendar(sources, Date.now(), { alternatives }), [sources, alternatives]);
  const tags = useMemo(() => [...new Set(sources.flatMap((s) => s.sessions.flatMap((x) => x.annotation.tags)))].sort(), [sources]);
  const chosenConferences = sources.map((s) => s.conference);
  const ready = options !== undefined && data.status === 'ready' && chosen.length > 0;

  const copy = () =>
    copyText(renderMarkdown(sources, options!)).then(
      () => setStatus('Copied the Markdown to the clipboard.'),
      (e: unknown) => setStatus(`Could not copy: ${errorMessage(e)}. Download the file instead.`),
    );
  const download = () => {
    downloadText(exportFilename(chosenConferences, 'md'), renderMarkdown(sources, options!), 'text/markdown');
    setStatus('Markdown file downloaded.');
  };
  const downloadCalendar = () => {
    downloadText(exportFilename(chosenConferences, 'ics'), planCalendar(sources, Date.now(), { alternatives }).text, 'text/calendar');
    setStatus('Calendar file downloaded.');
  };

  return (
    <Dialog class="tm-export" titleId="tm-export-heading" title="Export" header="tm-export-head" onClose={onClose}>
      {notice && <p class="tm-hint">{notice}</p>}
      {data.status === 'error' && <p role="alert">Could not read your notes: {data.error}</p>}
      <div class="tm-export-body">
        <div class="tm-export-side">
          <ConferenceChecks conferences={conferences} chosen={chosen} onChange={setChosen} />
          {options ? <ExportOptionsForm options={options} tags={tags} onChange={change} /> : <p class="tm-muted">Loading options…</p>}
        </div>
        <div class="tm-export-main">
          {chosen.length === 0 ? <p>Choose at least one conference.</p> : <ExportPreview markdown={preview} sessions={count} />}
          <div class="tm-export-actions">
            <button type="button" onClick={() => void copy()} disabled={!ready}>
              Copy Markdown
            </button>
            <button type="button" onClick={download} disabled={!ready}>
              Download Markdown
            </button>
            <NotesButton conferences={conferences} initial={chosen} label="Export for notes app…" />
          </div>
          {chosen.length > 0 && data.status === 'ready' && <CalendarSection calendar={calendar} alternatives={alternatives} onAlternatives={setAlternatives} onDownload={downloadCalendar} />}
          <p class="tm-status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </div>
    </Dialog>
  );
}
