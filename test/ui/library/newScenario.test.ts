import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/model/kernel/results';
import { readScenario } from '../../../src/model/file/scenarioFile';
import { blankScenario, currentFinancialYear } from '../../../src/ui/library/newScenario';

describe('a new scenario', () => {
  it('starts in the financial year today falls in (April to March)', () => {
    expect(currentFinancialYear(new Date(2026, 10, 22))).toBe(2026);
    expect(currentFinancialYear(new Date(2026, 3, 1))).toBe(2026);
    expect(currentFinancialYear(new Date(2026, 2, 31))).toBe(2025);
  });

  it('is valid as it is, with one age band, partner and service, ten years ahead, its figures marked as placeholders', () => {
    const blank = blankScenario(new Date(2026, 10, 22));
    const read = readScenario(blank);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.scenario).toEqual(blank);
    expect(blank.meta).toMatchObject({ baseYear: 2026, horizonYears: 10 });
    expect([blank.ageBands.length, blank.partners.length, blank.services.length]).toEqual([1, 1, 1]);
    expect(blank.ageBands[0].population).toHaveLength(11);
    expect(blank.ageBands[0].source).toMatch(/^Placeholder/);
    expect(runModel(read.scenario).baseline.total[0]).toBe(1_000_000);
  });
});
