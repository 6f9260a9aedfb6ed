import { describe, expect, it } from 'vitest';
import { formatPounds } from '../../../src/format/money';
import { describeBudgetGaps, partnerBudgetsData, yearRuns } from '../../../src/ui/charts/partnerBudgetsData';
import { parseTypedNumber } from '../../../src/ui/grids/cellKinds';
import { countySample } from './countySample';

describe("partners' budgets (MODEL.md §16) on the county sample", () => {
  const { results, scenario } = countySample();
  const data = partnerBudgetsData(results, scenario);

  it('has each partner with a budget, with the engine’s figures', () => {
    expect(data.partners.map((p) => p.name)).toEqual(['Gloucestershire County Council', 'NHS Gloucestershire']);
    const council = data.partners[0];
    expect(council.budget).toEqual(scenario.partners[0].budget);
    expect(council.scenario).toEqual(results.partners.council.scenario);
    expect(council.baseline).toEqual(results.partners.council.baseline);
    expect(council.gap).toEqual(results.partners.council.budgetGap);
  });

  it('marks the years over budget and says when and by how much', () => {
    const council = data.partners[0];
    // 2008/09 spends exactly the budget; every later year is over.
    expect(council.over).toEqual([false, ...Array<boolean>(17).fill(true)]);
    expect(council.verdict).toBe('Over budget in 2009/10–2025/26 by up to £84.8m');
    expect(council.baselineVerdict).toMatch(/^Without the scenario, over budget in 2009\/10–2025\/26 by up to £[\d.]+m$/);
  });

  it('tabulates each partner each year: budget, baseline, scenario, over (+) or under (−)', () => {
    expect(data.table.columns).toEqual(['Year', 'Partner', 'Budget', 'Baseline spend', 'Scenario spend', 'Scenario over (+) or under (−) budget']);
    expect(data.table.rows).toHaveLength(2 * 18);
    const nhs = results.partners.nhs;
    expect(data.table.rows[18 + 17]).toEqual({
      header: '2025/26',
      cells: ['NHS Gloucestershire', formatPounds(scenario.partners[1].budget![17]), formatPounds(nhs.baseline[17]), formatPounds(nhs.scenario[17]), `+${formatPounds(nhs.budgetGap![17])}`],
    });
    expect(data.table.rows[0].cells[4]).toBe('£0');
  });

  it('writes a year under budget with a hyphen-minus, as every sum in a table, so a spreadsheet pasted into reads a number', () => {
    const under = structuredClone(results);
    under.partners.nhs.budgetGap![17] = -5_000;
    const cell = partnerBudgetsData(under, scenario).table.rows[18 + 17].cells[4];
    expect(cell).toBe('-£5,000');
    expect(parseTypedNumber(cell, 'money')).toBe(-5_000);
  });

  it('words years within budget, and runs of years over', () => {
    const labels = ['2025/26', '2026/27', '2027/28', '2028/29', '2029/30', '2030/31'];
    expect(describeBudgetGaps([-5, -1e6, 0.4, -2, -3, -4], labels)).toBe('Within budget every year to 2030/31');
    expect(describeBudgetGaps([-5, 1_200_000, 300, -2, 5_000, 6_000], labels)).toBe('Over budget in 2026/27–2027/28 and 2029/30–2030/31 by up to £1.20m');
    expect(yearRuns(labels, [true, false, true, false, false, true])).toBe('2025/26, 2027/28 and 2030/31');
  });

  it('has no chart when no partner has a budget', () => {
    const none = countySample((s) => s.partners.forEach((partner) => delete partner.budget));
    expect(partnerBudgetsData(none.results, none.scenario).partners).toEqual([]);
  });
});
