import type { Scripting } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

/** The session page editor's script, as WXT builds `entrypoints/detail-editor.ts` (an unlisted script). */
export const EDITOR_SCRIPT = 'detail-editor.js';

/** One frame of one tab, and the document it showed, as the browser reported the sender of a message. */
export interface FrameTarget {
  tabId: number;
  frameId: number;
  /** Chrome names the sender's document; Firefox does not (then the frame is all there is to go by). */
  documentId?: string;
}

/** Where the script goes: the sender's document when known, so a frame that navigated meanwhile gets nothing. */
export function injectionTarget({ tabId, frameId, documentId }: FrameTarget): Scripting.InjectionTarget {
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
}

/**
 * Runs the editor's script in the extension's isolated world of that document, where the content script finds it;
 * resolves once it has run. Through `scripting`, so it needs no web-accessible resource that pages could load.
 */
export async function injectEditorScript(target: FrameTarget): Promise<void> {
  await browser.scripting.executeScript({ target: injectionTarget(target), files: [EDITOR_SCRIPT] });
}
