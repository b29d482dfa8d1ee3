import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountDetailEditor } from '../components/session/DetailPanel';
import { offerEditor } from '../lib/content/editor/handoff';

/**
 * The inline editor of a session page (Preact), kept out of the content scripts: the background injects this into
 * a schedule frame that asks for it (`page/load-editor`), and it hands its mount function to the content script.
 */
export default defineUnlistedScript(() => offerEditor(mountDetailEditor));
