// The spreadsheet the bench times must compute the same model as the engine,
// or its speed ratio means nothing.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/model/kernel/compile';
import { createRun, evaluateModel } from '../../src/model/kernel/evaluate';
import { readScenarioText } from '../../src/model/file/scenarioFile';
import { engineFigures, figureDifferences } from './modelFigures';
import { buildSpreadsheetPeer, readPeerFigures, setPeerInputs, type SpreadsheetPeer } from './spreadsheetPeer';
import { chooseUncertainInputs, drawInputs } from './uncertainInputs';

const SCENARIOS = {
  'the county sample': new URL('../../samples/county.upstream.json', import.meta.url),
  'worked example A': new URL('../../../shared/spec/example-a.scenario.json', import.meta.url),
};

describe.each(Object.entries(SCENARIOS))('the spreadsheet peer of %s', (_, file) => {
  const read = readScenarioText(readFileSync(file, 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const { scenario } = read;
  const model = compileScenario(scenario);
  const run = createRun(model);
  const peer: SpreadsheetPeer = buildSpreadsheetPeer(scenario);
  afterAll(() => peer.hf.destroy());

  const differences = () => figureDifferences(readPeerFigures(peer), engineFigures(model, evaluateModel(model, run)), model.baseYear);
  const setBoth = (paths: string[], values: ArrayLike<number>) => {
    paths.forEach((path, i) => {
      const slot = model.slots.get(path)!;
      slot.values[slot.index] = values[i];
    });
    setPeerInputs(peer, paths.map((path) => peer.inputs.get(path)!), values);
  };
  const centralValues = [...model.slots].map(([path, slot]) => ({ path, value: slot.values[slot.index] }));
  const restore = () => setBoth(centralValues.map((c) => c.path), centralValues.map((c) => c.value));

  it("agrees with the engine at the file's values, to 1e-9 relative", () => {
    expect(differences()).toEqual([]);
  });

  it('has an input cell for every numeric input of the compiled model', () => {
    expect([...model.slots.keys()].filter((path) => !peer.inputs.has(path))).toEqual([]);
  });

  it('still agrees after every input changes at once, each by its own amount', () => {
    // Distinct factors, so a cell wired to the wrong input cannot cancel out.
    const changed = centralValues.map(({ path, value }, i) => (model.slots.get(path)!.wholeNumber ? value + 1 : value * (1 + 0.01 * ((i % 7) + 1))));
    setBoth(centralValues.map((c) => c.path), changed);
    expect(differences()).toEqual([]);
    restore();
  });

  it('still agrees after Monte Carlo draws of the uncertain inputs', () => {
    const { inputs } = chooseUncertainInputs(scenario, model);
    for (const values of drawInputs(inputs, 3, 7)) {
      setBoth(inputs.map((input) => input.path), values);
      expect(differences()).toEqual([]);
    }
    restore();
  });

  it('the agreement check notices an input changed in the spreadsheet alone', () => {
    const [path, slot] = [...model.slots].find(([p]) => p.endsWith('/unitCost'))!;
    setPeerInputs(peer, [peer.inputs.get(path)!], [slot.values[slot.index] * 1.5]);
    expect(differences().length).toBeGreaterThan(0);
    restore();
    expect(differences()).toEqual([]);
  });
});
