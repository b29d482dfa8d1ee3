
export interface PageChanges {
  /** Runs our own DOM writes unobserved: they are no page change, and 10,000 records would cost time. */
  quiet<T>(write: () => T): T;
  /** Watches another root the page renders into (a component's open shadow root) with the same observer. */
  observe(root: Node): void;
}

/** Added roots without the ones inside another added root: each subtree is parsed once. */
function outermost(roots: Element[]): Element[] {
  const set = new Set(roots);
  return roots.filter((root) => {
    for (let p = root.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return root.isConnected;
  });
}

/**
 * One MutationObserver for the page (and any shadow root handed to it). Subtrees it adds are handed to `onFrame` once per animation frame (before
 * that frame paints them), with the nodes it removed; our own elements are no news.
 */
export function observePage(onFrame: (added: Element[], removed: Node[]) => void, signal: AbortSignal): PageChanges {
  let added: Element[] = [];
  let removed: Node[] = [];
  let frame = 0;
  const flush = () => {
    frame = 0;
    const roots = outermost(added);
    const gone = removed;
    added = [];
    removed = [];
    onFrame(roots, gone);
  };
  const take = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of record.removedNodes) if (node.nodeType === 1) removed.push(node);
      for (const node of record.addedNodes) {
        // Our own elements (controls, editor, markers, prompt, panel) are `tm-` and never hold page entries.
        if (node.nodeType === 1 && !(node as Element).localName.startsWith('tm-')) added.push(node as Element);
      }
    }
    if ((added.length || removed.length) && !frame) frame = requestAnimationFrame(flush);
  };
  const observer = new MutationObserver(take);
  const targets: Node[] = [document.documentElement];
  const watch = () => targets.forEach((target) => observer.observe(target, { childList: true, subtree: true }));
  watch();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  });
  return {
    quiet(write) {
      take(observer.takeRecords());
      observer.disconnect();
      try {
        return write();
      } finally {
        if (!signal.aborted) watch();
      }
    },
    observe(root) {
      targets.push(root);
      observer.observe(root, { childList: true, subtree: true });
    },
  };
}
