// Importing population projections and services from a CSV or .xlsx file:
// the layouts the workbook writes (gridLayouts.ts) and simple hand-made ones.
// A preview lists every problem by row and column before anything changes;
// applying it gives a new scenario, checked whole by readScenario.
import { scenarioYears } from '../model';
import { readScenario } from '../model';
import type { AgeBand, Scenario, Service } from '../model';
import { POPULATION_SHEET, SERVICES_SHEET, headerKey } from './gridLayouts';
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
  problems: ImportProblem[];
  /** Where each imported figure came from, to place problems found later. */
  locators: TableLocator[];
}

export type ApplyImportResult = { ok: true; scenario: Scenario } | { ok: false; problems: ImportProblem[] };

// ---- choosing tables -----------------------------------------------------

/** Sheets named Population and Services win; otherwise each table is judged by its header. */
function chooseTables(tables: Table[]): { population?: HeaderedTable; services?: HeaderedTable } {
  const named = (name: string) => tables.find((table) => headerKey(table.name) === headerKey(name));
  const population = named(POPULATION_SHEET);
  const services = named(SERVICES_SHEET);
  if (population || services) {
    return {
      population: population ? withHeader(population, POPULATION_SHEET) ?? undefined : undefined,
      services: services ? withHeader(services, SERVICES_SHEET) ?? undefined : undefined,
    };
  }
  const chosen: { population?: HeaderedTable; services?: HeaderedTable } = {};
  for (const table of tables) {
    const headered = withHeader(table, SERVICES_SHEET);
    if (!headered) continue;
    if (!chosen.services && looksLikeServices(headered)) chosen.services = headered;
    else if (!chosen.population && looksLikePopulation(headered)) chosen.population = { ...headered, name: POPULATION_SHEET };
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

/**
 * Imported services, each keeping where its people live, the units a person
 * uses and its capacity (MODEL.md §13–14) from its namesake: a table of
 * services carries none of these.
 */
function withPlacesKept(imported: Service[], before: Service[]): Service[] {
  const byId = new Map(before.map((service) => [service.id, service]));
  return imported.map((service) => {
    const namesake = byId.get(service.id);
    if (!namesake) return service;
    const { setting, unitsPerPerson, capacity } = namesake;
    return { ...service, setting, unitsPerPerson, ...(capacity === undefined ? {} : { capacity }) };
  });
}

/** The scenario with the preview's bands and services in place of its own: a new object, checked whole. */
export function applyImport(scenario: Scenario, preview: ImportPreview): ApplyImportResult {
  if (preview.problems.length > 0) return { ok: false, problems: preview.problems };
  const candidate = structuredClone({
    ...scenario,
    ageBands: preview.population ? withVariantsKept(preview.population, scenario.ageBands) : scenario.ageBands,
    services: preview.services ? withPlacesKept(preview.services, scenario.services) : scenario.services,
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
  if (!tables.population && !tables.services) {
    return {
      problems: [{
        table: null,
        row: null,
        column: null,
        message:
          'Found no population or services table in this file. Population needs a header row of years (such as 2025/26) or of age band ids; services need a header row with Id, Name, Level, Funder, Unit and Unit cost.',
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
  if (preview.problems.length === 0) {
    const applied = applyImport(scenario, preview);
    if (!applied.ok) preview.problems.push(...applied.problems);
  }
  return preview;
}
