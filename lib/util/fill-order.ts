/**
 * Which rows of a long list are drawn while it fills in: the first screen first, the rest a slice at a time after
 * the first paint. The list is made of parts (a day's sessions, its "Earlier today"); `order` says which parts get
 * rows first (the day the list opens at), and a part in `whole` (a day the user jumped to) is drawn at once.
 * Returns, for each part, how many of its first rows are drawn.
 */
export function drawnCounts(sizes: readonly number[], order: readonly number[], budget: number, whole: ReadonlySet<number> = new Set()): number[] {
  const counts = sizes.map((size, i) => (whole.has(i) ? size : 0));
  let left = Math.max(0, budget);
  for (const i of order) {
    if (whole.has(i) || sizes[i] === undefined) continue;
    counts[i] = Math.min(sizes[i]!, left);
    left -= counts[i]!;
  }
  return counts;
}

/** The parts in the order they fill: those of `first` (in their order), then every other part in document order. */
export function fillOrder(count: number, first: readonly number[]): number[] {
  const rest = Array.from({ length: count }, (_, i) => i).filter((i) => !first.includes(i));
  return [...first.filter((i) => i >= 0 && i < count), ...rest];
}
