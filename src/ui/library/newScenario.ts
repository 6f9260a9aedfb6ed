// A new blank scenario that is already valid (one age band, one partner, one
// service, this financial year, ten years ahead), its figures marked as
// placeholders to replace.
import { scenarioYears } from '../../model';
import { FILE_FORMAT, FILE_VERSION } from '../../model';
import type { Scenario } from '../../model';

const PLACEHOLDER = 'Placeholder figure: replace it with your own, and say where it came from.';
const HORIZON_YEARS = 10;

/** The financial year (April to March, MODEL.md §1) that `today` falls in: 2026 for 22 November 2026, 2025 for 3 March 2026. */
export function currentFinancialYear(today: Date): number {
  return today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
}

export function blankScenario(today: Date): Scenario {
  const baseYear = currentFinancialYear(today);
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    meta: { name: 'New scenario', currency: 'GBP', baseYear, horizonYears: HORIZON_YEARS, discountRate: 0.035 },
    ageBands: [{ id: '65+', population: scenarioYears(baseYear, HORIZON_YEARS).map(() => 10_000), source: PLACEHOLDER }],
    partners: [{ id: 'council', name: 'Council' }],
    services: [
      {
        id: 'homecare',
        name: 'Home care',
        level: 4,
        funder: 'council',
        unit: 'people',
        unitCost: 10_000,
        costGrowth: 0,
        baselineUsers: { '65+': 100 },
        pooled: false,
        setting: 'home',
        unitsPerPerson: 1,
        source: PLACEHOLDER,
      },
    ],
    rebalancing: [],
    investments: [],
  };
}
