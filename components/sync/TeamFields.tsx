import { getDb } from '../../lib/db/database';
import { storedConferences } from '../../lib/db/conferences';
import { defaultInclude, type ShareInclude } from '../../lib/model/shared-picks';
import type { TeamSettings } from '../../lib/model/sync';
import { ConferenceSelect } from '../ui/ConferenceSelect';
import { useLive } from '../hooks/use-live';

const includeLabels: Record<keyof ShareInclude, string> = { stars: 'Stars', ratings: 'Ratings', tags: 'Tags', notes: 'Notes' };

interface Props {
  team: TeamSettings | undefined;
  onChange: (team: TeamSettings | undefined) => void;
}

/**
 * The optional team folder: where the team's files are, the name this member publishes under, which conference's
 * picks and what of them (notes only when ticked, as in Share picks), and the team's own passphrase.
 */
export function TeamFields({ team, onChange }: Props) {
  const conferences = useLive(() => storedConferences(getDb()), []);
  const list = conferences.status === 'ready' ? conferences.value : [];
  const set = (change: Partial<TeamSettings>) => team && onChange({ ...team, ...change });
  const text = (field: 'folder' | 'name' | 'passphrase', label: string, secret = false) => (
    <label>
      {label}
      <input type={secret ? 'password' : 'text'} autocomplete={secret ? 'new-password' : 'off'} value={team?.[field] ?? ''} onInput={(e) => set({ [field]: e.currentTarget.value })} />
    </label>
  );
  return (
    <fieldset class="tm-sync-team">
      <legend>
        <label>
          <input
            type="checkbox"
            checked={!!team}
            onChange={(e) => onChange(e.currentTarget.checked ? { folder: 'team', name: '', conference: list[0]?.id ?? '', include: defaultInclude, passphrase: '' } : undefined)}
          />
          Also publish to a team folder
        </label>
      </legend>
      {team && (
        <>
          <p class="tm-muted">
            Each member's picks of one conference, as <code>&lt;name&gt;.talkmarks.json</code> in a folder the team shares
            on this server; everyone else's file becomes a colleague layer, refreshed at each sync.
          </p>
          {text('folder', 'Team folder')}
          {text('name', 'Your name in the team')}
          <ConferenceSelect conferences={list} value={team.conference} onChange={(conference) => set({ conference })} />
          <div role="group" aria-label="Publish">
            {(Object.keys(includeLabels) as (keyof ShareInclude)[]).map((flag) => (
              <label key={flag}>
                <input type="checkbox" checked={team.include[flag]} onChange={(e) => set({ include: { ...team.include, [flag]: e.currentTarget.checked } })} />
                {includeLabels[flag]}
              </label>
            ))}
          </div>
          {text('passphrase', 'Team passphrase (optional)', true)}
        </>
      )}
    </fieldset>
  );
}
