// A mark in localStorage while the model runs, so a tab that died during a
// run (a worker out of memory can take the whole tab with it) is known on
// the next load, which then opens with the model paused instead of running
// the same draft into the same crash. A normal unload clears the mark: only
// a crash leaves it behind.

const MARK_KEY = 'upstream.modelRunning';

function tryStorage(act: () => void): void {
  try {
    act();
  } catch {
    // Without localStorage there is no crash loop guard; the model still runs.
  }
}

export const markRunStarted = () => tryStorage(() => localStorage.setItem(MARK_KEY, new Date().toISOString()));
export const markRunEnded = () => tryStorage(() => localStorage.removeItem(MARK_KEY));

/** Whether the last visit ended during a model run. */
export function lastVisitCrashedInRun(): boolean {
  try {
    return localStorage.getItem(MARK_KEY) !== null;
  } catch {
    return false;
  }
}
