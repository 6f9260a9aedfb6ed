// Checks that span fields (MODEL.md §3–7, §9, §13–17): ids that must exist or be
// unique, series of the right length, shares that must add up. They read the
// raw file defensively, so a file with both a wrong type and an unknown id
// gets both problems listed at once.
import { financialYear } from '../financialYear';
import { formatCount, formatPounds } from '../../format/money';
import { PRINCIPAL_VARIANT } from '../vocabulary';
import { quoteId } from './describeValue';
import type { Problem } from './problems';
import { BOUNDS } from './fileFormat';

type Entry = Record<string, unknown>;

const SHARE_TOLERANCE = 1e-6;
/** Shares out of one service may sum to 1 up to rounding in the file. */
const OUT_SHARE_TOLERANCE = 1e-9;

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown): Array<[number, Entry]> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i): Array<[number, Entry]> => (isEntry(item) ? [[i, item]] : []));
}

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function listIds(ids: Iterable<string>): string {
  const all = [...ids];
  if (all.length === 0) return 'there are none';
  const shown = all.slice(0, 8).map((id) => quoteId(id)).join(', ');
  return all.length > 8 ? `known ones include ${shown}` : `known ones are ${shown}`;
}

/** Ids of a list, reporting duplicates. */
function collectIds(list: unknown, listName: string, what: string, problems: Problem[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const [i, item] of entries(list)) {
    const id = str(item.id);
    if (id === undefined) continue;
    const first = ids.get(id);
    if (first !== undefined) {
      problems.push({ path: `${listName}/${i}/id`, message: `${quoteId(id)} is already the id of ${what} ${listName}/${first}; ids must be unique` });
    } else {
      ids.set(id, i);
    }
  }
  return ids;
}

function mustName(value: unknown, ids: Map<string, number>, path: string, what: string, problems: Problem[]): void {
  const id = str(value);
  if (id !== undefined && !ids.has(id)) {
    problems.push({ path, message: `names ${what} ${quoteId(id)} that is not in the file (${listIds(ids.keys())})` });
  }
}

function checkSeriesLength(series: unknown, years: number | undefined, baseYear: number | undefined, path: string, problems: Problem[]): void {
  if (!Array.isArray(series) || years === undefined) return;
  if (series.length !== years) {
    const span = baseYear === undefined ? '' : ` (${financialYear(baseYear)} to ${financialYear(baseYear + years - 1)})`;
    problems.push({ path, message: `must have ${years} yearly figures, one for each year from the base year to the horizon${span}, got ${series.length}` });
  }
}

function checkSumsToOne(values: number[], path: string, what: string, problems: Problem[]): void {
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    problems.push({ path, message: `${what} must add up to 1 (100%), but add up to ${Number(sum.toFixed(6))}` });
  }
}

/** MODEL.md §3: users / base-year population, which must exist and stay within BOUNDS.usersPerPerson. */
function checkUsageRate(users: number, population: number | undefined, bandId: string, baseYear: number | undefined, path: string, problems: Problem[]): void {
  if (users <= 0 || population === undefined) return;
  const year = baseYear === undefined ? 'the base year' : financialYear(baseYear);
  if (population === 0) {
    problems.push({ path, message: `has ${users} users but age band ${quoteId(bandId)} has no population in ${year}, so no usage rate can be worked out` });
  } else if (users / population > BOUNDS.usersPerPerson) {
    const most = formatCount(BOUNDS.usersPerPerson);
    problems.push({ path, message: `has ${users} users but age band ${quoteId(bandId)} has only ${population} people in ${year}: more than ${most} per person, which no service reaches` });
  }
}

/** What the checks of one list need to know of the whole file. */
interface FileShape {
  raw: Entry;
  problems: Problem[];
  /** H + 1, when the horizon is valid */
  years: number | undefined;
  baseYear: number | undefined;
  bandIds: Map<string, number>;
  partnerIds: Map<string, number>;
  serviceIds: Map<string, number>;
}

function checkBands(file: FileShape): Set<string> {
  const { raw, years, baseYear, problems } = file;
  const variantIds = new Set<string>();
  for (const [b, band] of entries(raw.ageBands)) {
    checkSeriesLength(band.population, years, baseYear, `ageBands/${b}/population`, problems);
    if (!isEntry(band.variants)) continue;
    for (const [id, series] of Object.entries(band.variants)) {
      const path = `ageBands/${b}/variants/${id}`;
      variantIds.add(id);
      if (id === PRINCIPAL_VARIANT) {
        problems.push({ path, message: `${quoteId(PRINCIPAL_VARIANT)} is the name Upstream gives each band's own population; call this variant something else (for example "high")` });
      }
      checkSeriesLength(series, years, baseYear, path, problems);
    }
  }
  return variantIds;
}

