// Changes to the shape of the scenario: rows added and removed, the years
// resized when the horizon changes, the optional envelope and desired level
// shares switched on and off. Each returns a new draft (one step of history)
// and keeps what depends on the shape in step: the uncertainty ranges that
// name inputs by their place, a removed band's users, a removed partner's
// pool share.
import { getAtPath, setAtPath, type DraftPath, type ScenarioDraft } from '../store/draft';
import { parseTypedNumber } from './cellKinds';
import type { IdList } from './sheet';
import { entriesOf, idsOf, yearAxis } from './sheets';

export type RowList = IdList | 'rebalancing' | 'investments';

type Entry = Record<string, unknown>;

/** `stem1`, `stem2`, …: the first that no row of the list has yet. */
export function uniqueId(taken: readonly string[], stem: string): string {
  for (let n = taken.length + 1; ; n += 1) if (!taken.includes(`${stem}${n}`)) return `${stem}${n}`;
}

/** The uncertainty ranges with each path moved (or dropped, when `move` gives null) to follow a change of shape. */
export function moveRangePaths(draft: ScenarioDraft, move: (parts: string[]) => string[] | null): ScenarioDraft {
  if (!Array.isArray(draft.uncertainty)) return draft;
  const ranges = draft.uncertainty.flatMap((range) => {
    if (typeof range?.path !== 'string') return [range];
    const moved = move(range.path.split('/'));
    if (moved === null) return [];
    return [moved.join('/') === range.path ? range : { ...range, path: moved.join('/') }];
  });
  return { ...draft, uncertainty: ranges };
}

/** Index `i` of a list after removing `removed`, or null if `i` itself went. */
function indexAfterRemoval(i: number, removed: ReadonlySet<number>): number | null {
  if (removed.has(i)) return null;
  return i - [...removed].filter((r) => r < i).length;
}

/** A path part that is an index of a list, or null. */
const indexPart = (part: string | undefined) => (part !== undefined && /^\d+$/.test(part) ? Number(part) : null);

function yearCount(draft: ScenarioDraft): number {
  return yearAxis(draft).count;
}

function startYear(draft: ScenarioDraft): number {
  const base = draft.meta?.baseYear;
  return typeof base === 'number' && Number.isInteger(base) ? base : new Date().getFullYear();
}

function newRow(draft: ScenarioDraft, list: RowList): Entry {
  const services = idsOf(draft, 'services');
  switch (list) {
    case 'ageBands':
      return { id: uniqueId(idsOf(draft, 'ageBands'), 'band'), population: Array.from({ length: yearCount(draft) }, () => 0) };
    case 'partners':
      return { id: uniqueId(idsOf(draft, 'partners'), 'partner'), name: 'New partner' };
    case 'services':
      return {
        id: uniqueId(services, 'service'),
        name: 'New service',
        level: 3,
        funder: idsOf(draft, 'partners')[0] ?? '',
        unit: 'people',
        unitCost: 0,
        costGrowth: 0,
        baselineUsers: {},
        pooled: false,
      };
    case 'rebalancing':
      return { from: services[0] ?? '', to: services[1] ?? services[0] ?? '', share: 0, ratio: 1, startYear: startYear(draft), rampYears: 0 };
    case 'investments':
      return { name: 'New investment', target: services[0] ?? '', amount: 0, startYear: startYear(draft), rampYears: 0, lagYears: 0, deflects: [] };
  }
}

/** A new row at the end of the list, valid as far as it can be on its own. */
export function addRow(draft: ScenarioDraft, list: RowList): ScenarioDraft {
  const rows: unknown = draft[list];
  return setAtPath(draft, [list], [...(Array.isArray(rows) ? rows : []), newRow(draft, list)]);
}

/** A new deflection for investment `j`, naming a service other than its target. */
export function addDeflection(draft: ScenarioDraft, j: number): ScenarioDraft {
  const investment = entriesOf(draft, 'investments')[j];
  if (!investment) return draft;
  const deflects: unknown[] = Array.isArray(investment.deflects) ? investment.deflects : [];
  const service = idsOf(draft, 'services').find((id) => id !== investment.target) ?? '';
  return setAtPath(draft, ['investments', j, 'deflects'], [...deflects, { service, rate: 0 }]);
}

