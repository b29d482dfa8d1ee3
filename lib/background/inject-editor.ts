import { browser } from 'wxt/browser';

/** The session page editor's script, as WXT builds `entrypoints/detail-editor.ts` (an unlisted script). */
export const EDITOR_SCRIPT = 'detail-editor.js';

/** One frame of one tab, as the browser reported the sender of a message. */
export interface FrameTarget {
  tabId: number;
  frameId: number;
}

/**
 * Runs the editor's script in the extension's isolated world of that frame, where the content script finds it;
 * resolves once it has run. Through `scripting`, so it needs no web-accessible resource that pages could load.
 */
export async function injectEditorScript({ tabId, frameId }: FrameTarget): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [EDITOR_SCRIPT] });
}
