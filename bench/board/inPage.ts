/**
 * Functions that run inside the benchmarked page (passed to Playwright's addInitScript and
 * evaluate, so each must be self-contained: no imports, no outer variables). bench/ is
 * type-checked with Node's libraries, so the few browser globals they use are typed here.
 */

/** A viewport step: the board point at the centre of the screen, and the zoom. */
export interface ViewStep {
  cx: number;
  cy: number;
  zoom: number;
}

export type Driver = 'minga' | 'tldraw';

export interface ReadyMark {
  /** Milliseconds from the start of the navigation (the page's time origin). */
  ms: number;
  how: 'marker' | 'node-count';
  nodes: number;
}

interface PageNode {
  querySelectorAll(selector: string): { length: number };
  querySelector(selector: string): PageNode | null;
  scrollLeft: number;
  scrollTop: number;
  style: Record<string, string>;
  getBoundingClientRect(): { width: number; height: number };
}
interface PageGlobals {
  document: PageNode & { documentElement: unknown };
  innerWidth: number;
  innerHeight: number;
  requestAnimationFrame(callback: (time: number) => void): number;
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
  __benchReady?: ReadyMark;
  __mingaCanvas?: { setViewport(viewport: { x: number; y: number; zoom: number }): void };
  editor?: { setCamera(camera: { x: number; y: number; z: number }): void };
}

/**
 * Records when the board is ready: the moment the canvas sets `data-board-ready` (which it does
 * once the first frame with elements has painted). A renderer without the marker is timed by
 * its element nodes instead: the frame at which their count reached the value it then kept for
 * five frames.
 */
export function watchReady(nodeSelector: string): void {
  const page = globalThis as unknown as PageGlobals;
  const count = () => page.document.querySelectorAll(nodeSelector).length;
  const observer = new page.MutationObserver(() => {
    if (page.__benchReady || !page.document.querySelector('[data-board-ready]')) return;
    page.__benchReady = { ms: performance.now(), how: 'marker', nodes: count() };
    observer.disconnect();
  });
  observer.observe(page.document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-board-ready'] });
  let last = 0;
  let since = 0;
  let stable = 0;
  const tick = () => {
    if (page.__benchReady) return;
    const now = count();
    if (now > 0 && now === last) stable += 1;
    else [last, since, stable] = [now, performance.now(), 0];
    if (stable >= 5) page.__benchReady = { ms: since, how: 'node-count', nodes: now };
    else page.requestAnimationFrame(tick);
  };
  page.requestAnimationFrame(tick);
}

/**
 * Plays viewport steps, one per animation frame, and returns the intervals between frames.
 * The first step is applied, then the page settles for `settleMs` before recording starts, so a
 * phase measures steady panning and zooming, not the jump into it. Stops early after `maxMs`.
 */
export function playSteps(input: { driver: Driver; steps: ViewStep[]; settleMs: number; maxMs: number }): Promise<number[]> {
  const page = globalThis as unknown as PageGlobals;
  // Minga's viewport is relative to its canvas pane, which sits below the page's header.
  const pane = input.driver === 'minga' ? page.document.querySelector('.react-flow')?.getBoundingClientRect() : undefined;
  const width = pane?.width ?? page.innerWidth;
  const height = pane?.height ?? page.innerHeight;
  const apply = (step: ViewStep) => {
    if (input.driver === 'tldraw') {
      page.editor!.setCamera({ x: width / (2 * step.zoom) - step.cx, y: height / (2 * step.zoom) - step.cy, z: step.zoom });
    } else {
      page.__mingaCanvas!.setViewport({ x: width / 2 - step.cx * step.zoom, y: height / 2 - step.cy * step.zoom, zoom: step.zoom });
    }
  };
  return new Promise((resolve) => {
    apply(input.steps[0]!);
    setTimeout(() => {
      const intervals: number[] = [];
      let previous = 0;
      let index = 1;
      const started = performance.now();
      const frame = (time: number) => {
        if (previous) intervals.push(time - previous);
        previous = time;
        if (index >= input.steps.length || performance.now() - started > input.maxMs) {
          resolve(intervals);
          return;
        }
        apply(input.steps[index]!);
        index += 1;
        page.requestAnimationFrame(frame);
      };
      page.requestAnimationFrame(frame);
    }, input.settleMs);
  });
}

/** Intervals between `count` frames of a page doing nothing: the machine's own noise floor. */
export function idleFrames(count: number): Promise<number[]> {
  const page = globalThis as unknown as PageGlobals;
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let previous = 0;
    const frame = (time: number) => {
      if (previous) intervals.push(time - previous);
      previous = time;
      if (intervals.length >= count) resolve(intervals);
      else page.requestAnimationFrame(frame);
    };
    page.requestAnimationFrame(frame);
  });
}
