/**
 * What runs in the page's main world. Marks from the content script (`talkmarks:*`) and the floor script
 * (`floor:*`) share the page's performance timeline, so one probe measures both the same way.
 */
declare global {
  interface Window {
    __bench: { longtasks: [number, number][]; painted: Record<string, number> };
  }
}

/** Installed before any page script: long tasks, and the end of the first frame painted after each `*:ready`. */
export function installProbe(): void {
  const bench = (window.__bench = { longtasks: [], painted: {} } as Window['__bench']);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the column stays empty.
  }
  for (const name of ['talkmarks:ready', 'floor:ready', 'style:ready']) {
    const tick = () => {
      if (!performance.getEntriesByName(name).length) return void requestAnimationFrame(tick);
      // A task posted from a frame's rAF runs once that frame is rendered.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (bench.painted[name] = performance.now());
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(tick);
  }
}

export interface LoadFigures {
  entries: number;
  controls: number;
  readyMs: number;
  paintedMs: number;
  longestTaskMs: number;
  slices?: number;
  busyMs?: number;
  longestSliceMs?: number;
}

/** Start-to-ready of `prefix:start`/`prefix:ready`, the first painted frame after, the longest task meanwhile. */
export function loadFigures(prefix: string): LoadFigures | undefined {
  const start = performance.getEntriesByName(`${prefix}:start`)[0];
  const ready = performance.getEntriesByName(`${prefix}:ready`)[0] as PerformanceMark | undefined;
  const painted = window.__bench.painted[`${prefix}:ready`];
  if (!start || !ready || painted === undefined) return undefined;
  const overlapping = window.__bench.longtasks.filter(([s, d]) => s + d > start.startTime && s < painted);
  const detail = (ready.detail ?? {}) as { slices?: number; busyMs?: number; longestMs?: number };
  return {
    entries: document.querySelectorAll('a[href*="event/"]').length,
    controls: document.querySelectorAll(prefix === 'talkmarks' ? 'tm-controls' : 'button, tm-controls').length,
    readyMs: ready.startTime - start.startTime,
    paintedMs: painted - start.startTime,
    longestTaskMs: Math.max(0, ...overlapping.map(([, d]) => d)),
    slices: detail.slices,
    busyMs: detail.busyMs,
    longestSliceMs: detail.longestMs,
  };
}

/** Inserts `n` new sessions in the middle of the list; resolves with the ms until all have controls, and the work measured. */
export function insertLater([n, tag, measure]: [number, string, string]): Promise<{ latencyMs: number; workMs: number }> {
  const containers = document.querySelectorAll('.sched-container-inner');
  const target = containers[Math.floor(containers.length / 2)]!;
  const before = performance.getEntriesByName(measure).length;
  return new Promise((resolve) => {
    let seen = 0;
    const started = performance.now();
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if ((node as Element).localName === tag) seen++;
      if (seen < n) return;
      observer.disconnect();
      const latencyMs = performance.now() - started;
      // The measure is taken right after the work: let it land.
      setTimeout(() => {
        const work = performance.getEntriesByName(measure).slice(before) as PerformanceMeasure[];
        resolve({ latencyMs, workMs: work.reduce((sum, m) => sum + m.duration, 0) });
      }, 50);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    target.insertAdjacentHTML(
      'beforeend',
      Array.from(
        { length: n },
        (_, i) =>
          `<span class="event ev_1"><a href="event/zz${i}x/late-${i}" id="${(i + 1).toString(16).padStart(32, 'f')}" class="name">Late addition ${i}<span class="vs">Room L</span></a></span>`,
      ).join(''),
    );
  });
}
