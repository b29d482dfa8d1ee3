import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../lib/util/errors';

interface Props {
  note: string;
  title: string;
  /** Saves `note`, written from `base` (the note as this editor last saw it); resolves with the note as stored. */
  onSave: (note: string, base: string) => Promise<string>;
  /** Quiet time after the last keystroke before saving. */
  delayMs?: number;
}

type Status = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
const statusText: Record<Status, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

/** A Markdown note that saves itself shortly after typing stops, and at once when focus leaves. */
export function NoteEditor({ note, title, onSave, delayMs = 400 }: Props) {
  const [draft, setDraft] = useState(note);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const dirty = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;
  // What this editor last saw stored: an edit elsewhere since then is merged, not overwritten (see PatchBase).
  const base = useRef(note);
  // Saves run one after another, so each starts from the note the previous one stored.
  const saving = useRef(Promise.resolve());

  // Changes from elsewhere show up unless the user is in the middle of typing here.
  useEffect(() => {
    if (dirty.current) return;
    setDraft(note);
    base.current = note;
  }, [note]);

  const saveNow = async () => {
    if (!dirty.current) return;
    dirty.current = false;
    setStatus('saving');
    try {
      const stored = await onSave(latest.current, base.current);
      base.current = stored;
      if (!dirty.current && stored !== latest.current) setDraft(stored);
      setStatus('saved');
      setError('');
    } catch (e) {
      dirty.current = true;
      setStatus('error');
      setError(errorMessage(e));
    }
  };
  const save = () => {
    clearTimeout(timer.current);
    saving.current = saving.current.then(saveNow);
    return saving.current;
  };

  useEffect(() => () => void save(), []);

  return (
    <div class="tm-note">
      <textarea
        value={draft}
        rows={4}
        placeholder="Notes (Markdown)"
        aria-label={`Notes on ${title}`}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          dirty.current = true;
          setStatus('pending');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), delayMs);
        }}
        onBlur={() => void save()}
      />
      <span class={`tm-status ${status}`} role="status">
        {status === 'error' ? `${statusText.error}: ${error}` : statusText[status]}
      </span>
    </div>
  );
}
