// js-yaml (a YAML 1.2 parser) comes with the dev tools (web-ext's eslintrc) and ships no types: the part the tests use.
declare module 'js-yaml' {
  export const CORE_SCHEMA: object;
  export function load(text: string, options?: { schema?: object; json?: boolean }): unknown;
}
