import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { getDb } from '../../lib/db/database';
import { forgetSyncSettings, saveSyncSettings } from '../../lib/db/sync';
import { sitePattern, syncSites } from '../../lib/background/site-scripts';
import { SyncSettings, type ConnectionTest } from '../../lib/model/sync';
import { send } from '../../lib/protocol/send';
import { errorMessage } from '../../lib/util/errors';
import { TeamFields } from './TeamFields';

type Field = Exclude<keyof SyncSettings, 'team'>;
const labels: Record<Field, string> = { url: 'Server address', folder: 'Folder', user: 'User name', password: 'App password', passphrase: 'Encryption passphrase (optional)' };
const empty: SyncSettings = { url: '', folder: 'talkmarks', user: '', password: '', passphrase: '' };

/**
 * The server, folder, user and app password, with Test connection and Save. Saving asks the browser for access to
 * that one origin, in the click itself (the browser wants a user gesture), as "Annotate this site" does.
 */
export function SyncSettingsForm({ stored }: { stored: SyncSettings | undefined }) {
  const [form, setForm] = useState<SyncSettings>({ ...empty, ...stored });
  const [message, setMessage] = useState<ConnectionTest>();
  const [busy, setBusy] = useState(false);

  const parsed = () => {
    const result = SyncSettings.safeParse(form);
    if (!result.success) setMessage({ ok: false, message: z.prettifyError(result.error).replace(/→ at /g, '') });
    return result.success ? result.data : undefined;
  };
  const act = async (work: () => Promise<ConnectionTest>) => {
    setBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ ok: false, message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  const test = () => {
    const settings = parsed();
    if (settings) void act(() => send({ type: 'sync/test', settings }));
  };
  const create = () => {
    const settings = parsed();
    if (settings) void act(() => send({ type: 'sync/create-folder', settings }));
  };
  const save = () => {
    const settings = parsed();
    const pattern = settings && sitePattern(settings.url);
    if (!settings || !pattern) return;
    // Asked first, inside the click: after an await the browser may no longer count it as the user's gesture.
    const asked = browser.permissions.request({ origins: [pattern] });
    void act(async () => {
      if (!(await asked)) return { ok: false, message: `Not saved: access to ${new URL(settings.url).host} was not allowed.` };
      await saveSyncSettings(getDb(), settings);
      // The server's origin is for syncing, not a site to annotate: its page script, if just registered, goes.
      await syncSites();
      return { ok: true, message: 'Saved. Talkmarks syncs every few minutes and shortly after each change.' };
    });
  };
  const forget = () =>
    void act(async () => {
      const pattern = stored && sitePattern(stored.url);
      await forgetSyncSettings(getDb());
      if (pattern) await browser.permissions.remove({ origins: [pattern] });
      setForm(empty);
      return { ok: true, message: 'Sync stopped: the server and password are forgotten here. Your notes stay.' };
    });

  return (
    <form class="tm-sync-form" onSubmit={(e) => (e.preventDefault(), save())}>
      {(Object.keys(labels) as Field[]).map((field) => (
        <label key={field}>
          {labels[field]}
          <input
            name={field}
            type={field === 'password' || field === 'passphrase' ? 'password' : field === 'url' ? 'url' : 'text'}
            autocomplete={field === 'password' ? 'current-password' : field === 'passphrase' ? 'new-password' : field === 'user' ? 'username' : 'off'}
            placeholder={field === 'url' ? 'https://cloud.example.org/remote.php/dav/files/you/' : undefined}
            value={form[field] ?? ''}
            onInput={(e) => setForm({ ...form, [field]: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      ))}
      <p class="tm-muted">
        With a passphrase, the device files are encrypted here before upload: the server sees only ciphertext. Every
        browser syncing this folder needs the same passphrase; it stays in this browser's database, like the password.
      </p>
      <TeamFields team={form.team} onChange={(team) => setForm(({ team: _old, ...rest }) => (team ? { ...rest, team } : rest))} />
      <div class="tm-actions">
        <button type="button" onClick={test} disabled={busy}>Test connection</button>
        <button type="submit" disabled={busy}>Save and allow access</button>
        {stored && <button type="button" onClick={forget} disabled={busy}>Stop syncing</button>}
      </div>
      {message && (
        <p class={message.ok ? 'tm-muted' : 'tm-error'} role={message.ok ? 'status' : 'alert'}>
          {message.message}
          {message.missingFolder && (
            <button type="button" onClick={create} disabled={busy}>Create the folder</button>
          )}
        </p>
      )}
    </form>
  );
}
