import { TemplateError } from '../../lib/export/kb/template-parse';
import { compileTemplate } from '../../lib/export/kb/template-render';

/** What the template box tells the user about a template: `[line, column, reason]`, or undefined when it parses. */
export function templateErrorOf(source: string): unknown {
  try {
    compileTemplate(source, 'yaml');
  } catch (e) {
    return e instanceof TemplateError ? [e.line, e.column, e.reason] : e;
  }
  return undefined;
}