/** Keys of a group without those listed. */
function withoutKeys(record: unknown, keys: ReadonlySet<string>): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.has(key)));
}

/** Ids that go with the removed rows and that no remaining row still has. */
function goneIds(draft: ScenarioDraft, list: IdList, removed: ReadonlySet<number>): Set<string> {
  const entries = entriesOf(draft, list);
  const kept = new Set(entries.filter((_, i) => !removed.has(i)).map((entry) => entry.id));
  return new Set(entries.filter((entry, i) => removed.has(i) && typeof entry.id === 'string' && !kept.has(entry.id)).map((entry) => entry.id as string));
}

/** A removed band's users and a removed partner's pool share go with it; other references stay for the user to see. */
function dropKeysOf(draft: ScenarioDraft, list: RowList, gone: ReadonlySet<string>): ScenarioDraft {
  if (list === 'ageBands') {
    const services = entriesOf(draft, 'services').map((service) => ({ ...service, baselineUsers: withoutKeys(service.baselineUsers, gone) }));
    return setAtPath(draft, ['services'], services);
  }
  if (list === 'partners' && draft.pool !== undefined) {
    return setAtPath(draft, ['pool', 'contributions'], withoutKeys(draft.pool.contributions, gone));
  }
  return draft;
}

/** The rows at `indices` removed from the list, with everything that names rows by place moved along. */
export function removeRows(draft: ScenarioDraft, list: RowList, indices: readonly number[]): ScenarioDraft {
  const rows: unknown = draft[list];
  const removed = new Set(indices);
  if (!Array.isArray(rows) || removed.size === 0) return draft;
  const gone = list === 'ageBands' || list === 'partners' ? goneIds(draft, list, removed) : new Set<string>();
  const next = setAtPath(dropKeysOf(draft, list, gone), [list], rows.filter((_: unknown, i: number) => !removed.has(i)));
  return moveRangePaths(next, (parts) => {
    if (parts[0] === 'services' && parts[2] === 'baselineUsers' && list === 'ageBands' && gone.has(parts[3])) return null;
    const i = indexPart(parts[1]);
    if (parts[0] !== list || i === null) return parts;
    const moved = indexAfterRemoval(i, removed);
    return moved === null ? null : [list, String(moved), ...parts.slice(2)];
  });
}

/** What names services being removed: the rules, investments and deflections that would be left pointing at nothing. */
export interface ServiceUsers {
  rules: number[];
  investments: number[];
  /** [investment, deflection] pairs, of investments that stay. */
  deflections: Array<readonly [number, number]>;
  /** "rebalancing rule 2 (Residential care → Home care)", "investment "Reablement"", for a message. */
  names: string[];
}

/** The rules, investments and deflections that name the services at `indices`, which go with them if the user agrees. */
export function serviceUsers(draft: ScenarioDraft, indices: readonly number[]): ServiceUsers {
  const gone = goneIds(draft, 'services', new Set(indices));
  const nameOf = new Map(entriesOf(draft, 'services').map((service) => [service.id, typeof service.name === 'string' ? service.name : String(service.id)]));
  const rules = entriesOf(draft, 'rebalancing').flatMap((rule, k) => (gone.has(String(rule.from)) || gone.has(String(rule.to)) ? [k] : []));
  const investments = entriesOf(draft, 'investments').flatMap((investment, j) => (gone.has(String(investment.target)) ? [j] : []));
  const deflections = entriesOf(draft, 'investments').flatMap((investment, j) =>
    investments.includes(j) || !Array.isArray(investment.deflects)
      ? []
      : investment.deflects.flatMap((deflection: unknown, d: number) => (gone.has(String(getAtPath(deflection, ['service']))) ? [[j, d] as const] : [])),
  );
  const investmentName = (j: number) => String(getAtPath(draft, ['investments', j, 'name']) ?? `Investment ${j + 1}`);
  const names = [
    ...rules.map((k) => {
      const rule = entriesOf(draft, 'rebalancing')[k];
      return `rebalancing rule ${k + 1} (${nameOf.get(rule.from) ?? rule.from} → ${nameOf.get(rule.to) ?? rule.to})`;
    }),
    ...investments.map((j) => `investment "${investmentName(j)}"`),
    ...deflections.map(([j, d]) => `the demand "${investmentName(j)}" avoids for ${nameOf.get(getAtPath(draft, ['investments', j, 'deflects', d, 'service'])) ?? 'it'}`),
  ];
  return { rules, investments, deflections, names };
}

