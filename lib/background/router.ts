import type { Runtime } from 'webextension-polyfill';
import { z } from 'zod';
import { BackgroundRequest, failure, type BackgroundResponses, type BackgroundType, type RequestOf, type Result } from '../protocol/messages';
import { fromThisExtension } from './senders';

export type Handlers = {
  [T in BackgroundType]: (payload: RequestOf<T>, sender: Runtime.MessageSender) => Promise<BackgroundResponses[T]>;
};

/**
 * The background's one listener: drops messages from other extensions, parses every payload with zod,
 * and hands it to the handler of its type with the sender, which the handler checks. `onDone` hears of each request
 * handled without error (the sync waits for changes).
 */
export function createRouter(handlers: Handlers, runtimeId: string, onDone?: (type: BackgroundType) => void, ready: () => Promise<unknown> = async () => undefined) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!fromThisExtension(sender, runtimeId)) return undefined;
    const parsed = BackgroundRequest.safeParse(message);
    if (!parsed.success) return Promise.resolve(failure(`Malformed request: ${z.prettifyError(parsed.error)}`));
    const handler = handlers[parsed.data.type] as (p: BackgroundRequest, s: Runtime.MessageSender) => Promise<unknown>;
    // `ready`: what the senders are judged by (the embeds' bindings) is read before the first request is answered.
    return ready().then(() => handler(parsed.data, sender)).then((value) => {
      onDone?.(parsed.data.type);
      return { ok: true as const, value };
    }, failure);
  };
}

