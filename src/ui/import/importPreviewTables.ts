// What an import will change, as the tables the preview dialog shows: the
// population (age bands × years) and the services, each figure marked where it
// differs from the scenario as it is now.
import { formatPounds } from '../../format/money';
import { financialYear, scenarioYears } from '../../model';
import type { Scenario } from '../../model';
import { pairUp } from '../compare/pairUp';
import { diffScenarios, type InputDifference } from '../compare/scenarioDiff';

export interface PreviewCell {
  text: string;
  /** What the cell holds now, when the import changes it; null for a new age band. */
  was: string | null;
  changed: boolean;
}

export interface PopulationPreview {
  years: string[];
  rows: Array<{ band: string; isNew: boolean; cells: PreviewCell[] }>;
  /** Age bands the import leaves out, which will go. */
  removed: string[];
  changedFigures: number;
}

export type ServiceStatus = 'Added' | 'Changed' | 'No change';

export interface ServicePreviewRow {
  id: string;
  name: string;
  level: string;
  funder: string;
  unit: string;
  unitCost: string;
  status: ServiceStatus;
}

export interface ServicesPreview {
  rows: ServicePreviewRow[];
  /** Names of services the import leaves out, which will go. */
  removed: string[];
}

export interface ImportChanges {
  population?: PopulationPreview;
  services?: ServicesPreview;
  /** How many services' capacities and partners' budgets the file sets (MODEL.md §14, §16). */
  capacityCount?: number;
  budgetsCount?: number;
  /** Every input that changes, in plain words. */
  differences: InputDifference[];
}

const count = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function populationPreview(before: Scenario, after: Scenario): PopulationPreview {
  const now = new Map(before.ageBands.map((band) => [band.id, band.population]));
  const rows = after.ageBands.map((band) => {
    const old = now.get(band.id);
    const cells = band.population.map((value, t): PreviewCell => {
      const was = old?.[t];
      return { text: count.format(value), was: was === undefined ? null : count.format(was), changed: was !== value };
    });
    return { band: band.id, isNew: old === undefined, cells };
  });
  const kept = new Set(after.ageBands.map((band) => band.id));
  return {
    years: scenarioYears(after.meta.baseYear, after.meta.horizonYears).map(financialYear),
    rows,
    removed: before.ageBands.filter((band) => !kept.has(band.id)).map((band) => band.id),
    changedFigures: rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.changed).length, 0),
  };
}

function servicesPreview(before: Scenario, after: Scenario, differences: InputDifference[]): ServicesPreview {
  const { pairs, removed } = pairUp(before.services, after.services, (service) => service.id);
  const existing = new Set(pairs.map(([, j]) => j));
  const partnerName = new Map(after.partners.map((partner) => [partner.id, partner.name]));
  const rows = after.services.map((service, j): ServicePreviewRow => {
    const changed = differences.some((d) => d.path.startsWith(`services/${j}/`));
    return {
      id: service.id,
      name: service.name,
      level: String(service.level),
      funder: partnerName.get(service.funder) ?? service.funder,
      unit: service.unit,
      unitCost: formatPounds(service.unitCost),
      status: !existing.has(j) ? 'Added' : changed ? 'Changed' : 'No change',
    };
  });
  return { rows, removed: removed.map((i) => before.services[i].name) };
}

/** What a file brings: population and services tables, and how many capacities and budgets. */
export interface ImportedParts {
  population: boolean;
  services: boolean;
  capacityCount?: number;
  budgetsCount?: number;
}

/** The tables for what the file brings (population, services, capacity, budgets) and every input that changes. */
export function importChanges(before: Scenario, after: Scenario, imported: ImportedParts): ImportChanges {
  const differences = diffScenarios(before, after);
  return {
    population: imported.population ? populationPreview(before, after) : undefined,
    services: imported.services ? servicesPreview(before, after, differences) : undefined,
    capacityCount: imported.capacityCount,
    budgetsCount: imported.budgetsCount,
    differences,
  };
}
