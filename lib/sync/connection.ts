import type { ConnectionTest, SyncSettings } from '../model/sync';
import { DavError, davUrl, listFolder, makeFolder } from './webdav';
import { errorMessage } from '../util/errors';

const folderOf = (settings: SyncSettings) => settings.folder.replace(/^\/+|\/+$/g, '');

/** Lists the folder: says whether the address is WebDAV, the login right, the folder there and readable. */
export async function testConnection(settings: SyncSettings): Promise<ConnectionTest> {
  const folder = folderOf(settings) || '/';
  try {
    const entries = await listFolder(settings, `${davUrl(settings)}/`, folder);
    const devices = entries.some((e) => e.folder && e.name === 'devices');
    return { ok: true, message: `Connected to ${new URL(settings.url).host}: the folder ${folder} is there${devices ? ' and holds Talkmarks devices' : ''}.` };
  } catch (error) {
    const missing = error instanceof DavError && (error.status === 404 || error.status === 409);
    return { ok: false, message: missing ? `The folder ${folder} does not exist on the server. Create it?` : errorMessage(error), ...(missing ? { missingFolder: true } : {}) };
  }
}

/** Creates the folder, level by level (MKCOL makes one at a time), then tests again. */
export async function createFolder(settings: SyncSettings): Promise<ConnectionTest> {
  const levels = folderOf(settings).split('/').filter(Boolean);
  try {
    for (let i = 1; i <= levels.length; i++) {
      await makeFolder({ ...settings, folder: '' }, `${davUrl({ ...settings, folder: '' }, ...levels.slice(0, i))}/`, levels.slice(0, i).join('/'));
    }
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
  return testConnection(settings);
}
