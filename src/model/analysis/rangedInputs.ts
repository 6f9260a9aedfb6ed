// The inputs an analysis varies (MODEL.md §8), found by their JSON paths in a
// compiled model. Analyses write trial values straight into the model's
// slots, so one compiled model and one run serve thousands of trials; every
// analysis puts the central values back before it returns.
import { whyUnrangeable } from '../inputCatalogue';
import type { CompiledModel, InputSlot } from '../kernel/compile';
import { inputLabel } from '../inputNames';
import type { Problem } from '../file/problems';
import type { Scenario } from '../file/schema';

/** Tornado and Monte Carlo have nothing to vary without a range. */
export const NO_RANGES: Problem = {
  path: 'uncertainty',
  message: 'has no ranges, so there is nothing to vary: give at least one input a range, e.g. { "path": "investments/0/deflects/0/rate", "low": 0.2, "high": 0.6 }',
};

/** The slot of a numeric input that may be varied, or why it may not be. */
export function findVariableSlot(model: CompiledModel, path: string): { slot: InputSlot } | { why: string } {
  const why = whyUnrangeable(path);
  if (why) return { why };
  const slot = model.slots.get(path);
  return slot ? { slot } : { why: 'it does not name a numeric input of this scenario (for example investments/0/deflects/0/rate)' };
}

/** Years and year counts take whole values (compile.ts marks them). */
export function usableValue(slot: InputSlot, value: number): number {
  return slot.wholeNumber ? Math.round(value) : value;
}

export function writeInput(slot: InputSlot, value: number): void {
  slot.values[slot.index] = usableValue(slot, value);
}

export function readInput(slot: InputSlot): number {
  return slot.values[slot.index];
}

export interface RangedInput {
  path: string;
  label: string;
  slot: InputSlot;
  /** As used: whole-number inputs rounded. */
  low: number;
  central: number;
  high: number;
}

/**
 * The scenario's uncertainty ranges, in file order, with their slots; the
 * central value is the model's current value. Throws on a range a valid
 * scenario cannot hold (readScenario checks them all).
 */
export function rangedInputs(scenario: Scenario, model: CompiledModel): RangedInput[] {
  return (scenario.uncertainty ?? []).map((range, i) => {
    const found = findVariableSlot(model, range.path);
    if ('why' in found) throw new Error(`uncertainty/${i}/path: "${range.path}" cannot be given a range: ${found.why}`);
    const { slot } = found;
    return {
      path: range.path,
      label: range.label || inputLabel(scenario, range.path),
      slot,
      low: usableValue(slot, range.low),
      central: readInput(slot),
      high: usableValue(slot, range.high),
    };
  });
}

export function restoreCentralValues(inputs: readonly RangedInput[]): void {
  for (const input of inputs) writeInput(input.slot, input.central);
}
