import type { CDPSession, Page } from 'playwright-core';

/**
 * Our in-page UI that shows the user's data sits in closed shadow roots, which Playwright's locators (like the page's
 * own scripts) cannot enter. The user reaches it all the same, and so do these helpers: they find an element the way
 * assistive technology does, by role and accessible name in Chromium's accessibility tree (closed roots included,
 * through CDP), and act on it with real (trusted) mouse clicks and keys.
 */
export interface Found {
  click(): Promise<void>;
  /** Clicks into the field, selects what it holds and types `text` over it. */
  fill(text: string): Promise<void>;
  /** The field's value, else the element's text. */
  value(): Promise<string>;
  attribute(name: string): Promise<string | null>;
  /** Moves the focus to it, as Tab would. */
  focus(): Promise<void>;
}

async function withCdp<T>(page: Page, run: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await run(cdp);
  } finally {
    await cdp.detach();
  }
}

/** The elements with this role and exact accessible name, anywhere in the page's main frame. */
async function query(page: Page, role: string, name: string): Promise<number[]> {
  return withCdp(page, async (cdp) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role, accessibleName: name });
    return nodes.flatMap((n) => (n.backendDOMNodeId === undefined || n.ignored ? [] : [n.backendDOMNodeId]));
  });
}

async function call<T>(page: Page, backendNodeId: number, fn: string, arg?: string): Promise<T> {
  return withCdp(page, async (cdp) => {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      arguments: arg === undefined ? [] : [{ value: arg }],
      returnByValue: true,
    });
    return result.value as T;
  });
}

async function centre(page: Page, backendNodeId: number): Promise<{ x: number; y: number }> {
  return withCdp(page, async (cdp) => {
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
    const [x1, y1, , , x3, y3] = model.border;
    return { x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
  });
}

function found(page: Page, id: number): Found {
  const click = async () => {
    const { x, y } = await centre(page, id);
    await page.mouse.click(x, y);
  };
  return {
    click,
    async fill(text) {
      await click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    },
    // A button has a `value` too (empty): only fields answer with theirs.
    value: () => call(page, id, 'function () { return this.matches("input, textarea, select") ? this.value : this.textContent; }'),
    attribute: (name) => call(page, id, 'function (name) { return this.getAttribute(name); }', name),
    focus: () => call(page, id, 'function () { this.focus(); }'),
  };
}

/** The one element with `role` and accessible `name`; waits up to 10 s for it to appear. */
export async function byRole(page: Page, role: string, name: string): Promise<Found> {
  let ids: number[] = [];
  for (let waited = 0; waited < 10_000 && ids.length !== 1; waited += 100) {
    ids = await query(page, role, name);
    if (ids.length !== 1) await page.waitForTimeout(100);
  }
  if (ids.length !== 1) throw new Error(`${ids.length} elements with role ${role} and name "${name}"`);
  return found(page, ids[0]!);
}

/** The first element with `role` and accessible `name` where several share them; waits up to 10 s for one. */
export async function firstByRole(page: Page, role: string, name: string): Promise<Found> {
  let ids: number[] = [];
  for (let waited = 0; waited < 10_000 && ids.length === 0; waited += 100) {
    ids = await query(page, role, name);
    if (ids.length === 0) await page.waitForTimeout(100);
  }
  if (ids.length === 0) throw new Error(`no element with role ${role} and name "${name}"`);
  return found(page, ids[0]!);
}

/** The aria-label of the element that has the focus, however deep in closed shadow roots it sits. */
export async function focusedLabel(page: Page): Promise<string | null> {
  return withCdp(page, async (cdp) => {
    let { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    for (let depth = 0; depth < 5 && result.objectId; depth++) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) break;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const inner = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.activeElement; }' });
      if (!inner.result.objectId) break;
      result = inner.result;
    }
    if (!result.objectId) return null;
    const label = await cdp.send('Runtime.callFunctionOn', { objectId: result.objectId, functionDeclaration: 'function () { return this.getAttribute("aria-label"); }', returnByValue: true });
    return label.result.value as string | null;
  });
}

/** How many elements have this role and exact accessible name (0 when none), closed shadow roots included. */
export async function countByRole(page: Page, role: string, name: string): Promise<number> {
  return (await query(page, role, name)).length;
}

/** The text in the (closed) shadow root of the first element matching `hostSelector`, or null without one. */
export async function shadowText(page: Page, hostSelector: string): Promise<string | null> {
  return withCdp(page, async (cdp) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
    return result.value as string;
  });
}
