import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { fromThisExtension, refusals, senderFrame, senderGuards, senderTab, tabConference } from '../../lib/background/senders';

const ID = 'talkmarks-id';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = (url: string, frameId?: number): Runtime.MessageSender => ({ id: ID, url, frameId, tab: { id: 7, windowId: 3, url } as Runtime.MessageSender['tab'] });
const dashboard: Runtime.MessageSender = { id: ID, url: `${ORIGIN}dashboard.html` };
const schedule = tab('https://demo2026.sched.com/', 0);
const elsewhere = tab('https://evil.example/', 0);

describe('sender guards: what the browser says about a sender, never the message', () => {
  it('answers only this extension', () => {
    expect(fromThisExtension(dashboard, ID)).toBe(true);
    expect(fromThisExtension({ id: 'evil-extension', url: `${ORIGIN}dashboard.html` }, ID)).toBe(false);
    expect(fromThisExtension({ url: 'https://evil.example/' }, ID)).toBe(false);
  });

  it('reads the conference of a schedule tab, and refuses anything else', () => {
    expect(tabConference(schedule)).toBe('sched:demo2026');
    expect(() => tabConference(elsewhere)).toThrow(refusals.notSchedulePage);
    expect(() => tabConference({ id: ID, url: 'https://demo2026.sched.com/' })).toThrow(refusals.notSchedulePage);
    expect(() => tabConference(dashboard)).toThrow(refusals.notSchedulePage);
  });

  it('takes sched only over https: an http:// page is no schedule, not even a pretalx-looking one', () => {
    expect(() => tabConference(tab('http://demo2026.sched.com/'))).toThrow(refusals.notSchedulePage);
    expect(() => tabConference(tab('http://demo2026.sched.com/democon/schedule/nojs'))).toThrow(refusals.notSchedulePage);
    expect(tabConference(tab('https://demo2026.sched.com/event/a1/talk'))).toBe('sched:demo2026');
  });

  it('names the tab and the frame that sent a request', () => {
    expect(senderTab(schedule)).toEqual({ conference: 'sched:demo2026', tab: { id: 7, windowId: 3 } });
    expect(senderFrame(schedule)).toEqual({ conference: 'sched:demo2026', tabId: 7, frameId: 0 });
    expect(senderFrame({ ...schedule, documentId: 'D0C' })).toEqual({ conference: 'sched:demo2026', tabId: 7, frameId: 0, documentId: 'D0C' });
    expect(() => senderFrame(tab('https://demo2026.sched.com/'))).toThrow(refusals.notFrameOfTab);
    expect(() => senderFrame(elsewhere)).toThrow(refusals.notSchedulePage);
  });

  it('refuses a schedule page the browser names no tab id for (a prerendered or devtools frame): nothing to act on', () => {
    const noTabId: Runtime.MessageSender = { id: ID, url: 'https://demo2026.sched.com/', frameId: 0, tab: { windowId: 3 } as Runtime.MessageSender['tab'] };
    expect(tabConference(noTabId)).toBe('sched:demo2026');
    expect(() => senderTab(noTabId)).toThrow(refusals.notSchedulePage);
    expect(() => senderFrame(noTabId)).toThrow(refusals.notFrameOfTab);
  });

  it('lets extension pages touch any conference, a tab only its own', () => {
    const { isPage, requirePage, scopeOf } = senderGuards(ORIGIN);
    expect(isPage(dashboard)).toBe(true);
    expect(isPage(schedule)).toBe(false);
    expect(scopeOf(dashboard)).toBeUndefined();
    expect(scopeOf(schedule)).toBe('sched:demo2026');
    expect(() => scopeOf(elsewhere)).toThrow(refusals.notSchedulePage);
    expect(() => requirePage(dashboard)).not.toThrow();
    expect(() => requirePage(schedule)).toThrow(refusals.notExtensionPage);
    expect(() => requirePage(schedule, refusals.bulkNotFromExtensionPage)).toThrow(refusals.bulkNotFromExtensionPage);
  });

  it('keeps its refusal texts word for word (pages and tests match on them)', () => {
    expect(refusals.notSchedulePage).toBe('Refused: this request must come from a schedule page');
    expect(refusals.notFrameOfTab).toBe('Refused: this request must come from a frame of a tab');
    expect(refusals.notExtensionPage).toBe('Refused: only Talkmarks pages may do this');
    expect(refusals.bulkNotFromExtensionPage).toBe('Refused: only Talkmarks pages may announce bulk changes');
    expect(refusals.shareAnsweredInTalkmarks).toBe('Refused: shared picks are previewed and accepted only in Talkmarks’ own window');
    expect(refusals.noShareLink).toBe('Refused: this page’s address holds no Talkmarks link');
    expect(refusals.recordsOtherConference('sched:a')).toBe('Refused: a page of sched:a can only record sessions of sched:a');
    expect(refusals.changesOtherConference('sched:a', 'sched:b:1')).toBe('Refused: a page of sched:a cannot change sched:b:1');
    expect(refusals.opensOtherConference('sched:a', 'sched:b:1')).toBe('Refused: a page of sched:a cannot open sched:b:1');
    expect(refusals.entryOfAnotherSession('sched:a:1')).toBe('Refused: the entry sent with sched:a:1 is another session');
    expect(refusals.keysOfOtherConference('sched:a')).toBe('Refused: keys of another conference than sched:a');
    expect(refusals.linkOfOtherConference('sched:b', 'sched:a')).toBe('This link holds picks for sched:b, not for this schedule (sched:a). Nothing was changed.');
    expect(refusals.noSuchLayer).toBe('No such colleague layer here');
  });
});
