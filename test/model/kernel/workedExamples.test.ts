// Worked examples A (a version 1 file) and B (version 2: people and places,
// capacity and capital, profiles, an investment that ends, budgets, variants),
// each reproduced to 1e-9 relative (MODEL.md, ../shared/spec).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../../src/model/file/scenarioFile';
import { runModel } from '../../../src/model/kernel/results';
import { countNumbers, resultDifferences } from '../../support/resultDifferences';

const spec = new URL('../../../../shared/spec/', import.meta.url);

describe.each([
  ['A', 200, false],
  ['B', 400, true],
])('worked example %s (MODEL.md, ../shared/spec)', (name, atLeast, holdsEveryKey) => {
  const scenarioText = readFileSync(new URL(`example-${name.toLowerCase()}.scenario.json`, spec), 'utf8');
  const expected = JSON.parse(readFileSync(new URL(`example-${name.toLowerCase()}.expected.json`, spec), 'utf8'));
  const read = readScenarioText(scenarioText);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const results = runModel(read.scenario);

  it('reproduces every expected figure to 1e-9 relative', () => {
    expect(resultDifferences(results, expected)).toEqual([]);
  });

  it('compares every number the expected file holds (and, for B, gives no figure it lacks)', () => {
    expect(countNumbers(expected)).toBeGreaterThan(atLeast);
    if (holdsEveryKey) expect(resultDifferences(expected, results)).toEqual([]);
  });

  it('the difference check itself catches a wrong figure', () => {
    const wrong = structuredClone(results);
    wrong.summary.npv *= 1 + 1e-8;
    expect(resultDifferences(wrong, expected)).toHaveLength(1);
  });
});
