// What each kind of input cell accepts, how it reads on screen and what it
// says when what was typed is not even the right sort of value. Ranges
// (0 or more, 1 to 5, adding up to 1) are the worker's job: it checks the
// whole draft against the schema and its messages name the rule.
import { financialYear } from '../../model';

export type NumberKind =
  | 'money' // £, whole pounds or pounds and pence
  | 'count' // people, users: thousands separators
  | 'share' // 0 to 1; "20%" means 0.2
  | 'growth' // a yearly rate; "2%" means 0.02
  | 'rate' // units avoided per unit bought; "25%" means 0.25
  | 'ratio' // units per unit moved
  | 'year' // a calendar year, shown as the financial year it starts
  | 'wholeYears' // ramp and lag years
  | 'level'; // 1 to 5

export type CellKind = NumberKind | 'text' | 'id' | 'choice' | 'flag';

const NUMBER_KINDS: ReadonlySet<CellKind> = new Set<NumberKind>(['money', 'count', 'share', 'growth', 'rate', 'ratio', 'year', 'wholeYears', 'level']);
const PERCENT_KINDS: ReadonlySet<CellKind> = new Set<NumberKind>(['share', 'growth', 'rate']);

export function isNumberKind(kind: CellKind): kind is NumberKind {
  return NUMBER_KINDS.has(kind);
}

/** What a number cell expects, in the words of a message: "Unit cost must be a number of pounds". */
const EXPECTED: Record<NumberKind, string> = {
  money: 'a number of pounds',
  count: 'a number',
  share: 'a share such as 0.2 or 20%',
  growth: 'a yearly rate such as 0.02 or 2%',
  rate: 'a number such as 0.25 or 25%',
  ratio: 'a number',
  year: 'a year such as 2026',
  wholeYears: 'a whole number of years',
  level: 'a level from 1 to 5',
};

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const FINANCIAL_YEAR = /^(\d{4})\/\d{2}$/;

/**
 * A number as finance people type it: "£12,000", "12,000", " 12000 ", "-£5",
 * "20%" in a share or rate cell, "2026/27" in a year cell. Anything else comes
 * back exactly as typed, so the user sees it and the worker can name it.
 */
export function parseTypedNumber(typed: string, kind: NumberKind): number | string {
  let text = typed.replace(/\s+/g, '');
  if (kind === 'money') text = text.replace(/^([+-]?)£/, '$1');
  if (kind === 'year') text = text.replace(FINANCIAL_YEAR, '$1');
  const percent = PERCENT_KINDS.has(kind) && text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (GROUPED_THOUSANDS.test(text)) text = text.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(text)) return typed;
  // Shifting the decimal exponent keeps "1.1%" at 0.011 exactly, where 1.1 / 100 would not be.
  const value = percent ? (/e/i.test(text) ? Number(text) / 100 : Number(`${text}e-2`)) : Number(text);
  return Number.isFinite(value) ? value : typed;
}

const YES = new Set(['true', 'yes', 'y', '1', 'pooled']);
const NO = new Set(['false', 'no', 'n', '0']);

/** "TRUE" pasted from Excel, "yes", "no": a tick box's value; anything else as typed. */
export function parseTypedFlag(typed: string): boolean | string {
  const word = typed.trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return typed;
}

/** A typed value brought to the type its cell holds, or left as typed. */
export function normaliseTyped(kind: CellKind, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (isNumberKind(kind)) return parseTypedNumber(value, kind);
  if (kind === 'flag') return parseTypedFlag(value);
  // ids and references never hold spaces at their ends; a pasted " council" would only be a puzzle.
  if (kind === 'id' || kind === 'choice') return value.trim();
  return value;
}

const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const groupedNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** How a number reads in its cell: £12,000, £2,088.50, 106,800, 2026/27, 0.2. */
export function displayNumber(value: number, kind: NumberKind): string {
  if (!Number.isFinite(value)) return String(value);
  switch (kind) {
    case 'money':
      return (Number.isInteger(value) ? wholePounds : poundsAndPence).format(value);
    case 'count':
      return groupedNumber.format(value);
    case 'year':
      return Number.isInteger(value) ? financialYear(value) : String(value);
    default:
      return String(value);
  }
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

function quoted(value: unknown): string {
  const text = String(value);
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/**
 * The instant check of a cell, before the worker has seen it: is what was
 * typed the right sort of value at all? `null` when it is (or is blank).
 */
export function typedValueProblem(label: string, kind: CellKind, value: unknown, choices?: readonly string[]): string | null {
  if (isBlank(value)) return null;
  if (isNumberKind(kind)) {
    return typeof value === 'number' && Number.isFinite(value) ? null : `${label} must be ${EXPECTED[kind]}, not ${quoted(value)}`;
  }
  if (kind === 'flag') return typeof value === 'boolean' ? null : `${label} must be ticked or not, not ${quoted(value)}`;
  if (kind === 'choice' && choices && !choices.includes(String(value))) {
    const shown = choices.slice(0, 8).map((c) => `"${c}"`).join(', ');
    const known = choices.length === 0 ? 'there are none yet' : `choose one of ${shown}${choices.length > 8 ? ', …' : ''}`;
    return `${label} ${quoted(value)} is not in the list: ${known}`;
  }
  return null;
}
