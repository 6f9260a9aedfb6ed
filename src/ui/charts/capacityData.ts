// Capacity against activity, service by service: the units available each
// year against the baseline's and the scenario's activity, the units short
// (to commission) or spare, and the capital spent on new capacity
// (MODEL.md §14: capacity, supplyGap, baseSupplyGap, capital).
import { formatCount, formatPounds, formatPoundsShort } from '../../format/money';
import type { Results, Scenario } from '../../model';
import { formatUnits } from './activityData';
import { horizonIndex, yearLabels, yearSpan, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';

export interface ServiceCapacity {
  id: string;
  name: string;
  /** The service's unit of activity: "places", "hours". */
  unit: string;
  capacity: number[];
  baseline: number[];
  scenario: number[];
  /** Scenario activity − capacity: > 0 units short, < 0 units spare. */
  supplyGap: number[];
  baselineSupplyGap: number[];
  capital: number[];
  /** What the scenario leaves at the horizon, in words: "Short of 320 places by 2025/26: commission them". */
  verdict: string;
  /** The baseline at the horizon: "Without the scenario, 963 places short". */
  baselineVerdict: string;
  capitalUnit: MoneyUnit;
  table: DataTable;
  summary: string;
}

export interface CapacityData {
  labels: string[];
  services: ServiceCapacity[];
}

/** MODEL.md §14: > 0 units short, < 0 units spare; under half a unit either way is a match. */
export function describeSupplyGap(gap: number, unit: string, year: string): string {
  const units = Math.round(Math.abs(gap));
  if (units === 0) return `Capacity matches activity in ${year}`;
  return gap > 0 ? `Short of ${formatCount(units)} ${unit} by ${year}: commission them` : `${formatCount(units)} ${unit} spare in ${year}`;
}

/** "963 places short", "281 units spare", "none short or spare". */
export function shortOrSpare(gap: number, unit: string): string {
  const units = Math.round(Math.abs(gap));
  if (units === 0) return `no ${unit} short or spare`;
  return `${formatCount(units)} ${unit} ${gap > 0 ? 'short' : 'spare'}`;
}

/** A table cell: "+320 short", "−121 spare", "0". */
function gapCell(gap: number): string {
  const units = Math.round(Math.abs(gap));
  if (units === 0) return '0';
  return gap > 0 ? `+${formatCount(units)} short` : `−${formatCount(units)} spare`;
}

function capacityTable(service: Omit<ServiceCapacity, 'table' | 'summary'>, labels: string[], span: string): DataTable {
  const unit = service.unit;
  return {
    caption: `${service.name}: capacity against activity (${unit}) and capital, ${span}`,
    columns: ['Year', `Capacity (${unit})`, `Baseline activity (${unit})`, `Scenario activity (${unit})`, `Short (+) or spare (−) in the scenario (${unit})`, 'Capital'],
    rows: labels.map((header, t) => ({
      header,
      cells: [
        formatUnits(service.capacity[t]),
        formatUnits(service.baseline[t]),
        formatUnits(service.scenario[t]),
        gapCell(service.supplyGap[t]),
        formatPounds(service.capital[t]),
      ],
    })),
  };
}

/** Each service with a capacity, in file order; empty when none has one. */
export function capacityData(results: Results, scenario: Scenario): CapacityData {
  const labels = yearLabels(results);
  const H = horizonIndex(results);
  const year = labels[H];
  const span = yearSpan(results);
  const services = scenario.services.flatMap((service): ServiceCapacity[] => {
    const inScenario = results.scenario.byService[service.id];
    const inBaseline = results.baseline.byService[service.id];
    if (!inScenario.capacity || !inScenario.supplyGap || !inScenario.capital || !inBaseline.supplyGap) return [];
    const figures = {
      id: service.id,
      name: service.name,
      unit: service.unit,
      capacity: [...inScenario.capacity],
      baseline: [...inBaseline.activity],
      scenario: [...inScenario.activity],
      supplyGap: [...inScenario.supplyGap],
      baselineSupplyGap: [...inBaseline.supplyGap],
      capital: [...inScenario.capital],
      verdict: describeSupplyGap(inScenario.supplyGap[H], service.unit, year),
      baselineVerdict: `Without the scenario, ${shortOrSpare(inBaseline.supplyGap[H], service.unit)}`,
      capitalUnit: moneyUnitFor(inScenario.capital),
    };
    const capitalTotal = figures.capital.reduce((sum, amount) => sum + amount, 0);
    const summary =
      `${service.name}, ${span}: capacity ${formatUnits(figures.capacity[H])} ${service.unit} in ${year} against scenario activity of ` +
      `${formatUnits(figures.scenario[H])} and baseline activity of ${formatUnits(figures.baseline[H])}. ${figures.verdict}. ` +
      `Capital ${formatPoundsShort(capitalTotal)} over all years.`;
    return [{ ...figures, table: capacityTable(figures, labels, span), summary }];
  });
  return { labels, services };
}
