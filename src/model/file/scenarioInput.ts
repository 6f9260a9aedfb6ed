// One numeric input of a scenario object, by its JSON path (MODEL.md §8):
// for checking a trial value against every rule of the file, and for tests
// that rerun the whole model from a changed scenario.
import type { Scenario } from './schema';

/** The number at `path` in the scenario, if there is one. */
export function inputValueAt(scenario: Scenario, path: string): number | undefined {
  let node: unknown = scenario;
  for (const key of path.split('/')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' ? node : undefined;
}

/** A copy of the scenario with the numeric input at `path` set to `value`. */
export function withInputValue(scenario: Scenario, path: string, value: number): Scenario {
  const copy = structuredClone(scenario);
  const keys = path.split('/');
  const last = keys.pop()!;
  let node = copy as unknown as Record<string, unknown>;
  for (const key of keys) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) throw new Error(`"${path}" does not name a numeric input of this scenario`);
    node = next as Record<string, unknown>;
  }
  if (typeof node[last] !== 'number') throw new Error(`"${path}" does not name a numeric input of this scenario`);
  node[last] = value;
  return copy;
}
