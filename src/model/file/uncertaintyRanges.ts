// MODEL.md §8: a range must name a numeric input of the model and sit around its value.
import { UNRANGEABLE_PATHS, type CompiledModel } from '../kernel/compile';
import { quoteId } from './describeValue';
import type { Problem } from './problems';
import type { Scenario } from './schema';

export function checkRanges(scenario: Scenario, model: CompiledModel): Problem[] {
  const problems: Problem[] = [];
  (scenario.uncertainty ?? []).forEach((range, i) => {
    const path = `uncertainty/${i}`;
    const barred = UNRANGEABLE_PATHS.find((p) => range.path === p.prefix || range.path.startsWith(p.prefix));
    const slot = model.slots.get(range.path);
    if (barred) {
      problems.push({ path: `${path}/path`, message: `${quoteId(range.path)} cannot be given a range: ${barred.why}` });
    } else if (!slot) {
      problems.push({ path: `${path}/path`, message: `${quoteId(range.path)} does not name a numeric input of this scenario (for example investments/0/deflects/0/rate)` });
    } else {
      const value = slot.values[slot.index];
      if (!(range.low <= value && value <= range.high)) {
        problems.push({ path, message: `the range ${range.low} to ${range.high} must include the input's value, ${value} (low ≤ value ≤ high)` });
      }
    }
  });
  return problems;
}
