// MODEL.md §12: a version 1 file carrying a field that only version 2 knows
// is refused, naming both the field and the version, rather than quietly
// taken as if the file had said version 2.
import type { Problem } from './problems';

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 2 fields by the list (or group) that holds them. */
const V2_FIELDS: ReadonlyArray<{ list: 'meta' | 'ageBands' | 'partners' | 'services' | 'rebalancing' | 'investments'; fields: readonly string[] }> = [
  { list: 'meta', fields: ['populationVariant'] },
  { list: 'ageBands', fields: ['variants'] },
  { list: 'partners', fields: ['budget'] },
  { list: 'services', fields: ['setting', 'unitsPerPerson', 'capacity'] },
  { list: 'rebalancing', fields: ['profile'] },
  { list: 'investments', fields: ['profile', 'endYear'] },
];

function problem(path: string, field: string): Problem {
  return {
    path,
    message: `"${field}" is a version 2 field, but the file says "version": 1; set "version": 2 to use it, or remove "${field}"`,
  };
}

export function checkNoNewerFields(file: Entry, version: number): Problem[] {
  if (version !== 1) return [];
  const problems: Problem[] = [];
  for (const { list, fields } of V2_FIELDS) {
    const holder = file[list];
    const items: Array<[string, unknown]> = Array.isArray(holder) ? holder.map((item, i) => [`${list}/${i}`, item]) : [[list, holder]];
    for (const [path, item] of items) {
      if (!isEntry(item)) continue;
      for (const field of fields) if (field in item) problems.push(problem(`${path}/${field}`, field));
    }
  }
  return problems;
}
