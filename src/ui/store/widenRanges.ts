// MODEL.md §8: a range must include its input's value. An edit that moves an
// input outside its range widens the range to take the new value, in the
// same step of history, so no slider or typed value freezes the model.
import { getAtPath, parsePath, setAtPath, type ScenarioDraft } from './draft';

export interface Widening {
  /** The input's JSON path, as the range names it. */
  path: string;
  /** The value the range was widened to take. */
  value: number;
}

function numberAt(draft: ScenarioDraft, path: string): number | undefined {
  const value = getAtPath(draft, parsePath(path));
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * `after` with every range whose input the change moved beyond it widened to
 * take the new value. A range the user narrowed themselves (the input kept
 * its value) is left for the checks to report.
 */
export function widenRanges(before: ScenarioDraft, after: ScenarioDraft): { draft: ScenarioDraft; widened: Widening[] } {
  const ranges = Array.isArray(after.uncertainty) ? after.uncertainty : [];
  const widened: Widening[] = [];
  let draft = after;
  ranges.forEach((range, i) => {
    const path = range?.path;
    if (typeof path !== 'string' || typeof range.low !== 'number' || typeof range.high !== 'number') return;
    const value = numberAt(after, path);
    if (value === undefined || value === numberAt(before, path)) return;
    const bound = value < range.low ? 'low' : value > range.high ? 'high' : undefined;
    if (!bound) return;
    draft = setAtPath(draft, ['uncertainty', i, bound], value);
    widened.push({ path, value });
  });
  return { draft, widened };
}
