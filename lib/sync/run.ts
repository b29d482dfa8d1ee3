import type { TalkmarksDb } from '../db/database';
import { saveSyncPeers, syncClocks, syncPeers } from '../db/sync';
import { mergeDeviceFiles } from '../db/sync-apply';
import type { Peer } from '../db/sync-rows';
import type { DeviceFile } from '../merge/sync-state';
import type { Annotation } from '../model/schema';
import { DeviceId, type ReadAt, type SyncSettings } from '../model/sync';
import { deviceFileJson, MAX_DEVICE_FILE_BYTES, readDeviceFile } from './file';
import { keyringOf, unseal, type Keyring } from './crypto';
import { DavError, davUrl, getFile, listFolder, makeFolder, putFile, type DavEntry } from './webdav';

export interface SyncReport {
  received: number;
  sent: number;
  /** Other devices whose files are on the server. */
  devices: number;
  /** Files refused by name, each with why; nothing of them was merged. */
  problems: string[];
  changed: Annotation[];
}

/** Retries of the own file's PUT when someone else wrote it meanwhile (412), each after reading and merging theirs. */
const MAX_CONFLICTS = 3;

function folderName(settings: SyncSettings): string {
  return settings.folder.replace(/^\/+|\/+$/g, '') || '/';
}

/** The `devices/` folder, created inside the user's folder when missing; a missing user folder is an error. */
async function listDevices(settings: SyncSettings): Promise<DavEntry[]> {
  const url = `${davUrl(settings, 'devices')}/`;
  try {
    return await listFolder(settings, url, `${folderName(settings)}/devices`);
  } catch (error) {
    if (!(error instanceof DavError) || (error.status !== 404 && error.status !== 409)) throw error;
    await listFolder(settings, `${davUrl(settings)}/`, folderName(settings));
    await makeFolder(settings, url, `${folderName(settings)}/devices`);
    return [];
  }
}

const ringOf = (settings: SyncSettings): Keyring | undefined => (settings.passphrase ? keyringOf(settings.passphrase) : undefined);

/**
 * Reads and checks one device file. A file this profile's passphrase does not open (or that is encrypted when it has
 * none) stops the whole sync before anything is merged or written: a wrong passphrase changes nothing, here or there.
 */
async function readFile(settings: SyncSettings, name: string): Promise<{ file?: DeviceFile; etag?: string; problem?: string }> {
  const what = `devices/${name}`;
  const got = await getFile(settings, davUrl(settings, 'devices', name), what, MAX_DEVICE_FILE_BYTES).catch((error: unknown) => {
    if (error instanceof DavError && error.status === undefined && error.message.startsWith(what)) return { problem: error.message };
    throw error;
  });
  if ('problem' in got) return { problem: got.problem };
  const opened = await unseal(got.text, ringOf(settings), MAX_DEVICE_FILE_BYTES);
  if (!opened.ok && opened.wrongPassphrase) throw new DavError(`${what} ${opened.error}. Nothing was changed, here or on the server.`);
  if (!opened.ok) return { problem: `${what} ${opened.error}; nothing of it was merged.` };
  const read = readDeviceFile(opened.text);
  if (!read.ok) return { problem: `${what} ${read.error}; nothing of it was merged.` };
  return { file: read.file, etag: got.etag };
}

/**
 * One sync with the user's server: list the device files with their ETags, download the changed ones, merge them
 * into the profile (see mergeDeviceFiles), then write this device's file with `If-Match` on its last ETag. On 412
 * (someone else wrote this device's file: a copied profile), read it, merge it, and write again.
 */
export async function syncOnce(db: TalkmarksDb, settings: SyncSettings, now: () => number = Date.now): Promise<SyncReport> {
  const server = davUrl(settings);
  const entries = await listDevices(settings);
  const { device: me } = await syncClocks(db);
  const known = await syncPeers(db, server);
  const mine = `${me}.json`;
  const files: DeviceFile[] = [];
  const fresh: Record<string, Peer> = {};
  const problems: string[] = [];
  const others = entries.filter((e) => !e.folder && e.name.endsWith('.json') && e.name !== mine && DeviceId.safeParse(e.name.slice(0, -5)).success);
  for (const entry of others) {
    const device = entry.name.slice(0, -5);
    if (entry.etag && known.peers[device]?.etag === entry.etag) continue;
    if ((entry.size ?? 0) > MAX_DEVICE_FILE_BYTES) {
      problems.push(`devices/${entry.name} is ${((entry.size ?? 0) / 1048576).toFixed(1)} MB, over ${MAX_DEVICE_FILE_BYTES / 1048576} MB: refused, nothing of it was merged.`);
      continue;
    }
    const read = await readFile(settings, entry.name);
    if (read.problem || !read.file) {
      problems.push(read.problem ?? `devices/${entry.name} could not be read.`);
      continue;
    }
    if (read.file.clocks.device !== device) {
      problems.push(`devices/${entry.name} says it is device ${read.file.clocks.device}: refused, nothing of it was merged.`);
      continue;
    }
    files.push(read.file);
    fresh[device] = { etag: entry.etag ?? read.etag ?? '', writtenAt: read.file.clocks.writtenAt, readAt: read.file.clocks.readAt };
  }
  const readAtOf = new Map<string, ReadAt>(Object.entries({ ...known.peers, ...fresh }).map(([d, p]) => [d, p.readAt]));
  const ownEntry = entries.find((e) => e.name === mine);
  let ownEtag = known.own;
  let pending = files;
  // Our file changed on the server since we wrote it (or we never knew it): someone else's version, merged first.
  if (ownEntry && ownEntry.etag !== ownEtag) ownEtag = undefined;
  let received = 0;
  let sent = 0;
  const changed = new Map<string, Annotation>();
  for (let attempt = 0; ; attempt++) {
    if (ownEntry && ownEtag === undefined) {
      const own = await readFile(settings, mine);
      if (own.file) pending = [...pending, own.file];
      ownEtag = own.etag ?? ownEntry.etag;
    }
    const merged = await mergeDeviceFiles(db, pending, readAtOf, now());
    received += merged.received;
    sent = Math.max(sent, merged.sent);
    for (const a of merged.changed) changed.set(a.key, a);
    // Nothing new and our file on the server is the one we wrote: no upload. Never after a 412: ours was refused.
    if (attempt === 0 && merged.unchanged && ownEntry && ownEtag === known.own && ownEtag !== undefined) break;
    const json = deviceFileJson(merged.clocks, merged.data, merged.layers);
    const ring = ringOf(settings);
    const put = await putFile(settings, davUrl(settings, 'devices', mine), ring ? await ring.seal(json) : json, ownEntry || attempt ? ownEtag : undefined, `devices/${mine}`);
    if (!put.conflict) {
      ownEtag = put.etag ?? (await listDevices(settings)).find((e) => e.name === mine)?.etag;
      break;
    }
    if (attempt + 1 >= MAX_CONFLICTS) throw new DavError(`devices/${mine} kept changing on the server while Talkmarks wrote it (${MAX_CONFLICTS} times 412). Nothing was lost; the next sync tries again.`);
    pending = [];
    ownEtag = undefined;
    const own = await readFile(settings, mine);
    if (own.file) pending = [own.file];
    ownEtag = own.etag;
    // The server's answer to GET may carry no ETag: the listing has it.
    ownEtag ??= (await listDevices(settings)).find((e) => e.name === mine)?.etag;
  }
  await saveSyncPeers(db, { key: 'peers', server, own: ownEtag, peers: { ...known.peers, ...fresh } });
  return { received, sent, devices: others.length, problems, changed: [...changed.values()] };
}
