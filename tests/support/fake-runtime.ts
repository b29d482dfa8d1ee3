/**
 * `browser.runtime` as a content script uses it, in memory: tests `vi.mock('wxt/browser', ...)` with `runtime.browser`
 * and deliver messages as the extension's background (or another extension) would.
 */
type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

export const EXTENSION_ID = 'talkmarks-test-id';
const listeners = new Set<Listener>();

export const runtime = {
  browser: {
    runtime: {
      id: EXTENSION_ID,
      onMessage: {
        addListener: (listener: Listener) => void listeners.add(listener),
        removeListener: (listener: Listener) => void listeners.delete(listener),
      },
    },
  },
  listeners,
  /**
   * What `tabs.sendMessage` would resolve to: the first listener's answer that is a promise, or undefined when no
   * listener answers. Every listener hears the message, as in the browser.
   */
  async deliver(message: unknown, sender: { id?: string } = { id: EXTENSION_ID }): Promise<unknown> {
    const answers = [...listeners].map((listener) => listener(message, sender)).filter((a) => a !== undefined);
    return answers.length ? await answers[0] : undefined;
  },
};
