import { describe, expect, it } from 'vitest';
import { pretalxEmbed, readEmbeds, sessionizeEmbed } from '../../lib/adapters/embeds/read';
import { createSessionizeEmbed } from '../../lib/adapters/embeds/sessionize';
import { createPretalx } from '../../lib/adapters/pretalx/adapter';
import { parseSchedule } from '../../lib/schedules';
import { htmlDocument } from '../support/dom';
import { readReal } from '../support/fixtures';
import { renderPretalxWidget } from '../support/pretalx-widget';

const SITE = new URL('https://www.democon.example/2022/programme/');

describe('reading the schedule a page embeds', () => {
  it('pretalx: the event of `<pretalx-schedule event-url>`, keyed as on pretalx’s own pages', () => {
    const doc = htmlDocument('<h1>Programme</h1><pretalx-schedule event-url="https://pretalx.example.org/democon/" locale="en"></pretalx-schedule>');
    expect(readEmbeds(doc, SITE)).toEqual([
      { platform: 'pretalx', conference: 'pretalx:pretalx.example.org_democon', eventUrl: 'https://pretalx.example.org/democon/', label: 'pretalx.example.org/democon' },
    ]);
  });

  it('pretalx: every form of the event’s address names the same event', () => {
    const forms = [
      'https://pretalx.example.org/democon/',
      'https://pretalx.example.org/democon',
      'https://pretalx.example.org/democon/schedule/',
      'https://pretalx.example.org/democon/schedule/widget/v2.json',
      'https://pretalx.example.org/democon/talk/3J9C7D/',
    ];
    for (const form of forms) expect(pretalxEmbed(form, SITE)?.conference, form).toBe('pretalx:pretalx.example.org_democon');
    expect(pretalxEmbed('https://cfp.example.org/congress/2024/', SITE)?.conference).toBe('pretalx:cfp.example.org_congress_2024');
    // No event path, or no web address: no event.
    for (const bad of ['https://pretalx.example.org/', 'javascript:alert(1)', '', null]) expect(pretalxEmbed(bad, SITE)).toBeUndefined();
  });

  it('Sessionize: the script and the lazy loader, in each view, name one event', () => {
    const doc = htmlDocument(`
      <script type="text/javascript" src="https://sessionize.com/api/v2/jl4ktls0/view/GridSmart"></script>
      <div class="sessionize-loader" data-sessionize-load-url="https://sessionize.com/api/v2/jl4ktls0/view/Sessions?under=True"></div>`);
    expect(readEmbeds(doc, SITE)).toEqual([
      { platform: 'sessionize', conference: 'sessionize:jl4ktls0', eventUrl: 'https://sessionize.com/api/v2/jl4ktls0/view/All', label: 'sessionize.com (jl4ktls0)', view: 'GridSmart' },
    ]);
    for (const view of ['GridSmart', 'Grid', 'Sessions', 'Speakers', 'SpeakerWall', 'All']) {
      expect(sessionizeEmbed(`https://sessionize.com/api/v2/JL4KTLS0/view/${view}`)).toMatchObject({ conference: 'sessionize:jl4ktls0', view });
    }
    for (const bad of ['https://sessionize.evil.example/api/v2/jl4ktls0/view/All', 'https://sessionize.com/jl4ktls0', 'https://sessionize.com/api/v2/x/view/All']) {
      expect(sessionizeEmbed(bad), bad).toBeUndefined();
    }
  });

  it('a page with both platforms lists each event once; a pretalx page’s own component is no embed', () => {
    const doc = htmlDocument(`
      <pretalx-schedule event-url="https://pretalx.example.org/democon/"></pretalx-schedule>
      <pretalx-schedule event-url="https://pretalx.example.org/democon"></pretalx-schedule>
      <script src="https://sessionize.com/api/v2/jl4ktls0/view/Grid"></script>`);
    expect(readEmbeds(doc, SITE).map((c) => c.conference)).toEqual(['pretalx:pretalx.example.org_democon', 'sessionize:jl4ktls0']);
    const own = htmlDocument(readReal('pretalx/democon-schedule.html'));
    expect(readEmbeds(own, new URL('https://pretalx.example.org/democon/schedule/'))).toEqual([]);
  });
});

describe('controls on the markup an embed renders', () => {
  it('pretalx: the component’s cards on another site carry the event’s own keys and talk addresses', () => {
    const doc = htmlDocument('<title>Programme – DemoCon 2022</title><pretalx-schedule event-url="https://pretalx.example.org/democon/"></pretalx-schedule>');
    const root = renderPretalxWidget(doc.querySelector('pretalx-schedule')!, JSON.parse(readReal('pretalx/democon-widget-v2.json')));
    const adapter = createPretalx({ event: new URL('https://pretalx.example.org/democon/') });
    const found = adapter.parse(root, SITE);
    const own = parseSchedule(readReal('pretalx/democon-widget-v2.json'), { address: 'https://pretalx.example.org/democon/schedule/widget/v2.json' });
    expect(found.map((f) => f.entry.key).sort()).toEqual(own.entries.map((e) => e.key).sort());
    expect(found[0]!.entry.url).toMatch(/^https:\/\/pretalx\.example\.org\/democon\/talk\/[A-Z0-9]+\/$/);
    expect(adapter.conference(doc, SITE)).toMatchObject({ id: 'pretalx:pretalx.example.org_democon', url: 'https://pretalx.example.org/democon/' });
  });

  it('Sessionize: rendered sessions keyed as `/view/All` keys them; service sessions and odd ids get nothing', () => {
    const all = parseSchedule(readReal('sessionize/global-azure-austria-2024-all.json'), { address: 'https://sessionize.com/api/v2/jl4ktls0/view/All', timeZone: 'Europe/Vienna' });
    const [first, second] = all.entries;
    const doc = htmlDocument(`
      <div class="sz-cssgrid">
        <div class="sz-session" data-sessionid="${first!.key.split(':').pop()}"><h3 class="sz-session__title">${first!.title}</h3></div>
        <div class="sz-session sz-session--service" data-sessionid="1"><h3 class="sz-session__title">Lunch</h3></div>
        <div class="sz-session" data-sessionid="not-a-number"><h3 class="sz-session__title">Odd</h3></div>
        <ul class="sz-sessions--list"><li class="sz-session" data-sessionid="${second!.key.split(':').pop()}"><h3 class="sz-session__title">${second!.title}</h3></li></ul>
      </div>`);
    const conference = { id: 'sessionize:jl4ktls0', platform: 'sessionize' as const, event: 'jl4ktls0', name: 'Global Azure' };
    const found = createSessionizeEmbed(conference).parse(doc, SITE);
    expect(found.map((f) => [f.entry.key, f.entry.title])).toEqual([
      [first!.key, first!.title],
      [second!.key, second!.title],
    ]);
    expect(found[0]!.anchor.className).toBe('sz-session__title');
    // With the event's JSON, the JSON's entry as it is.
    const withData = createSessionizeEmbed(conference, new Map(all.entries.map((e) => [e.key.split(':').pop()!, e]))).parse(doc, SITE);
    expect(withData[1]!.entry).toBe(second);
  });
});
