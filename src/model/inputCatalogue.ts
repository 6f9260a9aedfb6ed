// One catalogue of the scenario's numeric inputs (MODEL.md §1–17), keyed by
// the pattern of their JSON path: `*` stands for a list position or a map
// key, `#` for a year's position in a yearly series. The schema, the range
// checks, the analyses, labels and formats all read each field's facts here.
// Upper bounds are ones no real council reaches (§9): with every input at its
// bound, 50 years and 500 services, every result stays finite
// (test/model/file/bounds.test.ts).
import { formatCount, formatPounds } from '../format/money';
import { BOUNDS } from './file/fileFormat';

export type InputKind =
  /** £ (a year, a unit, or one-off) */
  | 'money'
  /** 0–1, shown as a percentage */
  | 'share'
  /** a yearly rate above −1, shown as a percentage */
  | 'growth'
  | 'people'
  /** units of a service's activity (places, hours…) */
  | 'units'
  /** a plain multiplier */
  | 'ratio'
  /** units avoided per unit bought, often read as a percentage */
  | 'rate'
  /** a calendar year, shown as 2025/26 */
  | 'year'
  /** a number of years */
  | 'years'
  | 'level';

export interface InputField {
  pattern: string;
  kind: InputKind;
  /** What the value is, for messages: "a unit cost in £". */
  what: string;
  min?: number;
  /** The value must be above `min`, not equal to it. */
  minExclusive?: boolean;
  max?: number;
  whole?: boolean;
  /** Set when the field may not carry an uncertainty range, saying why. */
  unrangeable?: string;
}

const YEAR = { kind: 'year', what: 'a whole calendar year', min: 1900, max: 2200, whole: true } as const;
const YEAR_COUNT = { kind: 'years', what: 'a whole number of years', min: 0, max: 50, whole: true } as const;

export const INPUT_FIELDS: readonly InputField[] = [
  { pattern: 'meta/baseYear', kind: 'year', what: 'a whole year', min: 1990, max: 2100, whole: true, unrangeable: 'the base year sets the shape of the model' },
  { pattern: 'meta/horizonYears', kind: 'years', what: 'a whole number', min: 1, max: 50, whole: true, unrangeable: 'the horizon sets the shape of the model' },
  { pattern: 'meta/discountRate', kind: 'growth', what: 'a yearly discount rate', min: -0.5, max: 1 },
  { pattern: 'ageBands/*/population/#', kind: 'people', what: 'a population', min: 0, max: BOUNDS.population },
  { pattern: 'ageBands/*/variants/*/#', kind: 'people', what: 'a population', min: 0, max: BOUNDS.population },
  { pattern: 'partners/*/budget/#', kind: 'money', what: 'a budget in £ a year', min: 0, max: BOUNDS.budgetPerYear },
  { pattern: 'services/*/level', kind: 'level', what: 'a whole number', min: 1, max: 5, whole: true, unrangeable: 'a level is a place on the ladder, not an amount' },
  { pattern: 'services/*/unitCost', kind: 'money', what: 'a unit cost in £', min: 0, max: BOUNDS.unitCost },
  { pattern: 'services/*/costGrowth', kind: 'growth', what: 'a yearly cost growth rate', min: -1, minExclusive: true, max: 1 },
  { pattern: 'services/*/baselineUsers/*', kind: 'people', what: 'a number of users', min: 0, max: BOUNDS.users },
  { pattern: 'services/*/unitsPerPerson', kind: 'units', what: 'a number of units a person uses a year', min: BOUNDS.leastUnitsPerPerson, max: BOUNDS.unitsPerUnit },
  { pattern: 'services/*/capacity/base', kind: 'units', what: 'a number of units available in the base year', min: 0, max: BOUNDS.capacity },
  { pattern: 'services/*/capacity/changes/*/year', ...YEAR },
  { pattern: 'services/*/capacity/changes/*/units', kind: 'units', what: 'a number of units opened (+) or closed (−)', min: -BOUNDS.capacity, max: BOUNDS.capacity },
  { pattern: 'services/*/capacity/capitalCostPerUnit', kind: 'money', what: 'a capital cost in £ per unit opened', min: 0, max: BOUNDS.unitCost },
  { pattern: 'rebalancing/*/share', kind: 'share', what: 'a share', min: 0, max: 1 },
  { pattern: 'rebalancing/*/ratio', kind: 'ratio', what: 'a ratio of new units per unit moved', min: 0, max: BOUNDS.unitsPerUnit },
  { pattern: 'rebalancing/*/startYear', ...YEAR },
  { pattern: 'rebalancing/*/rampYears', ...YEAR_COUNT },
  { pattern: 'investments/*/amount', kind: 'money', what: 'an amount in £ a year', min: 0, max: BOUNDS.amountPerYear },
  { pattern: 'investments/*/startYear', ...YEAR },
  { pattern: 'investments/*/endYear', ...YEAR },
  { pattern: 'investments/*/rampYears', ...YEAR_COUNT },
  { pattern: 'investments/*/lagYears', ...YEAR_COUNT },
  { pattern: 'investments/*/deflects/*/rate', kind: 'rate', what: 'a rate of units avoided per unit bought', min: 0, max: BOUNDS.unitsPerUnit },
  { pattern: 'pool/contributions/*', kind: 'share', what: 'a share of the pool', min: 0, max: 1, unrangeable: 'pool contributions must add up to 1' },
  { pattern: 'envelope/#', kind: 'money', what: 'a budget in £', min: 0, max: BOUNDS.budgetPerYear },
  { pattern: 'targetLevelShares/#', kind: 'share', what: 'a share', min: 0, max: 1, unrangeable: 'the desired level shares must add up to 1' },
];

