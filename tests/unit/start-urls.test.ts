import { describe, expect, it } from 'vitest';
import { SCHED_START_URL, startUrls } from '../../scripts/start-urls';

describe('npm start’s pages', () => {
  it('opens no web page offline: the dashboard, opened on install, is the first screen', () => {
    expect(startUrls({ TALKMARKS_START_URLS: '' })).toEqual([]);
  });
  it('opens the real schedule when npm start found sched.com, and when WXT runs on its own', () => {
    expect(startUrls({ TALKMARKS_START_URLS: SCHED_START_URL })).toEqual([SCHED_START_URL]);
    expect(startUrls({})).toEqual([SCHED_START_URL]);
  });
});
