import { browser } from 'wxt/browser';
import { webUrl } from '../util/web-url';
import { getDb } from '../db/database';
import { syncSettings } from '../db/sync';

/**
 * Sites the user chose to annotate ("Annotate this site"): each is an optional host permission the browser granted,
 * with a content script registered for it. The permission is the memory of the choice; registrations follow it, so
 * a site granted or revoked anywhere (popup, dashboard, the browser's own site-access menu) is handled alike.
 */
const PREFIX = 'tm-site ';
/** The content script for registered sites, as WXT builds `entrypoints/sites.content.ts`. */
export const SITE_SCRIPT = 'content-scripts/sites.js';

/** `https://pretalx.example.org/*` for a page address: one origin, any path. Undefined for non-web pages. */
export function sitePattern(address: string | URL | undefined): string | undefined {
  const url = address ? webUrl(address) : undefined;
  return url && `${url.protocol}//${url.hostname}/*`;
}

/** `https://pretalx.example.org/*` → `pretalx.example.org`, for people to read. */
export function siteName(pattern: string): string {
  return pattern.replace(/^\*?[a-z*]*:\/\//, '').replace(/\/\*$/, '');
}

/** Origins the manifest asks for at install (sched.com): they have their own content script, not a site's. */
function builtIn(): Set<string> {
  return new Set(browser.runtime.getManifest().host_permissions ?? []);
}

/** The sync server's origin is granted for syncing, not to annotate its pages. */
async function syncServer(): Promise<string | undefined> {
  const settings = await syncSettings(getDb()).catch(() => undefined);
  return settings && sitePattern(settings.url);
}

/** The sites the user granted, beyond the built-in ones and the sync server. */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const fixed = builtIn();
  const server = await syncServer();
  return origins.filter((o) => !fixed.has(o) && o !== server).sort();
}

/** Registers the site script for every granted site and unregisters it where the grant is gone. */
export async function syncSites(): Promise<string[]> {
  const wanted = await grantedSites();
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  const stale = ours.filter((s) => !wanted.includes(s.id.slice(PREFIX.length))).map((s) => s.id);
  const missing = wanted.filter((site) => !ours.some((s) => s.id === PREFIX + site));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((site) => ({
        id: PREFIX + site,
        matches: [site],
        js: [SITE_SCRIPT],
        runAt: 'document_end' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return wanted;
}

/** Starts the site script in tabs already open on newly granted sites, so nobody has to reload. */
export async function injectIntoOpenTabs(sites: readonly string[]): Promise<void> {
  const fixed = builtIn();
  const patterns = sites.filter((s) => !fixed.has(s));
  if (!patterns.length) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SITE_SCRIPT] }).catch(() => undefined),
    ),
  );
}

/** Stops annotating a site: gives the permission back; the registration follows (see `syncSites`). */
export async function forgetSite(site: string): Promise<void> {
  await browser.permissions.remove({ origins: [site] });
  await syncSites();
}
