import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../lib/util/errors';
import { NotePreview } from './NotePreview';

interface Props {
  note: string;
  title: string;
  /** Saves `note`, written from `base` (the note as this editor last saw it); resolves with the note as stored. */
  onSave: (note: string, base: string) => Promise<string>;
  /** Quiet time after the last keystroke before saving. */
  delayMs?: number;
  /** Offers *Insert time* (button and Ctrl+Shift+;), putting this text (`[14:32]`) at the cursor. */
  stamp?: () => string;
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
export function NoteEditor({ note, title, onSave, delayMs = 400, stamp }: Props) {
  const [draft, setDraft] = useState(note);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState('');
  const [preview, setPreview] = useState(false);
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

  const edited = (value: string) => {
    setDraft(value);
    dirty.current = true;
    setStatus('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), delayMs);
  };
  const area = useRef<HTMLTextAreaElement>(null);
  const insertStamp = () => {
    const box = area.current;
    if (!box || !stamp) return;
    const { value } = box;
    // Pressed without having been in the note: the time starts a new line at the end.
    const inside = document.activeElement === box;
    const [from, to] = inside ? [box.selectionStart, box.selectionEnd] : [value.length, value.length];
    const before = value.slice(0, from);
    const lead = !before || /\s$/.test(before) ? '' : inside ? ' ' : '\n';
    const text = `${lead}${stamp()} `;
    box.value = before + text + value.slice(to);
    box.focus();
    box.setSelectionRange(from + text.length, from + text.length);
    edited(box.value);
  };

  return (
    <div class="tm-note">
      <textarea
        ref={area}
        value={draft}
        rows={4}
        placeholder="Notes (Markdown)"
        aria-label={`Notes on ${title}`}
        onInput={(e) => edited(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Ctrl+Shift+; as in spreadsheets, where it inserts the time.
          if (stamp && e.ctrlKey && e.shiftKey && e.code === 'Semicolon') {
            e.preventDefault();
            insertStamp();
          }
        }}
        onBlur={() => void save()}
      />
      {stamp && (
        <button
          type="button"
          class="tm-stamp"
          aria-label={`Insert time into notes on ${title}`}
          // Keeps the cursor (and the selection) in the note.
          onMouseDown={(e) => e.preventDefault()}
          onClick={insertStamp}
        >
          Insert time
        </button>
      )}
      <button type="button" class="tm-preview-toggle" aria-pressed={preview} aria-label={`Preview notes on ${title}`} onClick={() => setPreview(!preview)}>
        Preview
      </button>
      <span class={`tm-status ${status}`} role="status">
        {status === 'error' ? `${statusText.error}: ${error}` : statusText[status]}
      </span>
      {preview && <NotePreview note={draft} title={title} />}
    </div>
  );
}
