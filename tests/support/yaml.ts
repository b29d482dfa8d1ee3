import { parse } from 'yaml';

/**
 * Front matter read back as Obsidian and Logseq read it: YAML 1.2's core schema (no 1.1 `yes`/`no` booleans, no
 * sexagesimal numbers), duplicate keys an error. A value that parses to something else than what was written is a bug.
 */
export const readYaml = (text: string): unknown => parse(text, { version: '1.2', schema: 'core', uniqueKeys: true });
