import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { RatingInput } from '../../components/session/RatingInput';

const host = document.createElement('div');
document.body.append(host);
afterEach(() => render(null, host));

async function rating(value: number | null) {
  const changes: (number | null)[] = [];
  await act(() => render(<RatingInput value={value} title="GitOps at Scale" onChange={(r) => changes.push(r)} />, host));
  const stars = () => [...host.querySelectorAll<HTMLButtonElement>('button[aria-label^="Rate"]')];
  const glyphs = () => stars().map((b) => b.textContent).join('');
  const clear = () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Clear rating');
  return { changes, stars, glyphs, clear };
}

describe('the rating', () => {
  it('offers Clear rating only when there is a rating', async () => {
    expect((await rating(null)).clear()).toBeUndefined();
    const rated = await rating(4);
    expect(rated.glyphs()).toBe('★★★★☆');
    await act(() => rated.clear()!.click());
    expect(rated.changes).toEqual([null]);
  });

  it('previews the rating a star would give while the pointer is on it, and shows the stored one after', async () => {
    const r = await rating(1);
    await act(() => void r.stars()[2]!.dispatchEvent(new PointerEvent('pointerenter')));
    expect(r.glyphs()).toBe('★★★☆☆');
    await act(() => void host.querySelector('.tm-rating')!.dispatchEvent(new PointerEvent('pointerleave')));
    expect(r.glyphs()).toBe('★☆☆☆☆');
    // Pressing the stored level again clears it.
    await act(() => r.stars()[0]!.click());
    expect(r.changes).toEqual([null]);
  });
});
