// Kept apart from the panel so the app shell can mark ranged cells without
// loading the uncertainty panel (and its validation) at start-up.
import type { ScenarioDraft } from '../store/draft';

/** The JSON paths of every input the draft gives a range: the grids mark those cells. */
export function rangedPaths(draft: ScenarioDraft): Set<string> {
  const ranges = Array.isArray(draft.uncertainty) ? draft.uncertainty : [];
  return new Set(ranges.flatMap((range) => (typeof range?.path === 'string' ? [range.path] : [])));
}