/** The services at `indices` removed with everything that names them (serviceUsers), as one change. */
export function removeServicesAndUsers(draft: ScenarioDraft, indices: readonly number[]): ScenarioDraft {
  const users = serviceUsers(draft, indices);
  // Innermost first, so each removal's indices still hold when it is made.
  const withoutDeflections = removeDeflections(draft, users.deflections);
  const withoutInvestments = removeRows(withoutDeflections, 'investments', users.investments);
  return removeRows(removeRows(withoutInvestments, 'rebalancing', users.rules), 'services', indices);
}

/** Deflections removed, given as [investment, deflection] index pairs. */
export function removeDeflections(draft: ScenarioDraft, pairs: ReadonlyArray<readonly [number, number]>): ScenarioDraft {
  return removeListItems(draft, pairs.map(([j, d]) => ['investments', j, 'deflects', d]));
}

/**
 * Entries of lists nested in the scenario removed, each given by its path
 * (`investments/0/deflects/1`, `services/0/capacity/changes/2`), with the
 * uncertainty ranges inside them dropped and those after them moved up.
 */
export function removeListItems(draft: ScenarioDraft, itemPaths: readonly DraftPath[]): ScenarioDraft {
  // The indices removed from each list, keyed by the list's path as `investments/0/deflects`.
  const byList = new Map<string, { list: DraftPath; removed: Set<number> }>();
  for (const path of itemPaths) {
    const list = path.slice(0, -1);
    const key = list.join('/');
    if (!byList.has(key)) byList.set(key, { list, removed: new Set() });
    byList.get(key)?.removed.add(Number(path[path.length - 1]));
  }
  let next = draft;
  for (const { list, removed } of byList.values()) {
    const items = getAtPath(next, list);
    if (Array.isArray(items)) next = setAtPath(next, list, items.filter((_, i) => !removed.has(i)));
  }
  return moveRangePaths(next, (parts) => {
    // Where the path steps into a list that lost entries: the index there moves up or the range goes.
    const depth = parts.findIndex((_, n) => n > 0 && byList.has(parts.slice(0, n).join('/')));
    const removed = depth < 0 ? undefined : byList.get(parts.slice(0, depth).join('/'))?.removed;
    const i = indexPart(parts[depth]);
    if (!removed || i === null) return parts;
    const moved = indexAfterRemoval(i, removed);
    return moved === null ? null : [...parts.slice(0, depth), String(moved), ...parts.slice(depth + 1)];
  });
}

/** MODEL.md §14: a capacity for service `s`, of 0 units with no capital cost, to be filled in. */
export function addCapacity(draft: ScenarioDraft, s: number): ScenarioDraft {
  if (!entriesOf(draft, 'services')[s]) return draft;
  return setAtPath(draft, ['services', s, 'capacity'], { base: 0, changes: [], capitalCostPerUnit: 0 });
}

/** The capacities of the services at `indices` removed, openings and closures with them, and any ranges on them. */
export function removeCapacities(draft: ScenarioDraft, indices: readonly number[]): ScenarioDraft {
  const gone = new Set(indices.map(String));
  const next = indices.reduce((d, s) => setAtPath(d, ['services', s, 'capacity'], undefined), draft);
  return moveRangePaths(next, (parts) => (parts[0] === 'services' && gone.has(parts[1]) && parts[2] === 'capacity' ? null : parts));
}

/** An opening of 0 units in the year after the base year at service `s`, for the user to make an opening or a closure. */
export function addCapacityChange(draft: ScenarioDraft, s: number): ScenarioDraft {
  const changes = getAtPath(draft, ['services', s, 'capacity', 'changes']);
  if (getAtPath(draft, ['services', s, 'capacity']) === undefined) return draft;
  return setAtPath(draft, ['services', s, 'capacity', 'changes'], [...(Array.isArray(changes) ? changes : []), { year: startYear(draft) + 1, units: 0 }]);
}

