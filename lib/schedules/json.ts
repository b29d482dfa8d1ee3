import type { z } from 'zod';
import { ScheduleError } from './types';
import { errorMessage } from '../util/errors';

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

/** JSON.parse with the place of a syntax error as line and column. */
export function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = errorMessage(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const lc = /line (\d+) column (\d+)/.exec(message);
    const where = lc ? `line ${lc[1]}, column ${lc[2]}` : position ? lineColumn(text, Number(position)) : '';
    throw new ScheduleError(where, `not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')})`);
  }
}

/** `schedule.conference.days[0].rooms["Hall 1"][3].title`, as a reader of the file would look it up. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || 'the top level';
}

/**
 * A JSON file, as its text or already parsed, checked against a schema; the first problem becomes an error that
 * says where it is.
 */
export function checkJson<T extends z.ZodType>(schema: T, source: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(typeof source === 'string' ? readJson(source) : source);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
  throw new ScheduleError(pathText(issue.path), `${issue.message}${more} — not a ${what} as Talkmarks knows it`);
}
