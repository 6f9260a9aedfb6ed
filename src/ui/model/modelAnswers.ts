// The moment the model's answer to a run has reached the screen: its results
// drawn in the charts (visibility.ts draws the highest in a microtask queued
// while the results were handed out), or its problems marked. An input grid
// holds back its own redraw after an edit until then, so the charts are not
// kept waiting behind it (ScenarioGrid.tsx).

const waiting = new Set<() => void>();

/** Calls `callback` once, after the model's next answer has been shown; returns a function that cancels it. */
export function whenModelAnswers(callback: () => void): () => void {
  waiting.add(callback);
  return () => waiting.delete(callback);
}

/** Says the model has answered: call it once the answer is handed to the screen, in the same task. */
export function modelAnswered(): void {
  // Queued after the microtask that draws the charts, so it runs once they have drawn.
  queueMicrotask(() => {
    const callbacks = [...waiting];
    waiting.clear();
    for (const callback of callbacks) callback();
  });
}
