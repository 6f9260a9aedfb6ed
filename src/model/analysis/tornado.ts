// MODEL.md §8 tornado: each ranged input alone at its low and at its high,
// every other input central; which uncertainties move the answer most.
import { compileScenario, type CompiledModel } from '../kernel/compile';
import { createRun, evaluateModel, type ModelRun } from '../kernel/evaluate';
import { rangedInputs, restoreCentralValues, writeInput, type RangedInput } from './rangedInputs';
import type { Scenario } from '../file/schema';

export interface TornadoEntry {
  path: string;
  label: string;
  /** The input's values as run (whole-number inputs rounded). */
  low: number;
  central: number;
  high: number;
  npvAtLow: number;
  npvAtHigh: number;
  /** Cumulative net saving at the horizon. */
  cumulativeNetSavingAtLow: number;
  cumulativeNetSavingAtHigh: number;
  /** §14: NPV less the discounted capital spent on new capacity. */
  npvAfterCapitalAtLow: number;
  npvAfterCapitalAtHigh: number;
  /** |npvAtHigh − npvAtLow|: the bar's length. */
  swing: number;
}

export interface TornadoResult {
  /** The last year, whose cumulative net saving is reported. */
  horizonYear: number;
  centralNpv: number;
  centralCumulativeNetSaving: number;
  centralNpvAfterCapital: number;
  /** Largest NPV swing first; equal swings keep the file's order. */
  entries: TornadoEntry[];
}

interface Outcome {
  npv: number;
  cumulative: number;
  npvAfterCapital: number;
}

function outcomeOf(model: CompiledModel, run: ModelRun): Outcome {
  return { npv: run.npv, cumulative: run.cumulativeNetSaving[model.years - 1], npvAfterCapital: run.npvAfterCapital };
}

function outcomeAt(model: CompiledModel, run: ModelRun, input: RangedInput, value: number): Outcome {
  writeInput(input.slot, value);
  evaluateModel(model, run);
  writeInput(input.slot, input.central);
  return outcomeOf(model, run);
}

/**
 * The tornado for the scenario's uncertainty ranges. Pass the scenario's
 * compiled model (and a run to reuse) to save compiling; the model's inputs
 * are as they were when this returns (the run holds the last trial).
 * `onStep` is called after each input, so a worker can show it is alive.
 */
export function runTornado(
  scenario: Scenario,
  model: CompiledModel = compileScenario(scenario),
  run: ModelRun = createRun(model),
  onStep: () => void = () => undefined,
): TornadoResult {
  const inputs = rangedInputs(scenario, model);
  try {
    const central = outcomeOf(model, evaluateModel(model, run));
    const entries = inputs.map((input): TornadoEntry => {
      const atLow = outcomeAt(model, run, input, input.low);
      const atHigh = outcomeAt(model, run, input, input.high);
      onStep();
      return {
        path: input.path,
        label: input.label,
        low: input.low,
        central: input.central,
        high: input.high,
        npvAtLow: atLow.npv,
        npvAtHigh: atHigh.npv,
        cumulativeNetSavingAtLow: atLow.cumulative,
        cumulativeNetSavingAtHigh: atHigh.cumulative,
        npvAfterCapitalAtLow: atLow.npvAfterCapital,
        npvAfterCapitalAtHigh: atHigh.npvAfterCapital,
        swing: Math.abs(atHigh.npv - atLow.npv),
      };
    });
    entries.sort((a, b) => b.swing - a.swing);
    return {
      horizonYear: model.baseYear + model.years - 1,
      centralNpv: central.npv,
      centralCumulativeNetSaving: central.cumulative,
      centralNpvAfterCapital: central.npvAfterCapital,
      entries,
    };
  } finally {
    restoreCentralValues(inputs);
  }
}
