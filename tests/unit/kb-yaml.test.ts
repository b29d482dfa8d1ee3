import { describe, expect, it } from 'vitest';
import { yamlString } from '../../lib/export/kb/yaml';

/** A YAML value as it stands in the front matter: readable where it can be, and always one quoted scalar. */
describe('YAML strings', () => {
  it('write backslash, quote, line feed and tab as their short escapes, as a person would', () => {
    expect(yamlString('a\\b "q"\nx\ty')).toBe('"a\\\\b \\"q\\"\\nx\\ty"');
  });

  it('write other controls, line separators and the byte order mark as \\u escapes, a lone surrogate as U+FFFD', () => {
    expect(yamlString('\r\u0000\u007f\u2028\ufeff')).toBe('"\\u000d\\u0000\\u007f\\u2028\\ufeff"');
    expect(yamlString('x\ud800')).toBe('"x\ufffd"');
  });

  it('leave other text as it is, # and : included', () => {
    expect(yamlString('# a: b — ü 🙂')).toBe('"# a: b — ü 🙂"');
  });
});
