// MODEL.md §8: a range must name a numeric input of the model, sit around its
// value and stay inside the input's own bounds (§9: a share cannot range above
// 1): Monte Carlo and the tornado run the model at its ends, and their results
// must be finite like any other.
import { fieldAt, ruleOf, withinBounds, type InputField } from '../inputCatalogue';
import { quoteId } from './describeValue';
import type { Problem } from './problems';
import { inputValueAt } from './scenarioInput';
import type { Scenario } from './schema';

/** The catalogue field a range may vary at `path`, or what is wrong with the path, in words that follow it. */
export function rangeableField(scenario: Scenario, path: string): { field: InputField; value: number } | { wrong: string } {
  const field = fieldAt(path);
  if (field?.unrangeable) return { wrong: `cannot be given a range: ${field.unrangeable}` };
  const value = inputValueAt(scenario, path);
  if (!field || value === undefined) {
    return { wrong: 'does not name a numeric input of this scenario (for example investments/0/deflects/0/rate)' };
  }
  return { field, value };
}

export function checkRanges(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  (scenario.uncertainty ?? []).forEach((range, i) => {
    const path = `uncertainty/${i}`;
    const found = rangeableField(scenario, range.path);
    if ('wrong' in found) {
      problems.push({ path: `${path}/path`, message: `${quoteId(range.path)} ${found.wrong}` });
      return;
    }
    const { field, value } = found;
    for (const end of ['low', 'high'] as const) {
      // Whole-number inputs are rounded, as the model uses them.
      const used = field.whole ? Math.round(range[end]) : range[end];
      if (!withinBounds(field, used)) {
        problems.push({ path: `${path}/${end}`, message: `is an end of the range of ${quoteId(range.path)}, so it ${ruleOf(field)}, got ${range[end]}` });
      }
    }
    if (!(range.low <= value && value <= range.high)) {
      problems.push({ path, message: `the range ${range.low} to ${range.high} must include the input's value, ${value} (low ≤ value ≤ high)` });
    }
  });
  return problems;
}
