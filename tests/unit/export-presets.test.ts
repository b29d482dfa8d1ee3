import { describe, expect, it } from 'vitest';
import { MarkdownOptions, presetLabels, presetOf, withPreset } from '../../lib/export/options';

/** The export dialog's presets: what each one picks, and that editing one export leaves the next one alone. */
describe('export presets', () => {
  it('each pick what their label says', () => {
    expect(presetLabels).toEqual({ highlights: 'Highlights write-up', notes: 'Full notes', agenda: 'Agenda of starred talks' });
    expect(withPreset('highlights')).toMatchObject({ select: { starred: false, minRating: 1, tags: [], noted: true }, sortBy: 'rating', style: 'item', include: { times: false, rooms: false, notes: true } });
    expect(withPreset('notes')).toMatchObject({ select: { starred: false, minRating: null, noted: false }, sortBy: 'time', style: 'heading', include: { times: true, abstracts: false, notes: true } });
    expect(withPreset('agenda')).toMatchObject({ select: { starred: true, minRating: null }, sortBy: 'time', style: 'item', include: { notes: false, times: true, rooms: true } });
  });

  it('are fresh copies: changing one export’s options or tags changes no other', () => {
    const tags = ['a'];
    const first = withPreset('notes', tags);
    first.include.times = false;
    first.select.tags.push('x');
    first.tagSections.push('b');
    expect(tags).toEqual(['a']);
    expect(withPreset('notes', tags)).toMatchObject({ include: { times: true }, select: { tags: [] }, tagSections: ['a'] });
    expect(presetOf(withPreset('notes'))).toBe('notes');
  });

  it('are told apart by every field, and options missing a later field still match their preset', () => {
    const changed = withPreset('agenda');
    changed.headingLevel = 2;
    expect(presetOf(changed)).toBeUndefined();
    const old = JSON.parse(JSON.stringify(withPreset('agenda'))) as MarkdownOptions;
    delete (old.include as Partial<MarkdownOptions['include']>).whoWent;
    expect(presetOf(old)).toBe('agenda');
  });
});
