// The reader and the run on a scenario far bigger than any council's
// (test/support/bigScenario.ts): the file's text to a checked scenario, then
// that scenario to the Results object, timed apart and alternating.
import { readScenarioText } from '../../src/model/file/scenarioFile';
import { runModel } from '../../src/model/kernel/results';
import { bigScenarioText } from '../support/bigScenario';
import { now, summariseLatencies, type LatencySummary } from './statistics';

export interface BigScenarioSpeed {
  bytes: number;
  read: LatencySummary;
  run: LatencySummary;
}

export function measureBigScenario(warmUp: number, samples: number): BigScenarioSpeed {
  const text = bigScenarioText();
  const reads: number[] = [];
  const runs: number[] = [];
  for (let i = 0; i < warmUp + samples; i++) {
    const start = now();
    const read = readScenarioText(text);
    const readEnd = now();
    if (!read.ok) throw new Error(`The big scenario stopped reading cleanly: ${read.problems[0].path}: ${read.problems[0].message}`);
    runModel(read.scenario);
    const runEnd = now();
    if (i >= warmUp) {
      reads.push(readEnd - start);
      runs.push(runEnd - readEnd);
    }
  }
  return { bytes: new TextEncoder().encode(text).byteLength, read: summariseLatencies(reads), run: summariseLatencies(runs) };
}
