// The figures the spreadsheet peer and the engine must agree on (MODEL.md §6):
// baseline and scenario totals per year, spend by level and the NPV.
import type { CompiledModel } from '../../src/model/kernel/compile';
import { LEVELS, type ModelRun } from '../../src/model/kernel/evaluate';
import { financialYear } from '../../src/model/financialYear';

export interface ModelFigures {
  baselineTotal: number[];
  scenarioTotal: number[];
  /** [level][year], Level 1 first */
  baselineByLevel: number[][];
  scenarioByLevel: number[][];
  npv: number;
}

const byLevel = (values: Float64Array, T: number): number[][] =>
  Array.from({ length: LEVELS }, (_, L) => Array.from(values.subarray(L * T, L * T + T)));

export function engineFigures(model: CompiledModel, run: ModelRun): ModelFigures {
  const T = model.years;
  return {
    baselineTotal: Array.from(run.baselineTotal),
    scenarioTotal: Array.from(run.scenarioTotal),
    baselineByLevel: byLevel(run.baselineByLevel, T),
    scenarioByLevel: byLevel(run.scenarioByLevel, T),
    npv: run.npv,
  };
}

/** Relative agreement the peer must reach, as worked example A asks of the engine. */
export const AGREEMENT = 1e-9;

function agrees(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= AGREEMENT * Math.max(Math.abs(a), Math.abs(b));
}

/** Every figure where the spreadsheet and the engine differ by more than 1e-9 relative, in plain words. */
export function figureDifferences(spreadsheet: ModelFigures, engine: ModelFigures, baseYear: number): string[] {
  const differences: string[] = [];
  const compare = (what: string, s: number, e: number) => {
    if (!agrees(s, e)) differences.push(`${what}: spreadsheet ${s}, engine ${e}`);
  };
  const series = (what: string, s: number[], e: number[]) => e.forEach((value, t) => compare(`${what} ${financialYear(baseYear + t)}`, s[t], value));
  series('baseline total', spreadsheet.baselineTotal, engine.baselineTotal);
  series('scenario total', spreadsheet.scenarioTotal, engine.scenarioTotal);
  engine.baselineByLevel.forEach((e, L) => series(`baseline Level ${L + 1}`, spreadsheet.baselineByLevel[L], e));
  engine.scenarioByLevel.forEach((e, L) => series(`scenario Level ${L + 1}`, spreadsheet.scenarioByLevel[L], e));
  compare('NPV', spreadsheet.npv, engine.npv);
  return differences;
}
