import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { readStoreInExtension } from './read-store';

/** The Firefox build: `npm run build:firefox` writes it before the end-to-end suite runs. */
export const firefoxExtensionDir = resolve('.output/firefox-mv3');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The part of the extension API the tests call inside an extension page (Firefox's own `browser`). */
declare const browser: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]>; create(props: { url: string }): Promise<unknown> } };

export type Store = 'conferences' | 'sessions' | 'annotations' | 'ownItems' | 'meta' | 'colleagues';

/**
 * Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the built extension installed as a temporary
 * add-on. BiDi may not navigate to `moz-extension:` pages, so extension pages are opened by the extension's own
 * first-run tab (opened on install) through `tabs.create`; schedule pages are served by request interception at their
 * real https URLs, so nothing reaches the network.
 */
export interface FirefoxHarness {
  browser: Browser;
  /** The dashboard the extension opened on install: extension pages are opened from it, the database read in it. */
  home: Page;
  downloads: string;
  serve(url: string, body: string): void;
  open(url: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  tabIdOf(url: string): Promise<number>;
  readStore(store: Store): Promise<unknown[]>;
  /** The next file saved to the downloads folder, by its name and text. */
  nextDownload(start: () => Promise<unknown>): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

async function pageWhere(b: Browser, test: (href: string) => boolean, except: readonly Page[] = []): Promise<Page> {
  for (let i = 0; i < 300; i++) {
    for (const page of await b.pages()) if (!except.includes(page) && test(await hrefOf(page))) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no such page opened in Firefox');
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const profile = mkdtempSync(join(tmpdir(), 'talkmarks-ff-'));
  const downloads = mkdtempSync(join(tmpdir(), 'talkmarks-ff-dl-'));
  const b = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    enableExtensions: true,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // Saved without a dialog, to a folder of this run's own.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  await b.installExtension(firefoxExtensionDir);
  // The first-run page that installing opens: an extension page to run `browser.*` from.
  const home = await pageWhere(b, (href) => href.startsWith('moz-extension://') && href.endsWith('/dashboard.html#view=welcome'));
  // Node's URL gives `null` as the origin of a moz-extension: URL, so it is cut from the address itself.
  const origin = /^moz-extension:\/\/[^/]+/.exec(await hrefOf(home))![0];
  const pages = new Map<string, string>();

  const answer = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!/^https?:/.test(request.url())) return void request.continue();
      const body = pages.get(request.url().split('#')[0]!);
      void (body === undefined
        ? request.respond({ status: 404, contentType: 'text/plain', body: 'not served in this test' })
        : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    });
  };

  return {
    browser: b,
    home,
    downloads,
    serve: (url, body) => void pages.set(url, body),
    async open(url) {
      const page = await b.newPage();
      await answer(page);
      await page.goto(url);
      return page;
    },
    async extensionPage(path) {
      const before = await b.pages();
      // tabs.create, not window.open: Firefox's pop-up blocker stops a script's window.open without a click.
      await home.evaluate((url) => browser.tabs.create({ url }).then(() => undefined), `${origin}/${path}`);
      return pageWhere(b, (href) => href.startsWith(`${origin}/${path.split('#')[0]}`), before);
    },
    async tabIdOf(url) {
      const id = await home.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (id === undefined) throw new Error(`no tab shows ${url}`);
      return id;
    },
    readStore: (store) => home.evaluate(readStoreInExtension, store),
    async nextDownload(start) {
      const known = new Set(readdirSync(downloads));
      await start();
      let seen = '';
      for (let i = 0; i < 300; i++) {
        // Firefox writes `<name>.part` beside an empty file, and on some versions first saves under a random name it
        // then renames: a download is taken once it is the only new file, no part file is left, and its name and size
        // held still for one poll.
        const fresh = readdirSync(downloads).filter((f) => !known.has(f));
        const size = fresh.length === 1 ? sizeOf(join(downloads, fresh[0]!)) : -1;
        const mark = fresh.length === 1 && !fresh[0]!.endsWith('.part') && size > 0 ? `${fresh[0]}:${size}` : '';
        if (mark && mark === seen) {
          const text = readIfThere(join(downloads, fresh[0]!));
          if (text !== undefined) return { name: fresh[0]!, text };
        }
        seen = mark;
        await new Promise((r) => setTimeout(r, 150));
      }
      throw new Error('nothing was downloaded');
    },
    async close() {
      // close() can resolve while Firefox is still writing its profile on the way out (ENOTEMPTY below, on a loaded
      // machine): the profile is removed once the process has exited.
      const firefox = b.process();
      const exited = firefox && firefox.exitCode === null && firefox.signalCode === null ? once(firefox, 'exit') : undefined;
      await b.close();
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** A button by its accessible name (its aria-label, else its text), as a user or a screen reader finds it. */
export async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (n) => [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === n),
    { timeout: 20_000 },
    name,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1; // renamed away between the listing and this look
  }
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
