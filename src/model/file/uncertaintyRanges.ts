// MODEL.md §8: a range must name a numeric input of the model and sit around its value.
// Its ends obey the input's own rule too (§9): Monte Carlo and the tornado run
// the model at them, and their results must be finite like any other.
import { z } from 'zod';
import { UNRANGEABLE_PATHS, type CompiledModel } from '../kernel/compile';
import { quoteId } from './describeValue';
import type { Problem } from './problems';
import { scenarioSchema, type Scenario } from './schema';

const required = (node: z.ZodType | undefined): z.ZodType | undefined =>
  node instanceof z.ZodOptional || node instanceof z.ZodDefault ? required(node.unwrap() as z.ZodType) : node;

/** The schema of the one value at `path` (a field, a list item or a map entry), found by walking the scenario's schema. */
function inputSchemaAt(path: string): z.ZodType | undefined {
  let node: z.ZodType | undefined = scenarioSchema;
  for (const key of path.split('/')) {
    node = required(node);
    if (node instanceof z.ZodObject) node = node.shape[key] as z.ZodType | undefined;
    else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else if (node instanceof z.ZodRecord) node = node.valueType as z.ZodType;
    else return undefined;
  }
  return required(node);
}

/** Each end of a range that breaks the rule of the input it ranges over (whole-number inputs are rounded, as the model uses them). */
function checkEnds(range: { path: string; low: number; high: number }, at: string, problems: Problem[]): void {
  const schema = inputSchemaAt(range.path);
  const wholeNumber = schema instanceof z.ZodNumber && schema.isInt;
  for (const end of ['low', 'high'] as const) {
    const checked = schema?.safeParse(wholeNumber ? Math.round(range[end]) : range[end]);
    if (checked && !checked.success) problems.push({ path: `${at}/${end}`, message: `is an end of the range of ${range.path}, so it ${checked.error.issues[0].message}` });
  }
}

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
      checkEnds(range, path, problems);
    }
  });
  return problems;
}
