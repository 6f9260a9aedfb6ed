// Work that should reach the screen a frame later than what is being drawn now.

/** Runs `callback` just after the browser's next paint: an animation frame callback runs before the paint, and a task it queues runs after. */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback));
}
