import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReminderSettings } from '../../lib/model/reminders';
import { loadReminderSettings, REMINDER_SETTINGS_KEY, saveReminderSettings } from '../../lib/protocol/reminder-settings';
import { errorMessage } from '../../lib/util/errors';

const LEADS = [1, 2, 5, 10, 15, 20, 30, 45, 60];
type LeadField = 'must' | 'starred' | 'own';
const leadLabels: Record<LeadField, string> = {
  must: 'Must-see talks',
  starred: 'Other starred talks',
  own: 'Your own items',
};

/** The settings as stored, following changes made in another window. */
function useReminderSettings(): ReminderSettings | undefined {
  const [settings, setSettings] = useState<ReminderSettings>();
  useEffect(() => {
    const abort = new AbortController();
    const read = () => void loadReminderSettings().then((s) => !abort.signal.aborted && setSettings(s));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && REMINDER_SETTINGS_KEY in changes) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    abort.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
    read();
    return () => abort.abort();
  }, []);
  return settings;
}

/** Reminders before planned talks: one switch, a lead time per kind (or none), and only on event days. */
export function ReminderSettingsForm() {
  const settings = useReminderSettings();
  const [error, setError] = useState('');
  if (!settings) return null;
  const change = (patch: Partial<ReminderSettings>) =>
    void saveReminderSettings({ ...settings, ...patch }).then(() => setError(''), (e: unknown) => setError(errorMessage(e)));
  return (
    <fieldset class="tm-reminders">
      <legend>Reminders</legend>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={(e) => change({ enabled: e.currentTarget.checked })} /> Remind me
        before my planned talks and items (a system notification)
      </label>
      {(Object.keys(leadLabels) as LeadField[]).map((field) => (
        <label key={field}>
          {leadLabels[field]}{' '}
          <select
            disabled={!settings.enabled}
            value={settings[field] === null ? '' : String(settings[field])}
            onChange={(e) => change({ [field]: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}
          >
            <option value="">no reminder</option>
            {LEADS.map((m) => (
              <option key={m} value={String(m)}>
                {m} min before
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        <input
          type="checkbox"
          disabled={!settings.enabled}
          checked={settings.eventDaysOnly}
          onChange={(e) => change({ eventDaysOnly: e.currentTarget.checked })}
        />{' '}
        Only on days I have starred talks of that conference
      </label>
      {error && <p role="alert">Could not save: {error}</p>}
    </fieldset>
  );
}
