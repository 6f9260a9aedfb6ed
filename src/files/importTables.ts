// Importing population projections, services, capacity and partners' budgets from a CSV or .xlsx file:
// the layouts the workbook writes (gridLayouts.ts) and simple hand-made ones.
// A preview lists every problem by row and column before anything changes;
// applying it gives a new scenario, checked whole by readScenario.
import { scenarioYears } from '../model';
import { readScenario } from '../model';
import type { AgeBand, Capacity, Scenario, Service } from '../model';
import { looksLikeBudgets, looksLikeCapacity, readBudgets, readCapacity } from './capacityBudgetsImport';
import { BUDGETS_SHEET, CAPACITY_SHEET, POPULATION_SHEET, SERVICES_SHEET, headerKey } from './gridLayouts';
import { problemAt, withHeader, type HeaderedTable, type ImportProblem, type TableLocator } from './importedTable';
import { looksLikePopulation, readPopulation } from './populationImport';
import { looksLikeServices, readServices } from './servicesImport';
import { readSpreadsheet, type Table } from './spreadsheetFile';

export { importProblemLine, type ImportProblem } from './importedTable';

export interface ImportPreview {
  /** The age bands to replace the scenario's, aligned to its years. */
  population?: AgeBand[];
  /** The services to replace the scenario's. */
  services?: Service[];
  /** Capacities to set, by service id (MODEL.md §14). */
  capacity?: Map<string, Capacity>;
  /** Budgets to set (undefined: none), by partner id (MODEL.md §16). */
  budgets?: Map<string, number[] | undefined>;
  problems: ImportProblem[];
  /** Where each imported figure came from, to place problems found later. */
  locators: TableLocator[];
}

export type ApplyImportResult = { ok: true; scenario: Scenario } | { ok: false; problems: ImportProblem[] };

// ---- choosing tables -----------------------------------------------------

type TableKind = 'population' | 'services' | 'capacity' | 'budgets';
type ChosenTables = Partial<Record<TableKind, HeaderedTable>>;

const SHEET_NAMES: Record<TableKind, string> = { population: POPULATION_SHEET, services: SERVICES_SHEET, capacity: CAPACITY_SHEET, budgets: BUDGETS_SHEET };

/** What an unnamed table holds, by its header: capacity and budgets first, as they too have years across. */
function kindOf(table: HeaderedTable): TableKind | null {
  if (looksLikeCapacity(table)) return 'capacity';
  if (looksLikeBudgets(table)) return 'budgets';
  if (looksLikeServices(table)) return 'services';
  return looksLikePopulation(table) ? 'population' : null;
}

/** Sheets named Population, Services, Capacity and Budgets win; otherwise each table is judged by its header. */
function chooseTables(tables: Table[]): ChosenTables {
  const kinds = Object.keys(SHEET_NAMES) as TableKind[];
  const named = (kind: TableKind) => tables.find((table) => headerKey(table.name) === headerKey(SHEET_NAMES[kind]));
  const chosen: ChosenTables = {};
  if (kinds.some(named)) {
    for (const kind of kinds) {
      const table = named(kind);
      const headered = table && withHeader(table, SHEET_NAMES[kind]);
      if (headered) chosen[kind] = headered;
    }
    return chosen;
  }
  for (const table of tables) {
    const headered = withHeader(table, SERVICES_SHEET);
    const kind = headered && kindOf(headered);
    if (kind && !chosen[kind]) chosen[kind] = { ...headered, name: SHEET_NAMES[kind] };
  }
  return chosen;
}

// ---- preview and apply ---------------------------------------------------

/** A scenario problem (by its JSON path) placed in the imported table it came from, if it did. */
function placeProblem(path: string, message: string, locators: TableLocator[]): ImportProblem {
  const match = /^(ageBands|services)\/(\d+)(?:\/(.*))?$/.exec(path);
  const locator = match && locators.find((l) => l.list === match[1]);
  if (match && locator) return problemAt(locator, Number(match[2]), match[3] ?? '', message);
  return { table: null, row: null, column: null, message: path === '' ? message : `After the import, ${path}: ${message}` };
}

/**
 * Imported bands, each keeping the population variants (MODEL.md §17) its
 * namesake had: a table of projections carries the principal series only.
 */
