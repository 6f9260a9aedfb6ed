// The layouts of the population, services, capacity and budgets grids in a workbook or CSV:
// the workbook writes these headers and the importer reads them back (and
// simpler hand-made ones, see importTables.ts).
import { financialYear } from '../model';
import type { Service } from '../model';

export const POPULATION_SHEET = 'Population';
export const SERVICES_SHEET = 'Services';
export const AGE_BAND_HEADER = 'Age band';
export const SOURCE_HEADER = 'Source';

/** The services grid's own columns, in order; users per band come between cost growth and pooled. */
export const SERVICE_COLUMNS = [
  { field: 'id', header: 'Id' },
  { field: 'name', header: 'Name' },
  { field: 'level', header: 'Level (1-5)' },
  { field: 'funder', header: 'Funder (partner id)' },
  { field: 'unit', header: 'Unit' },
  { field: 'unitCost', header: 'Unit cost (£ a year)' },
  { field: 'costGrowth', header: 'Cost growth (a year, 0.02 = 2%)' },
  { field: 'setting', header: 'Setting' },
  { field: 'unitsPerPerson', header: 'Units a person uses a year' },
] as const satisfies ReadonlyArray<{ field: keyof Service; header: string }>;

export const POOLED_HEADER = 'Pooled';

/** MODEL.md §14: a service's capacity, with the units opened (+) or closed (−) under each year. */
export const CAPACITY_SHEET = 'Capacity';
export const CAPACITY_COLUMNS = {
  service: 'Service id',
  name: 'Service',
  base: 'Capacity in the base year (units)',
  capitalCostPerUnit: 'Capital cost per unit opened (£)',
} as const;

/** MODEL.md §16: each partner's budget, a year a column. */
export const BUDGETS_SHEET = 'Budgets';
export const BUDGET_COLUMNS = { partner: 'Partner id', name: 'Partner' } as const;

export function usersHeader(bandId: string): string {
  return `Users aged ${bandId}`;
}

export function yearHeader(year: number): string {
  return financialYear(year);
}

/** "Unit cost (£ a year)" → "unit cost": headers compared without case, units or extra spaces. */
export function headerKey(header: string): string {
  return header.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}
