/**
 * YAML values for front matter. Every string is double-quoted with JSON-style escapes, which YAML 1.2 reads the
 * same way: no page text can end the value, start a comment (`#`), a mapping (`: `), an anchor, a tag or the end
 * of the front matter (`---`), whatever it holds.
 */
const needsEscape = /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function yamlString(text: string): string {
  // A lone surrogate has no UTF-8 form: it would make the file unreadable, so it becomes U+FFFD.
  const whole = text.toWellFormed();
  return `"${whole.replace(needsEscape, (c) => (c === '\\' ? '\\\\' : c === '"' ? '\\"' : c === '\n' ? '\\n' : c === '\t' ? '\\t' : hex4(c)))}"`;
}
