// MODEL.md §8: a range must name a numeric input of the model, sit around its
// value and stay inside the input's own bounds (a share cannot range above 1).
import { fieldAt, ruleOf, withinBounds, type InputField } from '../inputCatalogue';
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
      problems.push({ path: `${path}/path`, message: `"${range.path}" ${found.wrong}` });
      return;
    }
    const { field, value } = found;
    for (const end of ['low', 'high'] as const) {
      if (!withinBounds(field, range[end])) {
        problems.push({ path: `${path}/${end}`, message: `${range[end]} is outside what "${range.path}" can be: it ${ruleOf(field)}` });
      }
    }
    if (!(range.low <= value && value <= range.high)) {
      problems.push({ path, message: `the range ${range.low} to ${range.high} must include the input's value, ${value} (low ≤ value ≤ high)` });
    }
  });
  return problems;
}