/** A yearly series cut or extended to `count` years; new years repeat the last figure. */
export function resizeSeries(series: readonly unknown[], count: number): unknown[] {
  if (series.length >= count) return series.slice(0, count);
  const last = series.length > 0 ? series[series.length - 1] : 0;
  return [...series, ...Array.from({ length: count - series.length }, () => last)];
}

/**
 * A population cut or extended to `count` years; new years continue its last
 * year's growth (last × last ÷ the year before, each year, in whole people),
 * or repeat the last figure when there is no growth to read.
 */
export function resizePopulation(series: readonly unknown[], count: number): unknown[] {
  const [before, last] = series.slice(-2);
  if (series.length >= count || typeof before !== 'number' || typeof last !== 'number' || !(before > 0) || !Number.isFinite(last)) return resizeSeries(series, count);
  const growth = last / before;
  return [...series, ...Array.from({ length: count - series.length }, (_, k) => Math.round(last * growth ** (k + 1)))];
}

/** A group of population series (a band's variants) each resized to `count` years. */
function resizeVariants(variants: unknown, count: number): unknown {
  if (typeof variants !== 'object' || variants === null || Array.isArray(variants)) return variants;
  return Object.fromEntries(Object.entries(variants).map(([id, series]) => [id, Array.isArray(series) ? resizePopulation(series, count) : series]));
}

/** The year index a range path names within a yearly series, or null. */
function yearOfPath(parts: readonly string[]): number | null {
  if (parts[0] === 'envelope') return indexPart(parts[1]);
  if ((parts[0] === 'ageBands' && parts[2] === 'population') || (parts[0] === 'partners' && parts[2] === 'budget')) return indexPart(parts[3]);
  return parts[0] === 'ageBands' && parts[2] === 'variants' ? indexPart(parts[4]) : null;
}

/** Every yearly series (populations and their variants, partners' budgets, the envelope) resized to `count` years. */
export function resizeYears(draft: ScenarioDraft, count: number): ScenarioDraft {
  const ageBands = entriesOf(draft, 'ageBands').map((band) => ({
    ...band,
    ...(Array.isArray(band.population) ? { population: resizePopulation(band.population, count) } : {}),
    ...(band.variants === undefined ? {} : { variants: resizeVariants(band.variants, count) }),
  }));
  const partners = entriesOf(draft, 'partners').map((partner) => (Array.isArray(partner.budget) ? { ...partner, budget: resizeSeries(partner.budget, count) } : partner));
  let next = setAtPath(draft, ['ageBands'], ageBands);
  if (Array.isArray(draft.partners)) next = setAtPath(next, ['partners'], partners);
  if (Array.isArray(draft.envelope)) next = setAtPath(next, ['envelope'], resizeSeries(draft.envelope, count));
  return moveRangePaths(next, (parts) => {
    const t = yearOfPath(parts);
    return t !== null && t >= count ? null : parts;
  });
}

/**
 * The horizon as typed: a whole number of years from 1 to 50 resizes every
 * yearly series to match; anything else is kept as typed for the worker to name.
 */
export function setHorizon(draft: ScenarioDraft, typed: string): ScenarioDraft {
  const value = typed.trim() === '' ? null : parseTypedNumber(typed, 'wholeYears');
  const next = setAtPath(draft, ['meta', 'horizonYears'], value);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 50 ? resizeYears(next, value + 1) : next;
}

/** A budget envelope of £0 a year, to be filled in. */
export function addEnvelope(draft: ScenarioDraft): ScenarioDraft {
  return setAtPath(draft, ['envelope'], Array.from({ length: yearCount(draft) }, () => 0));
}

/** Desired level shares starting even, a fifth each (they must add up to 1). */
export function addLevelShares(draft: ScenarioDraft): ScenarioDraft {
  return setAtPath(draft, ['targetLevelShares'], [0.2, 0.2, 0.2, 0.2, 0.2]);
}

/** An optional part of the scenario removed, with any ranges on it. */
export function removeOptional(draft: ScenarioDraft, key: 'envelope' | 'targetLevelShares'): ScenarioDraft {
  return moveRangePaths(setAtPath(draft, [key], undefined), (parts) => (parts[0] === key ? null : parts));
}
