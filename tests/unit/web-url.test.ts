import { describe, expect, it } from 'vitest';
import { webUrl } from '../../lib/util/web-url';

describe('webUrl: the addresses Talkmarks links to or reads', () => {
  it('reads http and https addresses, relative ones against a base', () => {
    expect(webUrl('https://demo2026.sched.com/event/a1')?.href).toBe('https://demo2026.sched.com/event/a1');
    expect(webUrl('/event/a1', 'http://demo2026.sched.com/list')?.href).toBe('http://demo2026.sched.com/event/a1');
    expect(webUrl(new URL('https://example.org/x'))?.href).toBe('https://example.org/x');
  });

  it('refuses other schemes and what is no address at all', () => {
    expect(webUrl('javascript:alert(1)')).toBeUndefined();
    expect(webUrl('data:text/html,hi')).toBeUndefined();
    expect(webUrl('chrome-extension://id/dashboard.html')).toBeUndefined();
    expect(webUrl('not a url')).toBeUndefined();
    expect(webUrl('')).toBeUndefined();
  });
});
