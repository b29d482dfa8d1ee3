import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  note: string;
  title: string;
  onSave: (note: string) => Promise<unknown>;
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

  // Changes from elsewhere show up unless the user is in the middle of typing here.
  useEffect(() => {
    if (!dirty.current) setDraft(note);
  }, [note]);

  const save = async () => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    setStatus('saving');
    try {
      await onSave(latest.current);
      setStatus('saved');
      setError('');
    } catch (e) {
      dirty.current = true;
      setStatus('error');
      setError(e instanceof Error ? e.message : String(e));
    }
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