const BY_PATTERN = new Map(INPUT_FIELDS.map((field) => [field.pattern, field]));

/** The field with this exact pattern (a programming error if there is none). */
export function fieldOf(pattern: string): InputField {
  const field = BY_PATTERN.get(pattern);
  if (!field) throw new Error(`No input field "${pattern}" in the catalogue`);
  return field;
}

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return false;
  return want.every((part, i) => part === got[i] || part === '*' || (part === '#' && /^\d+$/.test(got[i])));
}

/** The catalogue's field for a path such as `services/3/unitCost`, if it names one. */
export function fieldAt(path: string): InputField | undefined {
  return INPUT_FIELDS.find((field) => matches(field.pattern, path));
}

/** Why the input at `path` may not carry an uncertainty range, if it may not. */
export function whyUnrangeable(path: string): string | undefined {
  return fieldAt(path)?.unrangeable;
}

/** Whether `value` lies inside the field's bounds. */
export function withinBounds(field: InputField, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (field.min !== undefined && (field.minExclusive ? value <= field.min : value < field.min)) return false;
  return field.max === undefined || value <= field.max;
}

const fraction = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** A bound as the field's users read it: £ for money, digits grouped for large numbers, fractions in full; 0 plain. */
function shown(field: InputField, value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) < 1) return fraction.format(value);
  return field.kind === 'money' ? formatPounds(value) : formatCount(value);
}

/** The field's rule in plain words: "must be a unit cost in £ from 0 to £1,000,000,000". */
export function ruleOf(field: InputField): string {
  const { what, min, max } = field;
  if (field.whole) return `must be ${what} from ${min} to ${max}`;
  if (field.kind === 'share') return `must be ${what} from 0 to 1 (for example 0.2 for 20%)`;
  const example = field.kind !== 'growth' ? '' : field.pattern === 'meta/discountRate' ? ' (for example 0.035 for 3.5%)' : ' (for example 0.02 for 2% a year)';
  if (min === undefined) return `must be ${what}${max === undefined ? '' : `, at most ${shown(field, max)}`}${example}`;
  if (field.minExclusive) return `must be ${what} above ${shown(field, min)}${max === undefined ? '' : ` and at most ${shown(field, max)}`}${example}`;
  if (max === undefined) return `must be ${what}, ${shown(field, min)} or more${example}`;
  return `must be ${what} from ${shown(field, min)} to ${shown(field, max)}${example}`;
}
