// Runs per second of the engine in Node, three ways: the kernel alone
// (evaluateModel on a compiled model, reusing one ModelRun — what Monte Carlo
// and live edits repeat) on the version 2 sample and on its frozen version 1
// file, and the full path from a scenario object to the results JSON
// (readScenario checks it, runModel compiles, runs and builds the Results
// object; no JSON.stringify). The three alternate slice by slice.
import { compileScenario } from '../../src/model/kernel/compile';
import { createRun, evaluateModel } from '../../src/model/kernel/evaluate';
import { runModel } from '../../src/model/kernel/results';
import { readScenario } from '../../src/model/file/scenarioFile';
import type { Scenario } from '../../src/model/file/schema';
import { median, now } from './statistics';

export interface RunsPerSecond {
  median: number;
  /** How many timed slices the median is taken over. */
  slices: number;
  sliceMs: number;
}

export interface EngineSpeed {
  kernel: RunsPerSecond;
  /** The kernel on the frozen version 1 file of the same sample, in the same alternation. */
  kernelV1: RunsPerSecond;
  full: RunsPerSecond;
}

export interface EngineSpeedOptions {
  slices: number;
  sliceMs: number;
}

/** Repeats `once` for about `sliceMs`, looking at the clock only every `stride` runs. */
function runsPerSecond(once: () => void, sliceMs: number, stride: number): number {
  let runs = 0;
  const start = now();
  let elapsed = 0;
  while (elapsed < sliceMs) {
    for (let i = 0; i < stride; i++) once();
    runs += stride;
    elapsed = now() - start;
  }
  return (runs / elapsed) * 1000;
}

/** evaluateModel on one compiled model, reusing one run workspace. */
function kernelOf(scenario: Scenario): () => void {
  const model = compileScenario(scenario);
  const run = createRun(model);
  return () => {
    evaluateModel(model, run);
  };
}

export function measureEngineSpeed(raw: unknown, scenario: Scenario, frozenV1: Scenario, { slices, sliceMs }: EngineSpeedOptions): EngineSpeed {
  const kernel = kernelOf(scenario);
  const kernelV1 = kernelOf(frozenV1);
  const full = () => {
    const read = readScenario(raw);
    if (!read.ok) throw new Error('The scenario stopped reading cleanly during the bench');
    runModel(read.scenario);
  };
  const kernelRates: number[] = [];
  const kernelV1Rates: number[] = [];
  const fullRates: number[] = [];
  // The first round warms up the JIT and is not counted.
  for (let slice = 0; slice <= slices; slice++) {
    const k = runsPerSecond(kernel, sliceMs, 256);
    const k1 = runsPerSecond(kernelV1, sliceMs, 256);
    const f = runsPerSecond(full, sliceMs, 1);
    if (slice > 0) {
      kernelRates.push(k);
      kernelV1Rates.push(k1);
      fullRates.push(f);
    }
  }
  return {
    kernel: { median: median(kernelRates), slices, sliceMs },
    kernelV1: { median: median(kernelV1Rates), slices, sliceMs },
    full: { median: median(fullRates), slices, sliceMs },
  };
}
