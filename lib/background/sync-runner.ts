import { browser } from 'wxt/browser';
import type { TalkmarksDb } from '../db/database';
import { saveSyncStatus, syncSettings, syncStatus } from '../db/sync';
import type { Annotation } from '../model/schema';
import type { SyncSettings, SyncStatus } from '../model/sync';
import { syncOnce } from '../sync/run';
import { syncTeam } from '../sync/team';
import { shareProfile } from '../db/share-profile';
import { pushLayersToTabs } from './push-layers';
import { errorMessage } from '../util/errors';
import { sitePattern } from './site-scripts';

export interface SyncRunnerDeps {
  db: () => TalkmarksDb;
  push: (annotations: Annotation[]) => Promise<void>;
  /** Whether the user granted access to the server's origin (tests give their own). */
  mayReach?: (settings: SyncSettings) => Promise<boolean>;
  /** This profile's sharer id, the one its share links carry (tests give their own). */
  sharer?: (db: TalkmarksDb) => Promise<string>;
}

const profileSharer = async (db: TalkmarksDb) => (await shareProfile(db, browser.storage.local)).sharer;

/** The team folder after the device files: its failure is told in the status, the device sync stands. */
async function teamProblems(db: TalkmarksDb, settings: SyncSettings, sharer: string): Promise<{ colleagues?: number; problems: string[] }> {
  if (!settings.team) return { problems: [] };
  try {
    const report = await syncTeam(db, settings, settings.team, sharer, Date.now());
    await Promise.all([...new Set(report.conferences)].map((c) => pushLayersToTabs(db, c)));
    return { colleagues: report.colleagues, problems: report.problems };
  } catch (error) {
    return { problems: [`Team folder: ${errorMessage(error)}`] };
  }
}

async function granted(settings: SyncSettings): Promise<boolean> {
  const pattern = sitePattern(settings.url);
  return !!pattern && browser.permissions.contains({ origins: [pattern] });
}

/**
 * Runs one sync at a time (alarm, a change, Sync now): a second request while one runs gets the same result.
 * Every outcome is stored for the dashboard, a failure in words, with the last success kept.
 */
export function createSyncRunner({ db, push, mayReach = granted, sharer = profileSharer }: SyncRunnerDeps): () => Promise<SyncStatus | null> {
  let running: Promise<SyncStatus | null> | undefined;
  const run = async (): Promise<SyncStatus | null> => {
    const settings = await syncSettings(db());
    if (!settings) return null;
    const at = Date.now();
    const before = await syncStatus(db());
    let status: SyncStatus;
    try {
      if (!(await mayReach(settings))) {
        throw new Error(`Talkmarks may not reach ${new URL(settings.url).host} yet: press “Save and allow access” in Sync settings.`);
      }
      const report = await syncOnce(db(), settings);
      if (report.changed.length) await push(report.changed);
      const team = await teamProblems(db(), settings, await sharer(db()));
      const problems = [...report.problems, ...team.problems];
      const error = problems.length ? problems.join(' ') : undefined;
      const colleagues = team.colleagues === undefined ? {} : { colleagues: team.colleagues };
      status = { at, ok: !error, received: report.received, sent: report.sent, devices: report.devices, ...colleagues, lastSuccess: at, ...(error ? { error } : {}) };
    } catch (error) {
      status = { at, ok: false, received: 0, sent: 0, devices: before?.devices ?? 0, error: errorMessage(error), ...(before?.lastSuccess ? { lastSuccess: before.lastSuccess } : {}) };
    }
    await saveSyncStatus(db(), status);
    return status;
  };
  return () => (running ??= run().finally(() => (running = undefined)));
}
