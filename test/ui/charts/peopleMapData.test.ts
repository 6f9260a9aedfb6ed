import { describe, expect, it } from 'vitest';
import { formatCount, formatPounds } from '../../../src/format/money';
import { SETTINGS, type Setting } from '../../../src/model';
import { COUNTED_TWICE, levelBySetting, peopleMapData } from '../../../src/ui/charts/peopleMapData';
import { countyView } from './countySample';
import { exampleA } from './exampleA';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the whole-system map (people by level and setting)', () => {
  const { scenario, results } = countyView();
  const map = peopleMapData(scenario, results);
  const H = results.years.length - 1;

  it('has a column for each setting some service has, in the vocabulary order, and a row for each level', () => {
    expect(map.settings.map((s) => s.words)).toEqual(['At home', 'Sheltered housing', 'Extra care housing', 'Residential care', 'Hospital']);
    expect(map.levels).toEqual(['1 Citizenship and inclusion', '2 Prevention', '3 Intensive short-term', '4 Long-term community support', '5 Hospital and care homes']);
    expect([map.nowYear, map.horizonYear]).toEqual(['2008/09', '2025/26']);
  });

  it('adds up, every year and on both sides, to the engine’s people by level (rows) and by setting (columns)', () => {
    const settings = SETTINGS.map((s) => s.id).filter((id) => id in results.baseline.peopleBySetting);
    for (const side of ['baseline', 'scenario'] as const) {
      for (let t = 0; t <= H; t++) {
        const grid = levelBySetting(scenario.services, results[side].byService, 'people', settings, t);
        grid.forEach((row, l) => expect(sum(row)).toBeCloseTo(results[side].peopleByLevel[l][t], 6));
        settings.forEach((id: Setting, c) => expect(sum(grid.map((row) => row[c]))).toBeCloseTo(results[side].peopleBySetting[id]![t], 6));
      }
    }
  });

  it('puts each service’s people and spend in its level and setting: extra care at Level 4', () => {
    const extraCare = map.cells[3][2]!;
    const engine = { baseline: results.baseline.byService.extracare, scenario: results.scenario.byService.extracare };
    expect(extraCare).toEqual({
      now: engine.baseline.people[0],
      baseline: engine.baseline.people[H],
      scenario: engine.scenario.people[H],
      spendNow: engine.baseline.spend[0],
      baselineSpend: engine.baseline.spend[H],
      scenarioSpend: engine.scenario.spend[H],
    });
  });

  it('leaves a level and setting that no service has empty, not zero', () => {
    expect(map.cells[0].map((cell) => cell !== null)).toEqual([true, false, false, false, false]);
  });

  it('tabulates a row for each level and setting with a service, then the totals, in the engine’s figures', () => {
    expect(map.table.columns).toEqual(['Level and setting', 'People 2008/09', 'People 2025/26 baseline', 'People 2025/26 scenario', 'Spend 2008/09', 'Spend 2025/26 baseline', 'Spend 2025/26 scenario']);
    const homeCare = results.scenario.byService;
    const atHome4 = ['homecare', 'homeplus', 'daycare', 'dp'];
    const row = map.table.rows.find((r) => r.header === 'Level 4 Long-term community support, At home')!;
    expect(row.cells[2]).toBe(formatCount(sum(atHome4.map((id) => homeCare[id].people[H]))));
    expect(row.cells[5]).toBe(formatPounds(sum(atHome4.map((id) => homeCare[id].spend[H]))));
    const total = map.table.rows.at(-1)!;
    expect(total.header).toBe('All levels and settings');
    expect(total.cells[2]).toBe(formatCount(sum(results.scenario.peopleByLevel.map((level) => level[H]))));
    expect(total.cells[5]).toBe(formatPounds(results.scenario.total[H]));
    expect(map.table.rows).toHaveLength(9);
    expect(map.table.caption).toContain(COUNTED_TWICE);
  });

  it('puts a file without settings all at home', () => {
    const a = exampleA();
    expect(peopleMapData(a.scenario, a.results).settings.map((s) => s.id)).toEqual(['home']);
  });
});
