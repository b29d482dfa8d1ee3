import type { TabRequest } from './tab-messages';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const arrayOf = (value: unknown, item: (v: unknown) => boolean): boolean => Array.isArray(value) && value.every(item);

/**
 * The background→tab messages, recognised without zod (content scripts are paid for on every schedule page). Only
 * messages from this extension get here (the caller checks the sender), and what they carry was checked by zod
 * before it was stored: so this checks the structure the content script walks, not every field.
 */
export function asTabRequest(message: unknown): TabRequest | undefined {
  if (!isObject(message)) return undefined;
  switch (message.type) {
    case 'tab/entries':
    case 'tab/embeds':
    case 'tab/embed-changed':
      return message as TabRequest;
    case 'tab/annotations': {
      const { annotations, renamed } = message;
      if (!arrayOf(annotations, isObject)) return undefined;
      if (renamed !== undefined && !(isObject(renamed) && Object.values(renamed).every((to) => typeof to === 'string'))) return undefined;
      return message as TabRequest;
    }
    case 'tab/colleagues': {
      const { conference, layers } = message;
      const layer = (l: unknown) => isObject(l) && Array.isArray(l.picks);
      return typeof conference === 'string' && arrayOf(layers, layer) ? (message as TabRequest) : undefined;
    }
    case 'tab/changes': {
      const { conference, changes } = message;
      const labels = isObject(changes) && Object.values(changes).every((label) => typeof label === 'string');
      return typeof conference === 'string' && labels ? (message as TabRequest) : undefined;
    }
    default:
      return undefined;
  }
}
