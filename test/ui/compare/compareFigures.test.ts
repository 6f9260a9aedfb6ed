import { describe, expect, it } from 'vitest';
import { balanceRows, cumulativeSavings, headlineRows, sharedSpendMax } from '../../../src/ui/compare/compareFigures';
import { exampleB } from '../../support/exampleA';
import { exampleA } from '../charts/exampleA';

describe('the compare view’s figures', () => {
  const first = exampleA();
  const second = exampleA((s) => {
    s.investments[0].amount = 0;
    s.meta.horizonYears = 3;
    s.ageBands.forEach((band) => band.population.pop());
    s.envelope = undefined;
  });

  it('puts each headline figure in one row, a cell per scenario', () => {
    const rows = headlineRows([first, second]);
    expect(rows.map((row) => row.label)).toEqual(['Net present value', 'Payback year', 'Upstream share, now → horizon', 'Net saving at the horizon']);
    expect(rows[0].cells[0]).toEqual({ value: '£857k', detail: '£856,974, 2025/26 to 2029/30' });
    expect(rows[1].cells.map((cell) => cell.value)).toEqual(['2026/27', 'Nothing invested']);
    expect(rows[2].cells[0].value).toBe('5.1% → 6.8%');
  });

  it('says which year the horizon’s net saving is for, as horizons may differ', () => {
    const [, , , netSaving] = headlineRows([first, second]);
    expect(netSaving.cells[0]).toEqual({ value: '£318k', detail: 'In 2029/30; £947,659 over all years' });
    expect(netSaving.cells[1].detail).toMatch(/^In 2028\/29; /);
  });

  it('sets each scenario after the first against it, in signed pounds, years and points', () => {
    const rows = headlineRows([first, second]);
    const npvDifference = second.results.summary.npv - first.results.summary.npv;
    expect(rows[0].differences).toHaveLength(1);
    expect(rows[0].differences[0].detail).toBe(`${npvDifference < 0 ? '−' : '+'}£${Math.abs(Math.round(npvDifference)).toLocaleString('en-GB')}`);
    expect(rows[1].differences[0].value).toBe('Never pays back');
    expect(rows[2].differences[0].value).toMatch(/^([+−]\d+\.\d points|No change)$/);
    expect(headlineRows([first, first])[0].differences[0]).toEqual({ value: 'No change', detail: '' });
    expect(headlineRows([first])[0].differences).toEqual([]);
  });

  it('adds up each scenario’s net saving over the years any of them covers', () => {
    const saving = cumulativeSavings([
      { ...first, name: 'A' },
      { ...second, name: 'B' },
    ]);
    expect(saving.labels).toEqual(['2025/26', '2026/27', '2027/28', '2028/29', '2029/30']);
    expect(saving.series[0]).toEqual({ name: 'A', values: first.results.summary.cumulativeNetSaving });
    expect(saving.series[1].values.at(-1)).toBeNull();
    expect(saving.series[1].values.slice(0, 4)).toEqual(second.results.summary.cumulativeNetSaving);
  });

  it('tops every chart at the largest yearly total of any scenario, baseline or scenario', () => {
    const largest = Math.max(...first.results.baseline.total, ...first.results.scenario.total, ...second.results.baseline.total, ...second.results.scenario.total);
    expect(sharedSpendMax([first.results, second.results])).toBe(largest);
    expect(sharedSpendMax([first.results])).toBe(Math.max(...first.results.baseline.total, ...first.results.scenario.total));
  });
});

describe('people, capital and the balance of care in the compare view (MODEL.md §13, §14, §18)', () => {
  const b = exampleB();
  const more = exampleB((s) => {
    s.services[3].capacity!.changes.push({ year: 2029, units: 4 });
    s.rebalancing[0].share = 0.3;
  });

  it('sets people upstream, care-home places, support outside care homes, capital and NPV after capital side by side', () => {
    const rows = balanceRows([b, more]);
    expect(rows.map((row) => row.key)).toEqual(['peopleUpstream', 'careHomes', 'outsideCareHomes', 'capital', 'npvAfterCapital']);
    const [people, careHomes, , capital, npvAfterCapital] = rows;
    const H = b.results.years.length - 1;
    expect(people.cells[0].value).toBe(`${(100 * b.results.summary.indicators.scenario.peopleUpstreamShare[H]!).toFixed(1)}%`);
    expect(people.cells[0].detail).toMatch(/ in 2029\/30 without the scenario$/);
    expect(careHomes.cells[1].value).toBe(more.results.summary.indicators.scenario.careHomePer1000[H].toFixed(1));
    expect(careHomes.differences[0].value).toMatch(/^(−|\+)\d+\.\d$/);
    const capitalOf = (r: typeof b) => r.results.summary.capital.reduce((sum, x) => sum + x, 0);
    expect(capital.cells[0].detail).toBe(`£${capitalOf(b).toLocaleString('en-GB')}, not in spend`);
    expect(capital.differences[0].detail).toBe(`+£${(capitalOf(more) - capitalOf(b)).toLocaleString('en-GB')}`);
    expect(npvAfterCapital.differences[0].value).toMatch(/^(−|\+)£/);
  });

  it('leaves capital out when no scenario spends any', () => {
    expect(balanceRows([exampleA(), exampleA()]).map((row) => row.key)).toEqual(['peopleUpstream', 'careHomes', 'outsideCareHomes']);
  });

  it('says a break-even later lost is not a payback', () => {
    const lost = exampleA();
    lost.results.summary.paybackYear = null;
    lost.results.summary.firstBreakEvenYear = 2026;
    const [, payback] = headlineRows([exampleA(), lost]);
    expect(payback.differences[0].value).toBe('Breaks even, then back in deficit');
    expect(payback.cells[1].value).toMatch(/^Breaks even in 2026\/27, back in deficit from /);
  });
});
