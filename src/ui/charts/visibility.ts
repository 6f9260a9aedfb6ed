// A chart redraws only when someone can see it: each redraw costs a few
// milliseconds, and of eight charts only one or two are on screen at a time
// (none while the board view covers the page). Hidden charts catch up as
// soon as they are seen again.
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
