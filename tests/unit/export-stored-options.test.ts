import { describe, expect, it } from 'vitest';
import { MarkdownOptions, defaultOptions, presetOf, presets, withPreset, type PresetName } from '../../lib/export/options';
import { readStoredOptions } from '../../lib/export/stored-options';

describe('presets', () => {
  it.each(Object.keys(presets) as PresetName[])('%s is valid options and is recognised as itself', (name) => {
    const options = MarkdownOptions.parse(withPreset(name, ['cool-tech']));
    expect(presetOf(options)).toBe(name);
  });

  it('stops being a preset once a preset field changes, but not for picked tag sections', () => {
    const options = withPreset('highlights');
    options.include.rooms = true;
    expect(presetOf(options)).toBeUndefined();
    expect(presetOf(withPreset('agenda', ['a', 'b']))).toBe('agenda');
  });

  it('the dialog starts on the highlights preset', () => {
    expect(presetOf(defaultOptions())).toBe('highlights');
  });
});

describe('options read back from storage', () => {
  it('nothing stored gives the defaults, quietly', () => {
    expect(readStoredOptions(undefined)).toEqual({ options: defaultOptions(), reset: [] });
  });

  it('valid options come back as stored', () => {
    const stored = withPreset('agenda', ['cool-tech']);
    stored.headingLevel = 3;
    expect(readStoredOptions(JSON.parse(JSON.stringify(stored)))).toEqual({ options: stored, reset: [] });
  });

  it('a bad field resets only itself and says which', () => {
    const stored = { ...withPreset('notes', ['x']), headingLevel: 9, include: { ...withPreset('notes').include, notes: 'yes' } };
    const { options, reset } = readStoredOptions(stored);
    expect(reset).toEqual(['include.notes', 'headingLevel']);
    expect(options.headingLevel).toBe(1);
    expect(options.include.notes).toBe(true);
    expect(options.style).toBe('heading');
    expect(options.tagSections).toEqual(['x']);
  });

  it('a field an older version did not write takes its default without complaint', () => {
    const { tagSections: _t, ...older } = withPreset('agenda');
    expect(readStoredOptions(older)).toEqual({ options: withPreset('agenda'), reset: [] });
  });

  it('garbage resets everything', () => {
    expect(readStoredOptions('nonsense')).toEqual({ options: defaultOptions(), reset: ['(all)'] });
  });

  it('normalises tags as everywhere else', () => {
    expect(readStoredOptions({ ...withPreset('highlights'), tagSections: ['Cool Tech'] }).options.tagSections).toEqual(['cool-tech']);
  });
});