function checkPopulationVariant(file: FileShape, variantIds: Set<string>): void {
  const meta = isEntry(file.raw.meta) ? file.raw.meta : {};
  const chosen = str(meta.populationVariant);
  if (chosen === undefined || variantIds.has(chosen)) return;
  const known = variantIds.size === 0 ? 'no age band has variants' : listIds(variantIds);
  file.problems.push({ path: 'meta/populationVariant', message: `names a population variant ${quoteId(chosen)} that no age band has (${known})` });
}

function checkPartners(file: FileShape): void {
  for (const [p, partner] of entries(file.raw.partners)) {
    checkSeriesLength(partner.budget, file.years, file.baseYear, `partners/${p}/budget`, file.problems);
  }
}

/** MODEL.md §14: capacity[t] = base + Σ changes dated up to year t, never below 0. */
function checkCapacity(file: FileShape, capacity: Entry, path: string, name: string): void {
  const { years, baseYear } = file;
  const base = num(capacity.base);
  // A negative base is the schema's to report; counting on from it would only repeat that.
  if (base === undefined || base < 0 || years === undefined || baseYear === undefined) return;
  const changes = entries(capacity.changes).map(([, change]) => ({ year: num(change.year), units: num(change.units) }));
  if (changes.some((c) => c.year === undefined || c.units === undefined)) return;
  let units = base;
  for (let t = 0; t < years; t++) {
    for (const change of changes) {
      if (t === 0 ? change.year! <= baseYear : change.year === baseYear + t) units += change.units!;
    }
    if (units < 0) {
      file.problems.push({
        path: `${path}/changes`,
        message: `would leave ${quoteId(name)} with ${Number(units.toFixed(6))} units in ${financialYear(baseYear + t)}; capacity cannot fall below 0, so close no more than it has`,
      });
      return;
    }
  }
}

function checkServices(file: FileShape): { unitCostOf: Map<string, number | undefined>; pooled: string[] } {
  const { raw, bandIds, partnerIds, baseYear, problems } = file;
  const basePopulation = new Map<string, number>();
  for (const [, band] of entries(raw.ageBands)) {
    const first = Array.isArray(band.population) ? num(band.population[0]) : undefined;
    if (str(band.id) !== undefined && first !== undefined) basePopulation.set(band.id as string, first);
  }
  const unitCostOf = new Map<string, number | undefined>();
  const pooled: string[] = [];
  for (const [s, service] of entries(raw.services)) {
    const path = `services/${s}`;
    mustName(service.funder, partnerIds, `${path}/funder`, 'a partner', problems);
    if (str(service.id) !== undefined) unitCostOf.set(service.id as string, num(service.unitCost));
    if (service.pooled === true && str(service.id) !== undefined) pooled.push(service.id as string);
    if (isEntry(service.capacity)) checkCapacity(file, service.capacity, `${path}/capacity`, str(service.name) ?? str(service.id) ?? path);
    // Without a list of bands there is nothing to check users against (the schema says so once).
    if (!isEntry(service.baselineUsers) || !Array.isArray(raw.ageBands)) continue;
    for (const [bandId, users] of Object.entries(service.baselineUsers)) {
      if (!bandIds.has(bandId)) {
        problems.push({ path: `${path}/baselineUsers/${bandId}`, message: `names an age band ${quoteId(bandId)} that is not in the file (${listIds(bandIds.keys())})` });
      } else {
        checkUsageRate(num(users) ?? 0, basePopulation.get(bandId), bandId, baseYear, `${path}/baselineUsers/${bandId}`, problems);
      }
    }
  }
  return { unitCostOf, pooled };
}

function checkRules(file: FileShape): void {
  const { raw, serviceIds, problems } = file;
  const outShares = new Map<string, { total: number; last: number }>();
  for (const [k, rule] of entries(raw.rebalancing)) {
    const path = `rebalancing/${k}`;
    mustName(rule.from, serviceIds, `${path}/from`, 'a service', problems);
    mustName(rule.to, serviceIds, `${path}/to`, 'a service', problems);
    const from = str(rule.from);
    if (from !== undefined && from === str(rule.to)) {
      problems.push({ path: `${path}/to`, message: `moves ${quoteId(from)} to itself; choose a different service to move to` });
    }
    const share = num(rule.share);
    if (from !== undefined && share !== undefined) {
      const sum = outShares.get(from) ?? { total: 0, last: k };
      outShares.set(from, { total: sum.total + share, last: k });
    }
  }
  for (const [from, { total, last }] of outShares) {
    if (total > 1 + OUT_SHARE_TOLERANCE) {
      problems.push({
        path: `rebalancing/${last}/share`,
        message: `the rules moving out of ${quoteId(from)} move ${Number((total * 100).toFixed(4))}% of it in all; they can move at most 100%`,
      });
    }
  }
}

