import type { TalkmarksDb } from './database';
import { hasTable } from './database';
import { ClocksRow, PeersRow, SettingsRow, StatusRow, TeamRow, type ClocksRow as Clocks, type PeersRow as Peers } from './sync-rows';
import type { SyncSettings, SyncStatus } from '../model/sync';

/** The sync server, if the user set one. A row that does not read back counts as none. */
export async function syncSettings(db: TalkmarksDb): Promise<SyncSettings | undefined> {
  if (!hasTable(db, 'sync')) return undefined;
  const parsed = SettingsRow.safeParse(await db.sync.get('settings'));
  return parsed.success ? parsed.data.settings : undefined;
}

export async function saveSyncSettings(db: TalkmarksDb, settings: SyncSettings): Promise<void> {
  await db.sync.put({ key: 'settings', settings });
}

/** Forgets the server and its password; the clocks stay, so syncing again later still knows what was deleted. */
export async function forgetSyncSettings(db: TalkmarksDb): Promise<void> {
  await db.transaction('rw', db.sync, async () => {
    await db.sync.delete('settings');
    await db.sync.delete('peers');
    await db.sync.delete('status');
    await db.sync.delete('team');
  });
}

export async function syncStatus(db: TalkmarksDb): Promise<SyncStatus | undefined> {
  if (!hasTable(db, 'sync')) return undefined;
  const parsed = StatusRow.safeParse(await db.sync.get('status'));
  return parsed.success ? parsed.data.status : undefined;
}

export async function saveSyncStatus(db: TalkmarksDb, status: SyncStatus): Promise<void> {
  await db.sync.put({ key: 'status', status });
}

/** A random device id, made once per profile: the name of the one file on the server only this profile writes. */
function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** This profile's clocks, created (with a new device id) the first time. */
export async function syncClocks(db: TalkmarksDb): Promise<Clocks> {
  const parsed = ClocksRow.safeParse(await db.sync.get('clocks'));
  if (parsed.success) return parsed.data;
  const fresh: Clocks = { key: 'clocks', device: newDeviceId(), tags: {}, notes: {}, readAt: {}, removedOwnItems: {}, ownKnown: [], journalNotes: {}, removedLayers: {}, layersKnown: [], syncedAt: 0 };
  await db.sync.put(fresh);
  return fresh;
}

/** What this profile knows of the device files on `server`; those of another server are dropped. */
export async function syncPeers(db: TalkmarksDb, server: string): Promise<Peers> {
  const parsed = PeersRow.safeParse(await db.sync.get('peers'));
  return parsed.success && parsed.data.server === server ? parsed.data : { key: 'peers', server, peers: {} };
}

export async function saveSyncPeers(db: TalkmarksDb, peers: Peers): Promise<void> {
  await db.sync.put(peers);
}

/** The other devices' files seen on the current server, newest first, for the dashboard. */
export async function knownDevices(db: TalkmarksDb): Promise<{ device: string; writtenAt: number }[]> {
  if (!hasTable(db, 'sync')) return [];
  const parsed = PeersRow.safeParse(await db.sync.get('peers'));
  if (!parsed.success) return [];
  return Object.entries(parsed.data.peers)
    .map(([device, peer]) => ({ device, writtenAt: peer.writtenAt }))
    .sort((a, b) => b.writtenAt - a.writtenAt);
}

/** What this profile knows of the team folder at `place`; that of another folder is dropped. */
export async function teamState(db: TalkmarksDb, place: string): Promise<TeamRow> {
  const parsed = TeamRow.safeParse(await db.sync.get('team'));
  return parsed.success && parsed.data.place === place ? parsed.data : { key: 'team', place, etags: {} };
}

export async function saveTeamState(db: TalkmarksDb, state: TeamRow): Promise<void> {
  await db.sync.put(state);
}
