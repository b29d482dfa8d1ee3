import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { readStoreInExtension } from './read-store';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };

/** The built extension: `npm run build` writes it before the end-to-end suite runs. */
export const extensionDir = resolve('.output/chrome-mv3');
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * What the end-to-end suites may do with a browser running the extension. Tests go through these methods only
 * (plus Playwright's Page API on the pages they return), so a Firefox run needs another `launch…` returning the same
 * interface; `browser` lets a test skip a step only one engine has (e.g. CDP in boundaries.test.ts).
 */
export interface Harness {
  browser: 'chromium' | 'firefox';
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /**
   * Serves `body` (HTML unless said) at `url`, any https URL, through the browser's router: the real URL, no network.
   * `headers`: more response headers (`Access-Control-Allow-Origin` for data other sites read).
   */
  serve(url: string, body: string, contentType?: string, headers?: Record<string, string>): void;
  open(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  extensionPage(path: string): Promise<Page>;
  /** Every record of one table of the extension's database, read by the extension itself. */
  readStore(store: 'conferences' | 'sessions' | 'annotations' | 'ownItems' | 'meta' | 'colleagues' | 'sync'): Promise<unknown[]>;
  /** Sends a background request from an extension page, as the popup and dashboard do; returns the raw answer. */
  sendFromExtension(message: unknown): Promise<unknown>;
  /** The profile directory: launch again with it to test what survives a browser restart. */
  profile: string;
  /** The extension directory loaded (a copy when sites were granted): launch again with it and the profile. */
  extension: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

function launch(profile: string, extension: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A copy of the build whose profile already holds optional host permissions for `sites`, as if the user had granted
 * them: headless Chromium cannot answer the permission prompt. The copy is installed once with the sites as required
 * permissions, then reloaded with the real manifest: Chromium keeps them, now as optional permissions the extension
 * can give back, and the extension's own start-up code registers its site script for them.
 */
async function grantSites(profile: string, sites: readonly string[]): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), 'talkmarks-ext-'));
  cpSync(extensionDir, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = readFileSync(manifestPath, 'utf8');
  const widened = JSON.parse(manifest) as { host_permissions: string[] };
  widened.host_permissions.push(...sites);
  writeFileSync(manifestPath, JSON.stringify(widened));
  await (await launch(profile, copy)).close();
  writeFileSync(manifestPath, manifest);
  return copy;
}

/**
 * The background registers the page script of granted sites when it starts; a page opened before that finishes
 * would load without it. A user grants a site and then browses (and open tabs get the script injected), so the
 * tests wait for the registration, as the user's timing would.
 */
async function sitesRegistered(worker: Worker, sites: readonly string[]): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 100) {
    const matches = await worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } }).chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
    );
    if (sites.every((site) => matches.includes(site))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the page script was not registered for ${sites.join(', ')} within 15 s`);
}

/**
 * `grantedOrigins`: host access granted as by a permission prompt, for origins that are no site to annotate (the sync
 * server); `localServers`: requests to 127.0.0.1 reach the servers a test started there instead of the router.
 */
export async function launchExtension(
  options: { profile?: string; grantedSites?: string[]; grantedOrigins?: string[]; localServers?: boolean; extension?: string } = {},
): Promise<Harness> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'talkmarks-e2e-'));
  const granted = [...(options.grantedSites ?? []), ...(options.grantedOrigins ?? [])];
  const extension = options.extension ?? (granted.length ? await grantSites(profile, granted) : extensionDir);
  const context = await launch(profile, extension);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (options.grantedSites?.length) await sitesRegistered(worker, options.grantedSites);
  const pages = new Map<string, { body: string; contentType: string; headers?: Record<string, string> }>();
  const extensionPages = new Map<string, Page>();
  // Every web request is answered here: pages the test serves, 404 for the rest. Nothing reaches the network.
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url().split('#')[0]!;
    // The tests' own servers (a WebDAV server, tests/support/webdav-server.ts) listen on 127.0.0.1 only.
    if (options.localServers && /^http:\/\/127\.0\.0\.1:\d+\//.test(url)) return route.continue();
    const page = pages.get(url);
    return page === undefined
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: `not served in this test: ${url}` })
      : route.fulfill({ status: 200, contentType: page.contentType, body: page.body, ...(page.headers ? { headers: page.headers } : {}) });
  });
  return {
    browser: 'chromium',
    context,
    worker,
    extensionId,
    serve: (url, body, contentType = 'text/html; charset=utf-8', headers) => void pages.set(url, { body, contentType, ...(headers ? { headers } : {}) }),
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      // The URL of a tab is visible only on sites the extension may read; otherwise the tab is found as the active one.
      await page.bringToFront();
      const id = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? (await chrome.tabs.query({ active: true }))[0]?.id;
      }, url);
      if (id === undefined) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    readStore: (store) => worker.evaluate(readStoreInExtension, store),
    async sendFromExtension(message) {
      const page = extensionPages.get('blank') ?? (await context.newPage());
      if (!extensionPages.has('blank')) {
        extensionPages.set('blank', page);
        await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
      }
      return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
    },
    profile,
    extension,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) {
        rmSync(profile, { recursive: true, force: true });
        if (extension !== extensionDir) rmSync(extension, { recursive: true, force: true });
      }
    },
  };
}
