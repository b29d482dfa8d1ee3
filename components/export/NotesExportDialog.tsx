import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { loadExportSources } from '../../lib/db/export-sources';
import { noteNames, notesSettings, rememberNoteNames, saveNotesSettings } from '../../lib/db/notes-export';
import { NOTE_KINDS, type NoteKind } from '../../lib/export/kb/defaults';
import { FLAVOURS, flavourNames, type Flavour } from '../../lib/export/kb/flavours';
import { firstNote, renderNotes } from '../../lib/export/kb/render';
import { templatesOf, withTemplate, type NotesSettings } from '../../lib/export/kb/settings';
import { compileTemplate } from '../../lib/export/kb/template-render';
import { TemplateError } from '../../lib/export/kb/template-parse';
import { zipFiles } from '../../lib/export/kb/zip';
import type { Conference } from '../../lib/model/schema';
import { errorMessage } from '../../lib/util/errors';
import { useLive } from '../hooks/use-live';
import { Dialog } from '../ui/Dialog';
import { downloadBytes } from '../ui/download';
import { Check, ConferenceChecks, Select } from './Choices';
import { TemplateEditor } from './TemplateEditor';
import { useDebounced } from './use-debounced';
import './export.css';

interface Props {
  conferences: readonly Conference[];
  initial: readonly string[];
  onClose: () => void;
}

/** `talkmarks-notes-kccnceu2026-obsidian.zip`; `export` for several conferences. */
function zipName(chosen: readonly Conference[], flavour: Flavour): string {
  const name = chosen.length === 1 ? chosen[0]!.event.replace(/[^A-Za-z0-9._-]+/g, '-') : 'export';
  return `talkmarks-notes-${name}-${flavour}.zip`;
}

function problemOf(text: string, flavour: Flavour): string | undefined {
  try {
    compileTemplate(text, flavour === 'logseq' ? 'property' : 'yaml');
    return undefined;
  } catch (e) {
    return e instanceof TemplateError ? e.message : errorMessage(e);
  }
}

/** "Export for notes app": a zip of one note per talk, per day and per conference, with editable templates. */
export function NotesExportDialog({ conferences, initial, onClose }: Props) {
  const [settings, setSettings] = useState<NotesSettings>();
  const [kind, setKind] = useState<NoteKind>('talk');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<string[]>([...initial]);
  const data = useLive(() => loadExportSources(getDb(), chosen), [chosen.join('\n')]);
  const names = useLive(() => noteNames(getDb()), []);
  const sources = data.status === 'ready' ? data.value : [];
  const earlier = names.status === 'ready' ? names.value : new Map<string, string>();

  useEffect(() => {
    notesSettings(getDb()).then(setSettings, (e: unknown) => setStatus(`Could not read the notes export settings: ${errorMessage(e)}`));
  }, []);

  const change = (next: NotesSettings) => {
    setSettings(next);
    saveNotesSettings(getDb(), next).catch((e: unknown) => setStatus(`These settings could not be saved: ${errorMessage(e)}`));
  };

  const templates = settings && templatesOf(settings);
  const problems = useMemo(
    () => (settings && templates ? NOTE_KINDS.map((k) => [k, problemOf(templates[k], settings.flavour)] as const).filter(([, p]) => p) : []),
    [settings],
  );
  const settled = useDebounced(settings, 150);
  const preview = useMemo(() => {
    if (!settled || problems.length) return undefined;
    // The settled settings can lag the ones checked above by a keystroke: a template broken then shows no preview.
    try {
      return firstNote(sources, { flavour: settled.flavour, templates: templatesOf(settled) }, earlier, kind);
    } catch {
      return undefined;
    }
  }, [sources, settled, earlier, kind, problems.length]);
  const ready = settings !== undefined && data.status === 'ready' && names.status === 'ready' && chosen.length > 0 && !problems.length && !busy;

  const download = async () => {
    setBusy(true);
    try {
      const out = renderNotes(sources, { flavour: settings!.flavour, templates: templatesOf(settings!), onlyNew: settings!.onlyNew }, earlier);
      downloadBytes(zipName(sources.map((s) => s.conference), settings!.flavour), await zipFiles(out.files), 'application/zip');
      await rememberNoteNames(getDb(), out.names);
      setStatus(`Zip downloaded: ${out.files.length} files for ${out.talks} ${out.talks === 1 ? 'talk' : 'talks'}.`);
    } catch (e) {
      setStatus(`Could not make the zip: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog class="tm-export tm-notes-export" titleId="tm-notes-heading" title="Export for notes app" header="tm-export-head" onClose={onClose}>
      <div class="tm-export-body">
        <div class="tm-export-side">
          <ConferenceChecks conferences={conferences} chosen={chosen} onChange={setChosen} />
          {settings && templates ? (
            <>
              <Select label="Notes app" value={settings.flavour} options={FLAVOURS.map((f) => [f, flavourNames[f]] as const)} onChange={(flavour) => change({ ...settings, flavour })} />
              <Check
                label="Only talks not exported before (keeps notes you edited in the app)"
                checked={settings.onlyNew}
                onChange={(onlyNew) => change({ ...settings, onlyNew })}
              />
              <TemplateEditor
                flavour={settings.flavour}
                kind={kind}
                text={templates[kind]}
                error={problems.find(([k]) => k === kind)?.[1]}
                onKind={setKind}
                onChange={(text) => change(withTemplate(settings, kind, text))}
              />
            </>
          ) : (
            <p class="tm-muted">Loading settings…</p>
          )}
        </div>
        <div class="tm-export-main">
          {data.status === 'error' && <p role="alert">Could not read your notes: {data.error}</p>}
          <section class="tm-export-preview" aria-label="Preview">
            <p class="tm-hint">{preview ? preview.path : chosen.length ? 'Nothing annotated to preview.' : 'Choose at least one conference.'}</p>
            <pre tabIndex={0} aria-label="Note preview">
              {preview?.text ?? ''}
            </pre>
          </section>
          {problems.some(([k]) => k !== kind) && <p class="tm-hint">Another template does not parse: fix it before downloading.</p>}
          <div class="tm-export-actions">
            <button type="button" onClick={() => void download()} disabled={!ready}>
              Download zip
            </button>
          </div>
          <p class="tm-status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </div>
    </Dialog>
  );
}
