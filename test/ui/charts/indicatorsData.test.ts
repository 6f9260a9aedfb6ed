import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent } from '../../../src/format/money';
import { indicatorsData } from '../../../src/ui/charts/indicatorsData';
import { countyView } from './countySample';

describe('balance-of-care indicators over time', () => {
  const { results } = countyView();
  const data = indicatorsData(results);
  const { baseline, scenario } = results.summary.indicators;
  const H = results.years.length - 1;

  it('carries the engine’s three indicators, baseline and scenario, per 1,000 first then the two shares', () => {
    expect(data.indicators.map((i) => [i.kind, i.baseline, i.scenario])).toEqual([
      ['per1000', baseline.careHomePer1000, scenario.careHomePer1000],
      ['share', baseline.supportedAtHomeShare, scenario.supportedAtHomeShare],
      ['share', baseline.peopleUpstreamShare, scenario.peopleUpstreamShare],
    ]);
  });

  it('writes places per 1,000 to one decimal and shares in per cent', () => {
    const row = data.table.rows[H];
    expect(row.header).toBe('2025/26');
    expect(row.cells).toEqual([
      formatCount(baseline.olderPeople[H]),
      baseline.careHomePer1000[H].toFixed(1),
      scenario.careHomePer1000[H].toFixed(1),
      formatPercent(baseline.supportedAtHomeShare[H]!),
      formatPercent(scenario.supportedAtHomeShare[H]!),
      formatPercent(baseline.peopleUpstreamShare[H]!),
      formatPercent(scenario.peopleUpstreamShare[H]!),
    ]);
  });

  it('leaves a year with nobody to share as a gap in the line, and says so in the table', () => {
    const view = countyView();
    view.results.summary.indicators.scenario.supportedAtHomeShare[3] = null;
    const gapped = indicatorsData(view.results);
    expect(gapped.indicators[1].scenario[3]).toBeNull();
    expect(gapped.table.rows[3].cells[4]).toBe('none served');
  });

  it('says where care-home places go from now to the horizon', () => {
    expect(data.indicators[0].sentence).toBe(
      `${baseline.careHomePer1000[0].toFixed(1)} now → ${scenario.careHomePer1000[H].toFixed(1)} in 2025/26 (baseline ${baseline.careHomePer1000[H].toFixed(1)})`,
    );
  });
});
