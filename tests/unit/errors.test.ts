import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../lib/util/errors';

describe('errorMessage', () => {
  it('is an Error’s message', () => {
    expect(errorMessage(new Error('disk full'))).toBe('disk full');
    expect(errorMessage(new TypeError('not a function'))).toBe('not a function');
  });

  it('is anything else thrown, as a string', () => {
    expect(errorMessage('refused')).toBe('refused');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage({ reason: 'x' })).toBe('[object Object]');
  });
});
