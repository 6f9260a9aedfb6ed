// Checks that span fields (MODEL.md §3–7, §9): ids that must exist or be
// unique, series of the right length, shares that must add up. They read the
// raw file defensively, so a file with both a wrong type and an unknown id
// gets both problems listed at once.
import { financialYear } from '../financialYear';
import { formatCount, formatPounds } from '../../format/money';
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

export function checkReferences(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isEntry(raw)) return problems;
  const meta = isEntry(raw.meta) ? raw.meta : {};
  const horizon = num(meta.horizonYears);
  const years = horizon !== undefined && Number.isInteger(horizon) && horizon >= 1 && horizon <= 50 ? horizon + 1 : undefined;
  const baseYear = num(meta.baseYear);

  const bandIds = collectIds(raw.ageBands, 'ageBands', 'age band', problems);
  const partnerIds = collectIds(raw.partners, 'partners', 'partner', problems);
  const serviceIds = collectIds(raw.services, 'services', 'service', problems);

  const basePopulation = new Map<string, number>();
  for (const [b, band] of entries(raw.ageBands)) {
    checkSeriesLength(band.population, years, baseYear, `ageBands/${b}/population`, problems);
    const first = Array.isArray(band.population) ? num(band.population[0]) : undefined;
    if (str(band.id) !== undefined && first !== undefined) basePopulation.set(band.id as string, first);
  }
  checkSeriesLength(raw.envelope, years, baseYear, 'envelope', problems);

  const services = entries(raw.services);
  const unitCostOf = new Map<string, number | undefined>();
  const pooled: string[] = [];
  for (const [s, service] of services) {
    const path = `services/${s}`;
    mustName(service.funder, partnerIds, `${path}/funder`, 'a partner', problems);
    if (str(service.id) !== undefined) unitCostOf.set(service.id as string, num(service.unitCost));
    if (service.pooled === true && str(service.id) !== undefined) pooled.push(service.id as string);
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
    for (const [d, deflection] of entries(investment.deflects)) {
      mustName(deflection.service, serviceIds, `${path}/deflects/${d}/service`, 'a service', problems);
      if (target !== undefined && str(deflection.service) === target) {
        problems.push({ path: `${path}/deflects/${d}/service`, message: `deflects its own target ${quoteId(target)}; an investment can only deflect demand for other services` });
      }
    }
  }

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

  if (Array.isArray(raw.targetLevelShares) && raw.targetLevelShares.length === 5) {
    const shares = raw.targetLevelShares.map(num);
    if (shares.every((x) => x !== undefined)) checkSumsToOne(shares as number[], 'targetLevelShares', 'The desired level shares', problems);
  }
  return problems;
}