function withVariantsKept(imported: Scenario['ageBands'], before: Scenario['ageBands']): Scenario['ageBands'] {
  const variantsOf = new Map(before.map((band) => [band.id, band.variants]));
  return imported.map((band) => {
    const variants = band.variants ?? variantsOf.get(band.id);
    return variants === undefined ? band : { ...band, variants };
  });
}

/** Services with the imported capacities in place; the others keep theirs. */
function withCapacity(services: Service[], capacity: Map<string, Capacity> | undefined): Service[] {
  return capacity ? services.map((service) => (capacity.has(service.id) ? { ...service, capacity: capacity.get(service.id) } : service)) : services;
}

/** Partners with the imported budgets in place (a blank row takes one away); the others keep theirs. */
function withBudgets(partners: Scenario['partners'], budgets: Map<string, number[] | undefined> | undefined): Scenario['partners'] {
  if (!budgets) return partners;
  return partners.map((partner) => {
    if (!budgets.has(partner.id)) return partner;
    const { budget: _replaced, ...rest } = partner;
    const budget = budgets.get(partner.id);
    return budget === undefined ? rest : { ...rest, budget };
  });
}

/** The scenario with the preview's bands, services, capacities and budgets in place of its own: a new object, checked whole. */
export function applyImport(scenario: Scenario, preview: ImportPreview): ApplyImportResult {
  if (preview.problems.length > 0) return { ok: false, problems: preview.problems };
  const candidate = structuredClone({
    ...scenario,
    ageBands: preview.population ? withVariantsKept(preview.population, scenario.ageBands) : scenario.ageBands,
    services: withCapacity(preview.services ?? scenario.services, preview.capacity),
    partners: withBudgets(scenario.partners, preview.budgets),
  });
  const read = readScenario(candidate);
  if (read.ok) return { ok: true, scenario: read.scenario };
  return { ok: false, problems: read.problems.map((problem) => placeProblem(problem.path, problem.message, preview.locators)) };
}

/**
 * What importing a file would change in `scenario`, and every problem with
 * it by row and column. Nothing is changed: pass the preview to applyImport.
 */
export async function previewImport(data: ArrayBuffer | Uint8Array, fileName: string, scenario: Scenario): Promise<ImportPreview> {
  const file = await readSpreadsheet(data, fileName);
  if (!file.ok) return { problems: [{ table: null, row: null, column: null, message: file.reason }], locators: [] };
  const tables = chooseTables(file.tables);
  if (Object.keys(tables).length === 0) {
    return {
      problems: [{
        table: null,
        row: null,
        column: null,
        message:
          'Found no population, services, capacity or budgets table in this file. Population needs a header row of years (such as 2025/26) or of age band ids; services need a header row with Id, Name, Level, Funder, Unit and Unit cost; capacity needs Service id and Capacity in the base year; budgets need Partner id and a column for each year.',
      }],
      locators: [],
    };
  }
  const years = scenarioYears(scenario.meta.baseYear, scenario.meta.horizonYears);
  const preview: ImportPreview = { problems: [], locators: [] };
  let bandIds = scenario.ageBands.map((band) => band.id);
  if (tables.population) {
    const parsed = readPopulation(tables.population, years);
    preview.population = parsed.items;
    preview.problems.push(...parsed.problems);
    preview.locators.push(parsed.locator);
    bandIds = parsed.bandIds;
  }
  if (tables.services) {
    const parsed = readServices(tables.services, new Set(bandIds), scenario);
    preview.services = parsed.items;
    preview.problems.push(...parsed.problems);
    preview.locators.push(parsed.locator);
  }
  if (tables.capacity) {
    const parsed = readCapacity(tables.capacity, new Set((preview.services ?? scenario.services).map((service) => service.id)));
    preview.capacity = parsed.byId;
    preview.problems.push(...parsed.problems);
  }
  if (tables.budgets) {
    const parsed = readBudgets(tables.budgets, years, scenario);
    preview.budgets = parsed.byId;
    preview.problems.push(...parsed.problems);
  }
  if (preview.problems.length === 0) {
    const applied = applyImport(scenario, preview);
    if (!applied.ok) preview.problems.push(...applied.problems);
  }
  return preview;
}
