import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/model/kernel/results';
import { readScenarioText } from '../../../src/model/file/scenarioFile';

const spec = new URL('../../../../shared/spec/', import.meta.url);
const scenarioText = readFileSync(new URL('example-a.scenario.json', spec), 'utf8');
const expected = JSON.parse(readFileSync(new URL('example-a.expected.json', spec), 'utf8'));

/** Every number in `want`, by its path, where `got` differs by more than 1e-9 relative. */
function differences(got: unknown, want: unknown, path = ''): string[] {
  if (typeof want === 'number') {
    const ok = typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(Math.abs(want), 1e-300);
    return ok || (want === 0 && got === 0) ? [] : [`${path}: got ${String(got)}, want ${want}`];
  }
  if (want === null) return got === null ? [] : [`${path}: got ${String(got)}, want null`];
  if (typeof want !== 'object') return got === want ? [] : [`${path}: got ${String(got)}, want ${String(want)}`];
  return Object.entries(want as Record<string, unknown>).flatMap(([key, value]) =>
    differences((got as Record<string, unknown> | undefined)?.[key], value, `${path}/${key}`),
  );
}

describe('worked example A (MODEL.md, ../shared/spec)', () => {
  const read = readScenarioText(scenarioText);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const results = runModel(read.scenario);

  it('reproduces every expected series to 1e-9 relative', () => {
    expect(differences(results, expected)).toEqual([]);
  });

  it('compares every number the expected file holds', () => {
    const count = (x: unknown): number =>
      typeof x === 'number' ? 1 : x && typeof x === 'object' ? Object.values(x).reduce((n: number, v) => n + count(v), 0) : 0;
    expect(count(expected)).toBeGreaterThan(200);
  });

  it('the difference check itself catches a wrong figure', () => {
    const wrong = structuredClone(results);
    wrong.summary.npv *= 1 + 1e-8;
    expect(differences(wrong, expected)).toHaveLength(1);
  });
});
