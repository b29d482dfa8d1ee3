import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { asTabRequest } from '../protocol/tab-guard';
import type { TabRequest, TabRequestOf, TabResponses, TabType } from '../protocol/tab-messages';

/** Answers one message; `undefined` leaves it unanswered (colleagues' layers of another conference, say). */
export type TabHandler<T extends TabType> = (request: TabRequestOf<T>) => TabResponses[T] | undefined;

export interface TabRequests {
  /** Lets `handler` answer the messages of `type`, in place of any handler before it. */
  on<T extends TabType>(type: T, handler: TabHandler<T>): void;
}

const bySignal = new WeakMap<AbortSignal, TabRequests>();

/**
 * The content script's one `runtime.onMessage` listener, until `signal` aborts: the page and the colleague markers
 * each register for their own messages on the listener of the script they run in (one per signal), and every
 * message is recognised once, by one guard.
 */
export function tabRequests(signal: AbortSignal): TabRequests {
  let requests = bySignal.get(signal);
  if (!requests) bySignal.set(signal, (requests = listen(signal)));
  return requests;
}

function listen(signal: AbortSignal): TabRequests {
  const handlers = new Map<TabType, (request: TabRequest) => unknown>();
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = asTabRequest(message);
    const answer = request && handlers.get(request.type)?.(request);
    return answer === undefined ? undefined : Promise.resolve(answer);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
  return {
    on(type, handler) {
      handlers.set(type, handler as (request: TabRequest) => unknown);
    },
  };
}
