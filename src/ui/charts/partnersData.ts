// Chart 5: who pays and who saves, by partner: each partner's net saving
// each year and added up, on its own scale so a small partner's loss is not a
// sliver beside a large partner's spend, and its spend at the horizon, with
// the pooled budget spelled out (MODEL.md §7).
import { formatPercent, formatPounds, formatPoundsShort } from '../../format/money';
import type { Results } from '../../model';
import type { Scenario } from '../../model';
import { horizonIndex, yearLabels, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';

export interface PartnerFigures {
  name: string;
  /** Spend at the horizon. */
  baseline: number;
  scenario: number;
  /** Net saving at the horizon, and over all years to it. */
  net: number;
  cumulativeNet: number;
  /** Net saving each year, and added up to each year. */
  yearly: number[];
  cumulative: number[];
  /** The unit of this partner's own money axis. */
  unit: MoneyUnit;
}

export interface PartnersData {
  /** The horizon year, "2025/26". */
  year: string;
  /** Every year, for the partners' charts. */
  labels: string[];
  partners: PartnerFigures[];
  /** Which services are pooled and how the pool is shared, in plain words. */
  poolNote: string;
  table: DataTable;
  summary: string;
}

/** The running total of `values`. */
function runningTotal(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

/** "Pooled: Reablement and Home care, shared County Council 60%, NHS 40%." */
export function poolNote(scenario: Scenario): string {
  const pooled = scenario.services.filter((s) => s.pooled).map((s) => s.name);
  if (pooled.length === 0) return 'No services are pooled: each partner carries its own services and the prevention it pays for.';
  const names = pooled.length === 1 ? pooled[0] : `${pooled.slice(0, -1).join(', ')} and ${pooled[pooled.length - 1]}`;
  const contributions = scenario.pool?.contributions ?? {};
  const shares = scenario.partners.map((p) => `${p.name} ${formatPercent(contributions[p.id] ?? 0, 0)}`).join(', ');
  return (
    `Pooled budget: ${names}, and any prevention bought for them, are shared by pool contribution (${shares}), ` +
    'whoever funds or pays for them.'
  );
}

export function partnersData(results: Results, scenario: Scenario): PartnersData {
  const H = horizonIndex(results);
  const labels = yearLabels(results);
  const year = labels[H];
  const partners = scenario.partners.map((partner): PartnerFigures => {
    const figures = results.partners[partner.id];
    const cumulative = runningTotal(figures.net);
    return {
      name: partner.name,
      baseline: figures.baseline[H],
      scenario: figures.scenario[H],
      net: figures.net[H],
      cumulativeNet: cumulative[H],
      yearly: [...figures.net],
      cumulative,
      unit: moneyUnitFor([...figures.net, ...cumulative]),
    };
  });
  const table: DataTable = {
    caption: `Who pays and who saves, by partner, ${year}`,
    columns: ['Partner', `Baseline spend ${year}`, `Scenario spend ${year}`, `Net saving ${year}`, `Net saving, all years to ${year}`],
    rows: partners.map((p) => ({
      header: p.name,
      cells: [formatPounds(p.baseline), formatPounds(p.scenario), formatPounds(p.net), formatPounds(p.cumulativeNet)],
    })),
  };
  const summary =
    `Who pays and who saves in ${year}: ` +
    partners.map((p) => `${p.name} spends ${formatPoundsShort(p.scenario)} against ${formatPoundsShort(p.baseline)}, a net saving of ${formatPoundsShort(p.net)}`).join('; ') +
    '.';
  return { year, labels, partners, poolNote: poolNote(scenario), table, summary };
}
