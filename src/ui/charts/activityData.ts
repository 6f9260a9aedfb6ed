// Chart 6: activity by service in a chosen year, scenario against baseline.
// Units differ between services (places, hours, people), so the bars show
// the change in per cent and the table and tooltips carry the units.
import type { Results } from '../../model';
import type { Scenario } from '../../model';
import { wrapLabel, yearLabels, type DataTable } from './chartData';
import { levelLabel } from './palette';

export interface ServiceActivity {
  name: string;
  unit: string;
  level: number;
  baseline: number;
  scenario: number;
  /** Scenario against baseline as a fraction (0.1 = 10% more); null when the baseline is 0. */
  change: number | null;
}

export interface ActivityData {
  year: string;
  /** Bar labels, in lines: "Residential care (places)". */
  labels: string[][];
  services: ServiceActivity[];
  table: DataTable;
  summary: string;
}

const activityNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const signedPercent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** Units of activity to one decimal place: "2,145.3". */
export function formatUnits(amount: number): string {
  return activityNumber.format(amount);
}

/** "19.1 places". */
export function formatActivity(amount: number, unit: string): string {
  return `${formatUnits(amount)} ${unit}`;
}

/** "+4.5%", "-12%", "no change"; "new" or "none" when the baseline is 0. */
export function formatChange(service: ServiceActivity): string {
  if (service.change !== null) return service.change === 0 ? 'no change' : signedPercent.format(service.change);
  return service.scenario > 0 ? 'new' : 'none';
}

export function activityData(results: Results, scenario: Scenario, yearIndex: number): ActivityData {
  const year = yearLabels(results)[yearIndex];
  const services = scenario.services
    .map((service): ServiceActivity => {
      const baseline = results.baseline.byService[service.id].activity[yearIndex];
      const inScenario = results.scenario.byService[service.id].activity[yearIndex];
      return {
        name: service.name,
        unit: service.unit,
        level: service.level,
        baseline,
        scenario: inScenario,
        change: baseline === 0 ? null : inScenario / baseline - 1,
      };
    })
    .sort((a, b) => a.level - b.level);
  const table: DataTable = {
    caption: `Activity by service, baseline and scenario, ${year}`,
    columns: ['Service', 'Level', `Baseline ${year}`, `Scenario ${year}`, 'Change'],
    rows: services.map((s) => ({
      header: s.name,
      cells: [levelLabel(s.level), formatActivity(s.baseline, s.unit), formatActivity(s.scenario, s.unit), formatChange(s)],
    })),
  };
  const summary =
    `Change in activity by service, scenario against baseline, ${year}: ` +
    services.map((s) => `${s.name} ${formatChange(s)}`).join(', ') +
    '.';
  return { year, labels: services.map((s) => wrapLabel(`${s.name} (${s.unit})`, 30)), services, table, summary };
}
