import { describe, expect, it } from 'vitest';
import { speakersNamed } from '../../lib/schedules/text';

describe('speakersNamed: speakers from the names a schedule file gives', () => {
  it('folds each name to one line and leaves nameless ones out', () => {
    expect(speakersNamed(['  Ada\n Lovelace ', '', null, undefined, '   ', 42, { name: 'x' }, 'Grace'])).toEqual([
      { name: 'Ada Lovelace' },
      { name: '42' },
      { name: 'Grace' },
    ]);
  });

  it('caps a name at 500 characters', () => {
    expect(speakersNamed(['x'.repeat(600)])[0]!.name).toHaveLength(500);
  });
});
