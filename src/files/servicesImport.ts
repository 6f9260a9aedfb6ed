// Services from a table (MODEL.md §3): the columns the workbook writes
// (gridLayouts.ts) or their everyday names, a users column per age band,
// funders by partner id or name.
import { serviceSchema, SETTINGS, type Scenario, type Service } from '../model';
import { POOLED_HEADER, SERVICE_COLUMNS, SOURCE_HEADER, headerKey, usersHeader } from './gridLayouts';
import {
  booleanFrom,
  cellText,
  headerProblem,
  isEmptyColumn,
  numberFrom,
  optionalText,
  unknownColumn,
  validateRows,
  type HeaderedTable,
  type ImportProblem,
  type Parsed,
  type TableLocator,
} from './importedTable';
import type { Cell } from './spreadsheetFile';

type ServiceField = (typeof SERVICE_COLUMNS)[number]['field'] | 'pooled' | 'source';

const SERVICE_FIELD_BY_KEY = new Map<string, ServiceField>([
  ...SERVICE_COLUMNS.map(({ field, header }): [string, ServiceField] => [headerKey(header), field]),
  [headerKey(POOLED_HEADER), 'pooled'],
  [headerKey(SOURCE_HEADER), 'source'],
  ['service id', 'id'],
  ['service', 'name'],
  ['service name', 'name'],
  ['funded by', 'funder'],
]);
const REQUIRED_SERVICE_FIELDS: ServiceField[] = ['id', 'name', 'level', 'funder', 'unit', 'unitCost'];
const USERS_PREFIX = /^users(\s+aged)?\s*:?\s*/i;

type ServiceColumn = { field: ServiceField } | { band: string };

function serviceColumnOf(text: string, bandIds: Set<string>): ServiceColumn | null {
  const field = SERVICE_FIELD_BY_KEY.get(headerKey(text));
  if (field) return { field };
  const band = text.replace(USERS_PREFIX, '').trim();
  return bandIds.has(band) ? { band } : null;
}

function levelFrom(cell: Cell): unknown {
  return numberFrom(typeof cell === 'string' ? cell.replace(/^level\s*/i, '') : cell);
}

/** A funder may be given by partner id or by partner name. */
function funderFrom(cell: Cell, scenario: Scenario): string {
  const text = cellText(cell);
  if (scenario.partners.some((partner) => partner.id === text)) return text;
  const byName = scenario.partners.find((partner) => partner.name.toLowerCase() === text.toLowerCase());
  return byName?.id ?? text;
}

/** A setting by its words ("Extra care housing") or its id ("extraCare"); anything else is handed on for the schema to name. */
function settingFrom(cell: Cell): string | undefined {
  const text = optionalText(cell);
  const key = text?.toLowerCase();
  return SETTINGS.find((setting) => setting.words.toLowerCase() === key || setting.id.toLowerCase() === key)?.id ?? text;
}

/** A cell as the value of one field; undefined leaves the field out (its default applies). */
function fieldValue(field: ServiceField, cell: Cell, scenario: Scenario): unknown {
  switch (field) {
    case 'level':
      return levelFrom(cell);
    case 'funder':
      return optionalText(cell) === undefined ? undefined : funderFrom(cell, scenario);
    case 'unitCost':
    case 'costGrowth':
    case 'unitsPerPerson':
      return numberFrom(cell);
    case 'setting':
      return settingFrom(cell);
    case 'pooled':
      return booleanFrom(cell);
    default:
      return optionalText(cell);
  }
}

/**
 * What a services table may leave out, kept from the service of the same id
 * (MODEL.md §13–14): where its people live and the units a person uses, when
 * the table has no such column, and always its capacity, which has a table of its own.
 */
function keptFromNamesake(id: unknown, scenario: Scenario): Record<string, unknown> {
  const namesake = scenario.services.find((service) => service.id === id);
  if (!namesake) return {};
  const { setting, unitsPerPerson, capacity } = namesake;
  return { setting, unitsPerPerson, ...(capacity === undefined ? {} : { capacity }) };
}

function serviceRaw(cells: Cell[], columns: Array<ServiceColumn | null>, scenario: Scenario): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const users: Record<string, unknown> = {};
  columns.forEach((column, c) => {
    if (column === null) return;
    const value = 'band' in column ? numberFrom(cells[c] ?? null) : fieldValue(column.field, cells[c] ?? null, scenario);
    if (value === undefined) return;
    if ('band' in column) users[column.band] = value;
    else raw[column.field] = value;
  });
  return { ...keptFromNamesake(raw.id, scenario), ...raw, baselineUsers: users };
}

/** Services from a table with a header row; each wrong cell is a problem at its row and column. */
export function readServices(table: HeaderedTable, bandIds: Set<string>, scenario: Scenario): Parsed<Service> {
  const columns = table.header.map((text) => serviceColumnOf(text, bandIds));
  const columnOfField = new Map<string, string>();
  columns.forEach((column, c) => {
    if (column) columnOfField.set('field' in column ? column.field : `baselineUsers/${column.band}`, table.header[c]);
  });
  const locator: TableLocator = {
    table: table.name,
    list: 'services',
    locate: (index, field) => ({
      row: table.body[index]?.row ?? null,
      column: columnOfField.get(field) ?? columnOfField.get(field.split('/')[0]) ?? null,
    }),
  };
  const known = [...bandIds].map(usersHeader).join(', ');
  const problems: ImportProblem[] = columns.flatMap((column, c): ImportProblem[] => {
    if (column !== null || isEmptyColumn(table, c)) return [];
    return [unknownColumn(table, c, `${SERVICE_COLUMNS.map((s) => s.header).join(', ')}, a users column for each age band (${known}), Pooled and Source`)];
  });
  const found = new Set(columns.flatMap((column) => (column && 'field' in column ? [column.field] : [])));
  for (const field of REQUIRED_SERVICE_FIELDS.filter((f) => !found.has(f))) {
    const header = SERVICE_COLUMNS.find((column) => column.field === field)!.header;
    problems.push(headerProblem(table, null, `has no ${header} column; every service needs one`));
  }
  if (problems.length > 0) return { items: [], problems, locator };
  const raws = table.body.map(({ cells }) => serviceRaw(cells, columns, scenario));
  return { ...validateRows(serviceSchema, raws, locator), locator };
}

/** A services table has a unit cost column. */
export function looksLikeServices(table: HeaderedTable): boolean {
  return table.header.some((text) => SERVICE_FIELD_BY_KEY.get(headerKey(text)) === 'unitCost');
}
