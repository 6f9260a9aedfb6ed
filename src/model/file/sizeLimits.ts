// Sizes no scenario reaches, checked before the schema so that a file made of
// a hundred thousand bad values is refused at once with a few lines, instead of
// being checked value by value (MODEL.md §9: bounds that no real scenario reaches).
import { formatCount } from '../../format/money';
import type { Problem } from './problems';

/** The longest list the schema allows anywhere (uncertainty ranges). */
export const MAX_LIST_ITEMS = 1000;
/** Far more than any group of fields or map by id (at most 50 partners) holds. */
export const MAX_GROUP_FIELDS = 100;
/** A scenario at every list's limit holds about 180,000 values (test/model/file/bounds.test.ts builds one). */
export const MAX_VALUES = 200_000;

/** Lists and groups too big to be a scenario's, by their path; the walk uses a stack, never recursion. */
export function checkSizes(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: Array<{ value: object; path: string }> = [];
  let values = 0;
  const visit = (value: unknown, path: string) => {
    values++;
    if (typeof value === 'object' && value !== null) stack.push({ value, path });
  };
  const child = (path: string, key: string | number) => (path === '' ? String(key) : `${path}/${key}`);
  visit(raw, '');
  while (stack.length > 0) {
    if (values > MAX_VALUES) {
      return [{ path: '', message: `The file holds more than ${formatCount(MAX_VALUES)} values; even the largest scenario holds fewer.` }];
    }
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) problems.push({ path, message: `is a list of ${formatCount(value.length)} items; no list in a scenario file holds more than ${formatCount(MAX_LIST_ITEMS)}` });
      else value.forEach((item, i) => visit(item, child(path, i)));
    } else {
      const keys = Object.keys(value);
      if (keys.length > MAX_GROUP_FIELDS) problems.push({ path, message: `has ${formatCount(keys.length)} fields; no group in a scenario file has more than ${formatCount(MAX_GROUP_FIELDS)}` });
      else for (const key of keys) visit((value as Record<string, unknown>)[key], child(path, key));
    }
  }
  return problems;
}
