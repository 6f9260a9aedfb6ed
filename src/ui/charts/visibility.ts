// When charts take new results and redraw. A chart in the results grid that
// nobody can see takes new results, and works out its figures, just after
// the next paint, so the chart on screen is drawn and painted first; and a
// chart redraws only when seen: each costs a few milliseconds, and of the
// charts only one or two are on screen at a time (none while the board view
// covers the page). Hidden charts redraw as soon as they are seen again.
// When new results reach several charts at once, the one highest on the page
// (the spend-by-level chart in the main view) redraws before the task ends
// and the rest just after the next paint, so it reaches the screen a frame
// or more sooner. Before anything leaves the screen (printing, a PNG, an
// export) every chart catches up, seen or not: paper must never show the
// last scenario's picture.
import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { afterNextPaint } from '../nextPaint';

const [pageCovered, setPageCovered] = createSignal(false);
/** True for the moment every chart takes the latest results, seen or not (bringChartsUpToDate). */
const [catchingUp, setCatchingUp] = createSignal(false);
const printMedia = window.matchMedia('print');
const [printing, setPrinting] = createSignal(printMedia.matches);

/** True while the board view covers the page: charts outside it need not redraw. */
export { pageCovered, setPageCovered };
/** True while the page is being printed (from the print dialog opening to its closing, or while print media is emulated). */
export { printing };

/** Whether `element` is on screen or nearly (within 200 px), from an IntersectionObserver; `until` the observer first says. */
export function createOnScreen(element: Element, until = true): Accessor<boolean> {
  const [onScreen, setOnScreen] = createSignal(until);
  const observer = new IntersectionObserver((entries) => setOnScreen(entries[entries.length - 1].isIntersecting), { rootMargin: '200px' });
  observer.observe(element);
  onCleanup(() => observer.disconnect());
  return onScreen;
}

/**
 * `value` as it is while `element` is on screen and the board view does not
 * cover it, or while every chart is brought up to date; otherwise `value` as
 * it was, caught up just after the next paint. Work that reads it for a chart
 * out of sight then waits until the chart on screen has been painted, yet
 * nothing stays behind for more than a frame or two: not its title, its
 * summary for screen readers nor its table.
 */
export function createSeenValue<T>(element: Element, value: Accessor<T>): Accessor<T> {
  const onScreen = createOnScreen(element);
  const [catchUps, setCatchUps] = createSignal(0);
  let shown = value();
  let catchUpAsked = false;
  let catchUpDue = false;
  return createMemo(() => {
    catchUps();
    const latest = value();
    if ((onScreen() && !pageCovered()) || catchingUp() || catchUpDue) {
      shown = latest;
      catchUpDue = false;
    } else if (latest !== shown && !catchUpAsked) {
      catchUpAsked = true;
      afterNextPaint(() => {
        catchUpAsked = false;
        catchUpDue = true;
        setCatchUps((n) => n + 1);
      });
    }
    return shown;
  });
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
    if (afterPaint.size === 0) afterNextPaint(redrawWaiting);
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
  // Charts out of sight take the latest results first (createSeenValue); their redraws join the waiting ones.
  setCatchingUp(true);
  setCatchingUp(false);
  const redraws = new Set([...askedThisTask.keys(), ...afterPaint, ...unseen]);
  askedThisTask.clear();
  afterPaint.clear();
  unseen.clear();
  for (const redraw of redraws) redraw();
}

// Ctrl+P and the browser's own Print reach here too, not only the app's menu.
function startPrinting(): void {
  setPrinting(true);
  bringChartsUpToDate();
}
window.addEventListener('beforeprint', startPrinting);
window.addEventListener('afterprint', () => setPrinting(printMedia.matches));
printMedia.addEventListener('change', (event) => (event.matches ? startPrinting() : setPrinting(false)));
