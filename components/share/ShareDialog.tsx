import { useEffect, useState } from 'preact/hooks';
import type { Conference } from '../../lib/model/schema';
import { shareFileText, shareFilename } from '../../lib/share/build';
import { defaultInclude, type ShareInclude } from '../../lib/model/shared-picks';
import { CHAT_LINK_CHARS } from '../../lib/share/limits';
import { includedText, initials, journalText, picksText } from '../../lib/share/words';
import { ConferenceSelect } from '../ui/ConferenceSelect';
import { Dialog } from '../ui/Dialog';
import { downloadText } from '../ui/download';
import { copyText } from '../ui/clipboard';
import { loadShareProfile, saveShareName, type ShareProfile } from './share-profile';
import { useShare } from './use-share';
import './share.css';
import { errorMessage } from '../../lib/util/errors';

interface Props {
  conferences: readonly Conference[];
  initial: string;
  onClose: () => void;
}

const fields: [keyof ShareInclude, string][] = [
  ['stars', 'Stars'],
  ['ratings', 'Ratings'],
  ['tags', 'Tags'],
  ['notes', 'Notes and journal (they may be private: off unless you tick it)'],
];

/** Share my picks: a link to the schedule with the picks in its fragment, or a small file for long ones. */
export function ShareDialog({ conferences, initial, onClose }: Props) {
  const [chosen, setChosen] = useState(initial);
  const [include, setInclude] = useState<ShareInclude>(defaultInclude);
  const [profile, setProfile] = useState<ShareProfile>();
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const conference = conferences.find((c) => c.id === chosen) ?? conferences[0]!;
  const state = useShare(conference, include, name, profile?.sharer);

  useEffect(() => {
    loadShareProfile().then(
      // A name typed before the profile was read wins over the stored one.
      (p) => (setProfile(p), setName((typed) => typed || p.name)),
      (e: unknown) => setStatus(`Could not read who you are for sharing: ${errorMessage(e)}`),
    );
  }, []);

  const remember = () => profile && void saveShareName(profile, name).catch(() => undefined);
  const copy = (link: string) =>
    copyText(link).then(
      () => (remember(), setStatus('Link copied. Paste it into a chat or mail to your colleagues.')),
      (e: unknown) => setStatus(`Could not copy (${errorMessage(e)}): select the link and copy it, or download the file.`),
    );
  const download = () => {
    if (state.status !== 'ready') return;
    downloadText(shareFilename(state.share), shareFileText(state.share), 'application/json');
    remember();
    setStatus('File downloaded. Colleagues open it on their Talkmarks dashboard, under “Colleagues”.');
  };
  const long = state.status === 'ready' && !!state.link && state.link.length > CHAT_LINK_CHARS;

  return (
    <Dialog
      class="tm-dialog tm-share"
      titleId="tm-share-title"
      title="Share my picks"
      status={status}
      onClose={onClose}
      actions={
        <>
          <button type="button" disabled={state.status !== 'ready' || !state.link} onClick={() => state.status === 'ready' && state.link && void copy(state.link)}>
            Copy link
          </button>
          <button type="button" disabled={state.status !== 'ready'} onClick={download}>
            Download .talkmarks.json
          </button>
        </>
      }
    >
      {conferences.length > 1 && <ConferenceSelect conferences={conferences} value={conference.id} onChange={setChosen} />}
      <fieldset>
        <legend>What to share</legend>
        {fields.map(([key, label]) => (
          <label key={key} class="tm-check">
            <input type="checkbox" checked={include[key]} onChange={(e) => setInclude({ ...include, [key]: e.currentTarget.checked })} />
            {label}
          </label>
        ))}
      </fieldset>
      <label class="tm-field">
        <span>Your name, as colleagues see it</span>
        <input value={name} maxLength={60} autoComplete="name" onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      {state.status === 'unnamed' && <p class="tm-hint">Type your name: colleagues see it beside your picks.</p>}
      {state.status === 'invalid' && <p class="tm-error" role="alert">{state.error}</p>}
      {state.status === 'ready' && (
        <>
          <p class="tm-hint" data-testid="tm-share-summary">
            {picksText(state.share.picks.length)} of {conference.name}, with {includedText(include)}
            {state.share.journal && ` and your journal (${journalText(state.share.journal)})`}; shown to colleagues as “
            {initials(state.share.from)}”.
          </p>
          <label class="tm-share-link">
            <span>Link ({state.link ? `${state.link.length.toLocaleString('en')} characters` : 'packing…'})</span>
            <textarea readOnly rows={3} value={state.link ?? ''} onFocus={(e) => e.currentTarget.select()} />
          </label>
          {long && <p class="tm-hint">This link is long for a chat message: send the file instead, or share fewer things.</p>}
        </>
      )}
    </Dialog>
  );
}
