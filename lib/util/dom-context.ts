/**
 * What precedes an element in document order: schedule pages put a day's date and a slot's time in
 * headings before the entries rather than around them, so fields come from the nearest marker before.
 */
export interface Markers<T> {
  /** Marker value carried by `el` itself or found inside it (the last one wins), or undefined. */
  read(el: Element): T | undefined;
}

/**
 * Finds, for any element, the nearest preceding marker value. Each element's answer is memoised, so
 * resolving every entry of a page costs one pass over it, and resolving a few new entries costs a few steps.
 */
export class PrecedingLookup<T> {
  private memo = new WeakMap<Element, { value: T | undefined }>();
  constructor(private markers: Markers<T>) {}

  find(el: Element): T | undefined {
    const path: Element[] = [];
    let value: T | undefined;
    let found = false;
    let cur: Element | null = el;
    while (cur) {
      const known = this.memo.get(cur);
      if (known) {
        value = known.value;
        found = value !== undefined;
        break;
      }
      path.push(cur);
      const prev: Element | null = cur.previousElementSibling;
      if (prev) {
        const own = this.markers.read(prev);
        if (own !== undefined) {
          value = own;
          found = true;
          break;
        }
        cur = prev;
      } else {
        cur = cur.parentElement;
      }
    }
    const result = found ? value : undefined;
    for (const node of path) this.memo.set(node, { value: result });
    return result;
  }
}
