import type { TalkmarksDb } from '../db/database';
import { annotatedSessions } from '../db/annotations';
import { colleagueLayer, removeLayer, storeLayer } from '../db/colleagues';
import { conferencesById } from '../db/conferences';
import { saveTeamState, teamState } from '../db/sync';
import { layerOf } from '../model/colleague';
import type { SharedPicks } from '../model/shared-picks';
import type { SyncSettings, TeamSettings } from '../model/sync';
import { buildShare, shareFileText } from '../share/build';
import { MAX_FILE_BYTES, sizeText } from '../share/limits';
import { readShareText } from '../share/read';
import { keyringOf, unseal } from './crypto';
import { DavError, davUrl, getFile, listFolder, makeFolder, putFile, type DavEntry, type DavLogin } from './webdav';

export interface TeamReport {
  /** Colleagues' files in the folder (not this member's). */
  colleagues: number;
  /** Conferences whose colleague layers changed, for their open tabs. */
  conferences: string[];
  problems: string[];
}

const SUFFIX = '.talkmarks.json';
/** `Ana Lima` → `ana-lima.talkmarks.json`: the member's one file in the team folder. */
export const teamFileName = (name: string) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'member'}${SUFFIX}`;

/**
 * The picks as published, without their time, and the passphrase they were sealed with (kept beside it in the same
 * row anyway): an upload only when either changes, so a passphrase set or changed re-seals the file at once.
 */
const publishedKey = async (share: SharedPicks, passphrase = '') => {
  const { sharedAt: _at, ...rest } = share;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${JSON.stringify(rest)}\n${passphrase}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};

/** The team folder's files; a missing folder is made (its parent must exist: a typo two levels up is an error). */
async function listTeam(login: DavLogin, place: string, folder: string): Promise<DavEntry[]> {
  try {
    return await listFolder(login, `${place}/`, folder);
  } catch (error) {
    if (!(error instanceof DavError) || (error.status !== 404 && error.status !== 409)) throw error;
    await makeFolder(login, `${place}/`, folder);
    return [];
  }
}

/**
 * A member who left the team (their file deleted from the folder, seen in a listing that succeeded) takes their layer
 * along: a team layer mirrors the folder. A layer still given by another file (a member who renamed theirs) stays.
 */
async function dropDeparted(db: TalkmarksDb, before: Record<string, string>, now: Record<string, string>, report: TeamReport) {
  const kept = new Set(Object.values(now));
  for (const [name, id] of Object.entries(before)) {
    if (name in now || kept.has(id)) continue;
    const layer = await colleagueLayer(db, id);
    if (!layer?.team) continue;
    await removeLayer(db, id);
    if (!report.conferences.includes(layer.conference)) report.conferences.push(layer.conference);
  }
}

/**
 * One sync with the team folder: every other member's changed file becomes (replaces) their colleague layer, then this
 * member's picks of the chosen conference are published, only what they include. A file that is too big, unreadable,
 * or does not open with the team passphrase is named and skipped; nothing of it is stored. Never throws for a file.
 */
export async function syncTeam(db: TalkmarksDb, settings: SyncSettings, team: TeamSettings, sharer: string, now: number): Promise<TeamReport> {
  const login: DavLogin = { ...settings, folder: team.folder };
  const place = davUrl(login);
  const state = await teamState(db, place);
  const ring = team.passphrase ? keyringOf(team.passphrase) : undefined;
  const mine = teamFileName(team.name);
  const entries = (await listTeam(login, place, team.folder)).filter((e) => !e.folder && e.name.endsWith(SUFFIX));
  const report: TeamReport = { colleagues: 0, conferences: [], problems: [] };
  const etags: Record<string, string> = {};
  const layers: Record<string, string> = {};
  let ownEtag: string | undefined;
  for (const entry of entries) {
    const what = `${team.folder}/${entry.name}`;
    if (entry.name !== mine) report.colleagues++;
    // A state from before layers were recorded reads every file once, to learn which layer each gave.
    if (entry.etag && state.layers && state.etags[entry.name] === entry.etag) {
      etags[entry.name] = entry.etag;
      const layer = state.layers?.[entry.name];
      if (layer) layers[entry.name] = layer;
      if (entry.name === mine) ownEtag = entry.etag;
      continue;
    }
    if ((entry.size ?? 0) > MAX_FILE_BYTES) {
      report.problems.push(`${what} is ${sizeText(entry.size ?? 0)}, over ${sizeText(MAX_FILE_BYTES)}: refused, nothing of it was read.`);
      continue;
    }
    const got = await getFile(login, davUrl(login, entry.name), what, MAX_FILE_BYTES);
    const opened = await unseal(got.text, ring, MAX_FILE_BYTES);
    const read = opened.ok ? readShareText(opened.text) : opened;
    if (!read.ok) {
      report.problems.push(`${what} ${read.error}; nothing of it was stored.`);
      // Unreadable is not gone: the layer it gave before stays until the file is removed.
      const layer = state.layers?.[entry.name];
      if (layer) layers[entry.name] = layer;
      continue;
    }
    const etag = entry.etag ?? got.etag ?? '';
    if (read.share.sharer === sharer) {
      if (entry.name === mine) ownEtag = etag;
      etags[entry.name] = etag;
      continue;
    }
    if (entry.name === mine) {
      report.problems.push(`${what} belongs to ${read.share.from}, another member with your name: choose another name in Sync settings. Not published.`);
    }
    const before = await colleagueLayer(db, layerOf(read.share, now).id);
    layers[entry.name] = layerOf(read.share, now).id;
    if (!before || before.sharedAt !== read.share.sharedAt) {
      await storeLayer(db, { ...layerOf(read.share, now), hidden: before?.hidden ?? false, ...(before?.hiddenAt ? { hiddenAt: before.hiddenAt } : {}), team: true });
      report.conferences.push(read.share.conference);
    }
    etags[entry.name] = etag;
  }
  await dropDeparted(db, state.layers ?? {}, layers, report);
  const listed = entries.some((e) => e.name === mine);
  let published = state.published;
  // A file under this member's name that was not read as theirs (another member's, unreadable) is never overwritten.
  if (!listed || ownEtag !== undefined) {
    const conference = (await conferencesById(db)).get(team.conference);
    const share = buildShare(await annotatedSessions(db, team.conference), {
      conference: team.conference, ...(conference?.name ? { conferenceName: conference.name } : {}), from: team.name, sharer, include: team.include, titles: true, now,
    });
    const key = await publishedKey(share, team.passphrase);
    if (key !== state.published || !listed) {
      const text = shareFileText(share);
      const put = await putFile(login, davUrl(login, mine), ring ? await ring.seal(text) : text, ownEtag, `${team.folder}/${mine}`);
      if (put.conflict) report.problems.push(`${team.folder}/${mine} changed on the server while Talkmarks wrote it: published again at the next sync.`);
      else {
        published = key;
        // Known as ours by its ETag from now on (the listing's, when the answer has none): never read back to check.
        const etag = put.etag ?? (await listTeam(login, place, team.folder)).find((e) => e.name === mine)?.etag;
        if (etag) etags[mine] = etag;
      }
    }
  }
  await saveTeamState(db, { key: 'team', place, etags, layers, ...(published ? { published } : {}) });
  return report;
}
