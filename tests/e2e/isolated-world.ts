import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Runs code in the content script's isolated world of a page, as a compromised renderer could (Chromium's CDP). */
export async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => void contexts.push(context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === 'Talkmarks')).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Talkmarks')!;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}
