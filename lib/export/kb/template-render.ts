import { escapeMarkdown } from '../markdown-text';
import { parseTemplate, type Node } from './template-parse';
import { yamlString } from './yaml';

/** Markdown made by Talkmarks (a link in the flavour's syntax, the user's own note): never escaped again in the body. */
export interface Markdown {
  markdown: string;
}

export type Value = string | number | boolean | null | undefined | Markdown | Fields | readonly string[] | readonly Fields[];
export interface Fields {
  readonly [name: string]: Value;
}

/** Where a placeholder stands decides how its value is written. */
export type Context = 'yaml' | 'property' | 'markdown';

const isList = (v: Value): v is readonly string[] | readonly Fields[] => Array.isArray(v);
const isMarkdown = (v: Value): v is Markdown => typeof v === 'object' && v !== null && !isList(v) && 'markdown' in v;
const isFields = (v: Value): v is Fields => typeof v === 'object' && v !== null && !isList(v) && !isMarkdown(v);

/**
 * Logseq reads `[[…]]`, `((…))`, `#tag` and `{{…}}` anywhere in a property value as references and macros, and a
 * line break ends the property: page text is folded to one line and those marks are broken up, so a title can
 * never add a page, a tag or a query.
 */
export function propertyText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/([[\](){}])(?=\1)/g, '$1 ')
    .replace(/(^|\s)#(?=\S)/g, '$1# ');
}

function write(value: Value, context: Context, raw: boolean): string {
  if (value === undefined || value === null) return context === 'yaml' ? 'null' : '';
  // Talkmarks' own Markdown (links, page names) is trusted; a property only needs it on one line.
  if (isMarkdown(value)) return context === 'yaml' ? yamlString(value.markdown) : context === 'property' ? value.markdown.replace(/\s*[\r\n]+\s*/g, ' ') : value.markdown;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    if (context === 'yaml') return yamlString(value);
    if (context === 'property') return propertyText(value);
    return raw ? value : escapeMarkdown(value);
  }
  if (!isList(value)) return '';
  const list = (value as readonly unknown[]).filter((v): v is string => typeof v === 'string');
  if (context === 'yaml') return `[${list.map(yamlString).join(', ')}]`;
  return list.map((v) => write(v, context, raw)).join(', ');
}

function lookup(stack: readonly Value[], name: string): Value {
  if (name === '.') return stack[stack.length - 1];
  const [first, ...rest] = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const scope = stack[i];
    if (isFields(scope) && first! in scope) {
      let value: Value = scope[first!];
      for (const part of rest) value = isFields(value) ? value[part] : undefined;
      return value;
    }
  }
  return undefined;
}

const truthy = (v: Value) => !(v === undefined || v === null || v === false || v === '' || (isList(v) && v.length === 0));

/** The front matter's span: YAML between `---` lines at the very top, or Logseq's leading `key:: value` lines. */
function frontEnd(source: string, front: Exclude<Context, 'markdown'>): number {
  if (front === 'yaml') {
    if (!source.startsWith('---\n')) return 0;
    const close = source.indexOf('\n---', 3);
    return close < 0 ? source.length : close + 1;
  }
  // `key:: value` lines, and lines holding only a section tag (a property written only when it has a value).
  const lines = /^(?:(?:[A-Za-z_][\w-]*::.*|[ \t]*\{\{[#^/!][^}]*\}\}[ \t]*)(?:\n|$))*/.exec(source)!;
  return lines[0].length;
}

export interface Compiled {
  render(fields: Fields): string;
}

/**
 * Parses once (throwing a TemplateError with line and column), renders many: placeholders in the front matter are
 * written as YAML values (`yaml`) or Logseq property text (`property`), everywhere else as Markdown text.
 */
export function compileTemplate(source: string, front: Exclude<Context, 'markdown'>): Compiled {
  const tree = parseTemplate(source);
  const split = frontEnd(source, front);
  const contextAt = (at: number): Context => (at < split ? front : 'markdown');
  const run = (nodes: readonly Node[], stack: Value[], out: string[]) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push(node.text);
      else if (node.type === 'var') out.push(write(lookup(stack, node.name), contextAt(node.at), node.raw));
      else {
        const value = lookup(stack, node.name);
        if (node.inverted) {
          if (!truthy(value)) run(node.children, stack, out);
        } else if (isList(value)) {
          for (const item of value) run(node.children, [...stack, item], out);
        } else if (truthy(value)) run(node.children, [...stack, value], out);
      }
    }
  };
  return {
    render(fields) {
      const out: string[] = [];
      run(tree, [fields], out);
      return out.join('');
    },
  };
}
