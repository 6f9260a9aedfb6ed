// Renaming an id renames every reference to it (MODEL.md §9: funder, from,
// to, target, paidBy, deflects.service, baselineUsers keys, pool keys), and
// the uncertainty ranges that name a band's users by the band id. Renames of
// one list apply together, so swapping two ids by paste keeps both.
import type { ScenarioDraft } from '../store/draft';
import type { IdList } from './sheet';

export type Renames = ReadonlyMap<string, string>;

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

function renamed(value: unknown, renames: Renames): unknown {
  return typeof value === 'string' && renames.has(value) ? renames.get(value) : value;
}

/** A copy of the list with `change` applied to each group in it. */
function mapEntries<T>(list: T, change: (entry: Entry) => Entry): T {
  return (Array.isArray(list) ? list.map((item: unknown) => (isEntry(item) ? change(item) : item)) : list) as T;
}

/** The same fields in the same order, with renamed keys. */
export function renameKeys(record: unknown, renames: Renames): unknown {
  if (!isEntry(record)) return record;
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [renames.get(key) ?? key, value]));
}

function renameField(entry: Entry, field: string, renames: Renames): Entry {
  return field in entry ? { ...entry, [field]: renamed(entry[field], renames) } : entry;
}

function renameBands(draft: ScenarioDraft, renames: Renames): ScenarioDraft {
  const bandUsersPath = /^(services\/\d+\/baselineUsers\/)(.+)$/;
  const next = {
    ...draft,
    services: mapEntries(draft.services, (service) => ({ ...service, baselineUsers: renameKeys(service.baselineUsers, renames) })),
  };
  if (draft.uncertainty === undefined) return next;
  return {
    ...next,
    uncertainty: mapEntries(draft.uncertainty, (range) => {
      const match = typeof range.path === 'string' ? bandUsersPath.exec(range.path) : null;
      return match && renames.has(match[2]) ? { ...range, path: `${match[1]}${renames.get(match[2])}` } : range;
    }),
  };
}

function renamePartners(draft: ScenarioDraft, renames: Renames): ScenarioDraft {
  const pool = draft.pool === undefined ? undefined : { ...draft.pool, contributions: renameKeys(draft.pool.contributions, renames) };
  return {
    ...draft,
    services: mapEntries(draft.services, (service) => renameField(service, 'funder', renames)),
    investments: mapEntries(draft.investments, (investment) => renameField(investment, 'paidBy', renames)),
    ...(pool === undefined ? {} : { pool: pool as ScenarioDraft['pool'] }),
  };
}

function renameServices(draft: ScenarioDraft, renames: Renames): ScenarioDraft {
  return {
    ...draft,
    rebalancing: mapEntries(draft.rebalancing, (rule) => renameField(renameField(rule, 'from', renames), 'to', renames)),
    investments: mapEntries(draft.investments, (investment) => ({
      ...renameField(investment, 'target', renames),
      deflects: mapEntries(investment.deflects, (deflection) => renameField(deflection, 'service', renames)),
    })),
  };
}

/** Every reference to the renamed ids of `list`, renamed; the ids themselves are the caller's edit. */
export function renameReferences(draft: ScenarioDraft, list: IdList, renames: Renames): ScenarioDraft {
  if (renames.size === 0) return draft;
  if (list === 'ageBands') return renameBands(draft, renames);
  if (list === 'partners') return renamePartners(draft, renames);
  return renameServices(draft, renames);
}
