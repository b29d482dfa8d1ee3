import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../lib/export/kb/defaults';
import { defaultNotesSettings, readNotesSettings, templatesOf, withTemplate } from '../../lib/export/kb/settings';

/** The notes export's settings: what a new profile starts with, and how a changed template is kept. */
describe('notes export settings', () => {
  it('start as Obsidian, every talk written, every template the default', () => {
    const settings = defaultNotesSettings();
    expect(settings).toEqual({ flavour: 'obsidian', onlyNew: false, templates: { obsidian: {}, logseq: {}, plain: {} } });
    expect(templatesOf(settings)).toEqual(defaultTemplates.obsidian);
    expect(readNotesSettings({ flavour: 'vim' })).toEqual(settings);
  });

  it('keep a changed template for the chosen flavour only, and store the default text as "use the default"', () => {
    const own = withTemplate({ ...defaultNotesSettings(), flavour: 'logseq' }, 'day', 'My day {{date}}');
    expect(templatesOf(own)).toEqual({ ...defaultTemplates.logseq, day: 'My day {{date}}' });
    expect(templatesOf(own, 'obsidian')).toEqual(defaultTemplates.obsidian);
    const back = withTemplate(own, 'day', defaultTemplates.logseq.day);
    expect(back.templates.logseq.day).toBeUndefined();
    expect(templatesOf(back)).toEqual(defaultTemplates.logseq);
  });
});
