// Chart 7: the commissioning gap at the horizon — scenario spend by level
// against the desired position (MODEL.md §6, targetLevelShares).
import { formatPercent, formatPounds, formatPoundsShort } from '../../format/money';
import type { Results } from '../../model';
import type { Scenario } from '../../model';
import { horizonIndex, yearLabels, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';
import { levelLabel } from './palette';

export interface LevelGap {
  label: string;
  scenario: number;
  desired: number;
  /** > 0: commission more at this level; < 0: decommission. */
  gap: number;
}

export interface CommissioningGapData {
  year: string;
  levels: LevelGap[];
  unit: MoneyUnit;
  table: DataTable;
  summary: string;
}

/** "Commission £12,000 more", "Decommission £5,000", "On the desired position". */
export function describeGap(gap: number): string {
  if (Math.round(gap) === 0) return 'On the desired position';
  return gap > 0 ? `Commission ${formatPounds(gap)} more` : `Decommission ${formatPounds(-gap)}`;
}

/** Null when the scenario sets no desired position. */
export function commissioningGapData(results: Results, scenario: Scenario): CommissioningGapData | null {
  const shares = scenario.targetLevelShares;
  const gaps = results.summary.commissioningGap;
  if (!shares || !gaps) return null;
  const H = horizonIndex(results);
  const year = yearLabels(results)[H];
  const levels = gaps.map((gap, i): LevelGap => {
    const inScenario = results.scenario.byLevel[i][H];
    return { label: levelLabel(i + 1), scenario: inScenario, desired: inScenario + gap, gap };
  });
  const table: DataTable = {
    caption: `Commissioning gap by level, ${year}: scenario spend against the desired position`,
    columns: ['Level', 'Desired share', `Scenario spend ${year}`, `Desired spend ${year}`, 'To reach the desired position'],
    rows: levels.map((l, i) => ({
      header: `Level ${l.label}`,
      cells: [formatPercent(shares[i]), formatPounds(l.scenario), formatPounds(l.desired), describeGap(l.gap)],
    })),
  };
  const summary =
    `Scenario spend by level in ${year} against the desired position: ` +
    levels.map((l) => `Level ${l.label}, ${formatPoundsShort(l.scenario)} against ${formatPoundsShort(l.desired)}`).join('; ') +
    '.';
  return { year, levels, unit: moneyUnitFor(levels.flatMap((l) => [l.scenario, l.desired])), table, summary };
}
