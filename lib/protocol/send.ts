import { browser } from 'wxt/browser';
import type { BackgroundResponses, BackgroundType, RequestOf, Result } from './messages';

/**
 * Sends a request to the background and unwraps its result; a refusal becomes an exception with its reason.
 * Imports no zod: content scripts use it, and their size is paid on every schedule page.
 */
export async function send<T extends BackgroundType>(request: RequestOf<T>): Promise<BackgroundResponses[T]> {
  const result = (await browser.runtime.sendMessage(request)) as Result<BackgroundResponses[T]> | undefined;
  if (!result) throw new Error('Talkmarks background did not answer');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
