// A problem's JSON path (0-based, as the file reader gives it) in the users'
// words, with the scenario's own names where the file has them:
// `services/2/level` → `Service 3 "Home care", level`.
import { financialYear, type Problem } from '../../model';
import { getAtPath } from '../store/draft';
import { placeOfPath } from './tabs';

/** Each list of the file: what one entry is called, and the field that names it. */
const LISTS: Record<string, { noun: string; nameField?: string }> = {
  ageBands: { noun: 'Age band', nameField: 'id' },
  partners: { noun: 'Partner', nameField: 'name' },
  services: { noun: 'Service', nameField: 'name' },
  rebalancing: { noun: 'Rebalancing rule' },
  investments: { noun: 'Investment', nameField: 'name' },
  deflects: { noun: 'deflection' },
  changes: { noun: 'opening or closure' },
  uncertainty: { noun: 'Uncertainty range', nameField: 'label' },
};

/** Lists indexed by year: their entries read as financial years when the base year is known. */
const YEARLY = new Set(['population', 'envelope']);
/** Parts that the words of the entry after them already say. */
const SAID_AFTER = new Set(['meta', 'targetLevelShares', ...YEARLY]);

/** "unitCost" → "unit cost". */
const fieldWords = (field: string) => field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** The words for `path` in `file` (the scenario as read, possibly broken); the raw path stays the caller's to show. */
export function pathInWords(path: string, file: unknown): string {
  if (path === '' || !path.includes('/')) return placeOfPath(path);
  const parts = path.split('/');
  const baseYear = getAtPath(file, ['meta', 'baseYear']);
  const words: string[] = [];
  parts.forEach((part, i) => {
    const list = parts[i - 1];
    if (!/^\d+$/.test(part)) {
      if (!(part in LISTS) && !SAID_AFTER.has(part)) words.push(fieldWords(part));
      return;
    }
    const index = Number(part);
    if (YEARLY.has(list)) {
      const year = typeof baseYear === 'number' && Number.isInteger(baseYear) ? financialYear(baseYear + index) : `year ${index + 1}`;
      words.push(list === 'envelope' ? `Budget envelope ${year}` : `population ${year}`);
      return;
    }
    if (list === 'targetLevelShares') return void words.push(`Desired share of Level ${index + 1}`);
    const kind = LISTS[list];
    if (!kind) return void words.push(`${fieldWords(list)} ${index + 1}`);
    const name = kind.nameField ? getAtPath(file, [...parts.slice(0, i + 1), kind.nameField]) : undefined;
    words.push(typeof name === 'string' && name.trim() !== '' ? `${kind.noun} ${index + 1} "${name}"` : `${kind.noun} ${index + 1}`);
  });
  const said = words.join(', ');
  return parts[0] === 'meta' ? `Details, ${said}` : said.charAt(0).toUpperCase() + said.slice(1);
}

/** A problem as a line for people, its path in the file kept at the end: 'Service 3 "Home care", level: must be … (services/2/level in the file)'. */
export function problemInWords(problem: Problem, file: unknown): string {
  const raw = problem.path === '' ? '' : ` (${problem.path} in the file)`;
  return `${pathInWords(problem.path, file)}: ${problem.message}${raw}`;
}
