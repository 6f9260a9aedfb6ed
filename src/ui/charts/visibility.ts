// When charts redraw. A chart redraws only when someone can see it: each
// redraw costs a few milliseconds, and of the charts only one or two are on
// screen at a time (none while the board view covers the page). Hidden charts
// catch up as soon as they are seen again. When new results reach several
// charts at once, the one highest on the page (the spend-by-level chart in the
// main view) redraws before the task ends and the rest just after the next
// paint, so it reaches the screen a frame or more sooner. Before anything
// leaves the screen (printing, a PNG, an export) every chart catches up,
// seen or not: paper must never show the last scenario's picture.
import { createSignal, onCleanup, type Accessor } from 'solid-js';

const [pageCovered, setPageCovered] = createSignal(false);

/** True while the board view covers the page: charts outside it need not redraw. */
export { pageCovered, setPageCovered };

/** Whether `element` is on screen or nearly (within 200 px), from an IntersectionObserver. */
export function createOnScreen(element: Element): Accessor<boolean> {
  const [onScreen, setOnScreen] = createSignal(true);
  const observer = new IntersectionObserver((entries) => setOnScreen(entries[entries.length - 1].isIntersecting), { rootMargin: '200px' });
  observer.observe(element);
  onCleanup(() => observer.disconnect());
  return onScreen;
}

/** Redraws asked for in the task under way, each with its chart's element. */
const askedThisTask = new Map<() => void, Element>();
/** Redraws waiting for the next paint. */
const afterPaint = new Set<() => void>();
/** Redraws of charts given new data while nobody could see them. */
const unseen = new Set<() => void>();

function redrawWaiting(): void {
  const redraws = [...afterPaint];
  afterPaint.clear();
  for (const redraw of redraws) redraw();
}

const above = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Once every chart that new results reach has asked: the highest now, the rest after the next paint. */
function redrawHighestNow(): void {
  let highest: [() => void, Element] | undefined;
  for (const asked of askedThisTask) if (!highest || above(asked[1], highest[1])) highest = asked;
  const [now] = highest ?? [];
  for (const redraw of askedThisTask.keys()) {
    if (redraw === now) continue;
    // An animation frame callback runs before the paint; a task it queues runs after.
    if (afterPaint.size === 0) requestAnimationFrame(() => setTimeout(redrawWaiting));
    afterPaint.add(redraw);
  }
  askedThisTask.clear();
  if (!now) return;
  afterPaint.delete(now);
  now();
}

/**
 * Asks for `redraw` of the chart drawn in `element`: it runs before the
 * current task ends if no chart higher on the page asks too in this task,
 * otherwise just after the next paint. {@link cancelRedraw} when the chart goes.
 */
export function requestRedraw(element: Element, redraw: () => void): void {
  // Results reach the charts in one synchronous update: a microtask runs once they all have asked.
  if (askedThisTask.size === 0) queueMicrotask(redrawHighestNow);
  unseen.delete(redraw);
  askedThisTask.set(redraw, element);
}

/** Notes that the chart has new data it has not drawn, because nobody can see it. */
export function deferRedraw(redraw: () => void): void {
  unseen.add(redraw);
}

export function cancelRedraw(redraw: () => void): void {
  askedThisTask.delete(redraw);
  afterPaint.delete(redraw);
  unseen.delete(redraw);
}

/** Draws every chart that has data it has not drawn yet, at once: call it before printing or saving a picture. */
export function bringChartsUpToDate(): void {
  const redraws = new Set([...askedThisTask.keys(), ...afterPaint, ...unseen]);
  askedThisTask.clear();
  afterPaint.clear();
  unseen.clear();
  for (const redraw of redraws) redraw();
}

// Ctrl+P and the browser's own Print reach here too, not only the app's menu.
window.addEventListener('beforeprint', bringChartsUpToDate);
window.matchMedia('print').addEventListener('change', (event) => event.matches && bringChartsUpToDate());
