// The time to recompute after one Monte Carlo draw changes every uncertain
// input, in the spreadsheet peer and in the engine, side by side in one
// process: the two alternate draw by draw (and take turns going first), so a
// noisy neighbour on a shared machine slows both alike.
import type { SimpleCellAddress } from 'hyperformula';
import { compileScenario } from '../../src/model/kernel/compile';
import { createRun, evaluateModel } from '../../src/model/kernel/evaluate';
import type { Scenario } from '../../src/model/file/schema';
import { engineFigures, figureDifferences, type ModelFigures } from './modelFigures';
import { buildSpreadsheetPeer, readPeerFigures, setPeerInputs, type SpreadsheetPeer } from './spreadsheetPeer';
import { now, summariseLatencies, type LatencySummary } from './statistics';
import { chooseUncertainInputs, drawInputs } from './uncertainInputs';

export interface RecalcComparison {
  spreadsheet: LatencySummary;
  engine: LatencySummary;
  /** median spreadsheet time / median engine time */
  ratio: number;
  uncertainInputs: string;
  spreadsheetFormulas: number;
  warmUpDraws: number;
  /** Draws at which both models were checked to agree, the file's own values included. */
  checkedDraws: number;
}

export interface RecalcOptions {
  warmUp: number;
  samples: number;
  seed: number;
}

/** Stops the bench when the spreadsheet and the engine disagree: the timings would compare different sums. */
function requireAgreement(spreadsheet: ModelFigures, engine: ModelFigures, baseYear: number, when: string): void {
  const differences = figureDifferences(spreadsheet, engine, baseYear);
  if (differences.length > 0) {
    throw new Error(`The spreadsheet and the engine disagree ${when} (more than 1e-9 relative):\n  ${differences.slice(0, 20).join('\n  ')}`);
  }
}

function timed<T>(work: () => T): { ms: number; result: T } {
  const start = now();
  const result = work();
  return { ms: now() - start, result };
}

export function compareRecalc(scenario: Scenario, { warmUp, samples, seed }: RecalcOptions): RecalcComparison {
  const model = compileScenario(scenario);
  const run = createRun(model);
  const peer: SpreadsheetPeer = buildSpreadsheetPeer(scenario);
  try {
    requireAgreement(readPeerFigures(peer), engineFigures(model, evaluateModel(model, run)), model.baseYear, "at the scenario file's values");

    const { which, inputs } = chooseUncertainInputs(scenario, model);
    const cells: SimpleCellAddress[] = inputs.map(({ path }) => {
      const at = peer.inputs.get(path);
      if (!at) throw new Error(`The spreadsheet has no input cell for "${path}"`);
      return at;
    });
    const draws = drawInputs(inputs, warmUp + samples, seed);

    // The spreadsheet's totals must be read out of it; the engine's lie in the
    // run's typed arrays as soon as evaluateModel returns, so copying them
    // for the agreement check is not timed.
    const recalcSpreadsheet = (values: Float64Array) => {
      setPeerInputs(peer, cells, values);
      return readPeerFigures(peer);
    };
    const recalcEngine = (values: Float64Array) => {
      for (let i = 0; i < inputs.length; i++) inputs[i].slot.values[inputs[i].slot.index] = values[i];
      evaluateModel(model, run);
    };

    const spreadsheetMs: number[] = [];
    const engineMs: number[] = [];
    draws.forEach((values, d) => {
      // Taking turns at going first, so neither always meets the caches the other left.
      const engineBefore = d % 2 === 1 ? timed(() => recalcEngine(values)).ms : null;
      const spreadsheet = timed(() => recalcSpreadsheet(values));
      const engineTime = engineBefore ?? timed(() => recalcEngine(values)).ms;
      requireAgreement(spreadsheet.result, engineFigures(model, run), model.baseYear, `at Monte Carlo draw ${d + 1}`);
      if (d >= warmUp) {
        spreadsheetMs.push(spreadsheet.ms);
        engineMs.push(engineTime);
      }
    });

    const spreadsheet = summariseLatencies(spreadsheetMs);
    const engine = summariseLatencies(engineMs);
    return {
      spreadsheet,
      engine,
      ratio: spreadsheet.median / engine.median,
      uncertainInputs: which,
      spreadsheetFormulas: peer.formulaCount,
      warmUpDraws: warmUp,
      checkedDraws: draws.length + 1,
    };
  } finally {
    peer.hf.destroy();
  }
}