function checkInvestments(file: FileShape, unitCostOf: Map<string, number | undefined>): void {
  const { raw, serviceIds, partnerIds, problems } = file;
  for (const [j, investment] of entries(raw.investments)) {
    const path = `investments/${j}`;
    mustName(investment.target, serviceIds, `${path}/target`, 'a service', problems);
    if (investment.paidBy !== undefined) mustName(investment.paidBy, partnerIds, `${path}/paidBy`, 'a partner', problems);
    const target = str(investment.target);
    const targetCost = target === undefined ? undefined : unitCostOf.get(target);
    if (targetCost !== undefined && targetCost >= 0 && targetCost < BOUNDS.targetUnitCost) {
      problems.push({
        path: `${path}/target`,
        message: `${quoteId(target!)} has a unit cost of ${formatPounds(targetCost)}, so no activity can be bought with this investment; give the service a unit cost of at least 1p`,
      });
    }
    const start = num(investment.startYear);
    const end = num(investment.endYear);
    if (start !== undefined && end !== undefined && end < start) {
      problems.push({ path: `${path}/endYear`, message: `ends in ${financialYear(end)}, before it starts in ${financialYear(start)}; the last year funded must be the start year or later` });
    }
    for (const [d, deflection] of entries(investment.deflects)) {
      mustName(deflection.service, serviceIds, `${path}/deflects/${d}/service`, 'a service', problems);
      if (target !== undefined && str(deflection.service) === target) {
        problems.push({ path: `${path}/deflects/${d}/service`, message: `deflects its own target ${quoteId(target)}; an investment can only deflect demand for other services` });
      }
    }
  }
}

function checkPool(file: FileShape, pooled: readonly string[]): void {
  const { raw, partnerIds, problems } = file;
  const contributions = isEntry(raw.pool) && isEntry(raw.pool.contributions) ? raw.pool.contributions : undefined;
  if (contributions) {
    for (const partnerId of Object.keys(contributions)) {
      if (!partnerIds.has(partnerId)) {
        problems.push({ path: `pool/contributions/${partnerId}`, message: `names a partner ${quoteId(partnerId)} that is not in the file (${listIds(partnerIds.keys())})` });
      }
    }
    const shares = Object.values(contributions).map(num);
    if (shares.every((x) => x !== undefined)) checkSumsToOne(shares as number[], 'pool/contributions', 'The partners\' shares of the pool', problems);
  } else if (pooled.length > 0) {
    problems.push({
      path: 'pool',
      message: `is needed because ${pooled.map((id) => quoteId(id)).join(', ')} ${pooled.length === 1 ? 'is' : 'are'} pooled: say what share of the pooled budget each partner pays`,
    });
  }
}

function checkTargetShares(file: FileShape): void {
  const { raw, problems } = file;
  if (Array.isArray(raw.targetLevelShares) && raw.targetLevelShares.length === 5) {
    const shares = raw.targetLevelShares.map(num);
    if (shares.every((x) => x !== undefined)) checkSumsToOne(shares as number[], 'targetLevelShares', 'The desired level shares', problems);
  }
}

export function checkReferences(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isEntry(raw)) return problems;
  const meta = isEntry(raw.meta) ? raw.meta : {};
  const horizon = num(meta.horizonYears);
  const file: FileShape = {
    raw,
    problems,
    years: horizon !== undefined && Number.isInteger(horizon) && horizon >= 1 && horizon <= 50 ? horizon + 1 : undefined,
    baseYear: num(meta.baseYear),
    bandIds: collectIds(raw.ageBands, 'ageBands', 'age band', problems),
    partnerIds: collectIds(raw.partners, 'partners', 'partner', problems),
    serviceIds: collectIds(raw.services, 'services', 'service', problems),
  };
  checkPopulationVariant(file, checkBands(file));
  checkSeriesLength(raw.envelope, file.years, file.baseYear, 'envelope', problems);
  checkPartners(file);
  const { unitCostOf, pooled } = checkServices(file);
  checkRules(file);
  checkInvestments(file, unitCostOf);
  checkPool(file, pooled);
  checkTargetShares(file);
  return problems;
}
