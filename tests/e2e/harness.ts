import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

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
  /** Serves `html` at `url` (any sched.com page) through the browser's router: the real URL, no network. */
  serve(url: string, html: string): void;
  open(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  extensionPage(path: string): Promise<Page>;
  /** Every record of one table of the extension's database, read by the extension itself. */
  readStore(store: 'conferences' | 'sessions' | 'annotations' | 'meta' | 'colleagues'): Promise<unknown[]>;
  /** Sends a background request from an extension page, as the popup and dashboard do; returns the raw answer. */
  sendFromExtension(message: unknown): Promise<unknown>;
  /** The profile directory: launch again with it to test what survives a browser restart. */
  profile: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchExtension(options: { profile?: string } = {}): Promise<Harness> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'talkmarks-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const pages = new Map<string, string>();
  const extensionPages = new Map<string, Page>();
  await context.route(/^https:\/\/[^/]*\.sched\.com\//, (route) => {
    const url = route.request().url().split('#')[0]!;
    const html = pages.get(url);
    return html === undefined
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: `not served in this test: ${url}` })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return {
    browser: 'chromium',
    context,
    worker,
    extensionId,
    serve: (url, html) => void pages.set(url, html),
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (id === undefined) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async readStore(store) {
      return worker.evaluate(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const open = indexedDB.open('talkmarks');
            // No database yet: do not create one behind the extension's back.
            open.onupgradeneeded = () => open.transaction!.abort();
            open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains(name)) return db.close(), resolve([]);
              const all = db.transaction(name).objectStore(name).getAll();
              all.onsuccess = () => (db.close(), resolve(all.result));
              all.onerror = () => (db.close(), reject(all.error));
            };
          }),
        store,
      );
    },
    async sendFromExtension(message) {
      const page = extensionPages.get('blank') ?? (await context.newPage());
      if (!extensionPages.has('blank')) {
        extensionPages.set('blank', page);
        await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
      }
      return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
    },
    profile,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
