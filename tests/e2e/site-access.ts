import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionDir, type Harness } from './harness';

/** chrome://extensions' own API, as its site-access menu calls it. */
declare const chrome: {
  developerPrivate: {
    updateExtensionConfiguration(update: { extensionId: string; hostAccess: 'ON_CLICK' }): Promise<void>;
    addHostPermission(extensionId: string, host: string): Promise<void>;
  };
};

/**
 * Headless Chromium cannot answer the prompt of `permissions.request`, and grants optional host permissions no other
 * way at run time. What it can do is what its own site-access menu does (chrome://extensions, "On specific sites"):
 * withhold an extension's host access, then grant it one site at a time. That grant reaches the extension as a real
 * `permissions.onAdded`, while it runs, exactly as a grant from the popup's prompt does. So this copy of the build
 * asks for every site as a required permission (all hosts, withheld at once), in place of the optional one.
 */
export function siteAccessCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'talkmarks-ext-'));
  cpSync(extensionDir, copy, { recursive: true });
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions: string[]; optional_host_permissions?: string[] };
  manifest.host_permissions.push('*://*/*');
  delete manifest.optional_host_permissions;
  writeFileSync(path, JSON.stringify(manifest));
  return copy;
}

/** The extensions page, with Talkmarks' host access withheld everywhere (as "On click" does). */
export async function withholdSiteAccess(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  // The page's own load waits on every extension card's icons: what is needed is its script, there at once.
  await page.goto('chrome://extensions/', { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.evaluate((id) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }), h.extensionId);
  return page;
}

/** Grants one site while the extension runs, as the user would in the browser's site-access menu. */
export async function grantSiteAccess(extensions: Page, h: Harness, site: string): Promise<void> {
  await extensions.evaluate(([id, host]) => chrome.developerPrivate.addHostPermission(id!, host!), [h.extensionId, site]);
}
