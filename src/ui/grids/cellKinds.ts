// What each kind of input cell accepts, how it reads on screen and what it
// says when what was typed is not even the right sort of value. Ranges
// (0 or more, 1 to 5, adding up to 1) are the worker's job: it checks the
// whole draft against the schema and its messages name the rule.
import { financialYear } from '../../model';

export type NumberKind =
  | 'money' // £, whole pounds or pounds and pence; "£4.5m", "£450k", "£1.2bn" as Upstream writes them
  | 'count' // people, users: thousands separators
  | 'share' // 0 to 1, shown as a percentage; "20%" and "0.2" and "20" all mean 0.2
  | 'growth' // a yearly rate, shown as a percentage; "2%" and "0.02" mean 0.02
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

/** How a cell of each kind is typed, for its tooltip: the rule the parser below follows. */
const TYPING_HINTS: Partial<Record<NumberKind, string>> = {
  money: 'Type pounds as 12,000, £4.5m, £450k or £1.2bn.',
  share: 'Type a share as 20% or 0.2; a number above 1, such as 20, is read as 20%.',
  growth: 'Type a yearly rate as 2% or 0.02 (a number without % is a fraction: 2 means 200%).',
  rate: 'Type 0.25 or 25%.',
};

export function typingHint(kind: CellKind): string | undefined {
  return isNumberKind(kind) ? TYPING_HINTS[kind] : undefined;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const FINANCIAL_YEAR = /^(\d{4})\/\d{2}$/;
/** The short forms formatPoundsShort writes (src/format/money.ts), as powers of ten. */
const MONEY_SUFFIXES: Record<string, number> = { k: 3, m: 6, bn: 9 };

/** `text` × 10^power, exactly: shifting the decimal exponent keeps "1.1%" at 0.011, where 1.1 / 100 would not be. */
function shifted(text: string, power: number): number {
  return /e/i.test(text) ? Number(text) * 10 ** power : Number(`${text}e${power}`);
}

/** "-£3m", "(£3m)", "£ 1,234": money text without its £, sign in front, and the power of ten its suffix gives. */
function moneyParts(text: string): { text: string; power: number } {
  const bracketed = /^\((.*)\)$/.exec(text);
  let body = bracketed ? `-${bracketed[1]}` : text;
  body = body.replace(/^([+-]?)£/, '$1');
  const suffix = /(k|m|bn)$/i.exec(body);
  if (!suffix) return { text: body, power: 0 };
  return { text: body.slice(0, -suffix[0].length), power: MONEY_SUFFIXES[suffix[0].toLowerCase()] };
}

/**
 * A number as finance people type it: "£12,000", "12,000", " 12000 ", "-£5", "−£5",
 * "£4.5m", "(£3m)" in a money cell, "20%" in a share or rate cell, "2026/27"
 * in a year cell. In a share cell a number above 1 is a percentage (20 is
 * 20%), since a share cannot pass 1. Anything else comes back exactly as
 * typed, so the user sees it and the worker can name it.
 */
export function parseTypedNumber(typed: string, kind: NumberKind): number | string {
  // A true minus sign (−), as compare and the partners' tables write a difference, is a minus.
  let text = typed.replace(/\s+/g, '').replace(/\u2212/g, '-');
  let power = 0;
  if (kind === 'money') ({ text, power } = moneyParts(text));
  if (kind === 'year') text = text.replace(FINANCIAL_YEAR, '$1');
  const percent = PERCENT_KINDS.has(kind) && text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (GROUPED_THOUSANDS.test(text)) text = text.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(text)) return typed;
  const plain = Number(text);
  const asPercent = percent || (kind === 'share' && plain > 1 && plain <= 100);
  const value = asPercent ? shifted(text, -2) : shifted(text, power);
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

/** One choice of a worded dropdown: the file holds the id, the grid shows the words (MODEL.md §13 settings, §15 profiles). */
export interface WordedOption {
  id: string;
  words: string;
}

/** The option a typed or pasted value names, by its words or its id, in any case and spacing. */
function optionNamed(options: readonly WordedOption[], value: unknown): WordedOption | undefined {
  if (typeof value !== 'string') return undefined;
  const typed = value.trim().toLowerCase();
  return options.find((option) => option.words.toLowerCase() === typed || option.id.toLowerCase() === typed);
}

/** "extraCare" or "extra care housing" typed, pasted or read from the file: "Extra care housing", as the grid shows it; anything else as it is. */
export function optionWords(options: readonly WordedOption[], value: unknown): unknown {
  return optionNamed(options, value)?.words ?? value;
}

/** What the file holds for a worded choice shown or typed: its id ("extraCare"); anything else as it is, for the worker to name. */
export function optionId(options: readonly WordedOption[], value: unknown): unknown {
  return optionNamed(options, value)?.id ?? value;
}

const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const groupedNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 0.2 → "20%", 0.035 → "3.5%": twelve significant figures drop binary noise (0.07 × 100 shows as 7, not 7.000000000000001). */
const percentOf = (share: number) => `${Number((share * 100).toPrecision(12))}%`;

/** How a number reads in its cell: £12,000, £2,088.50, 106,800, 2026/27, 20%. */
export function displayNumber(value: number, kind: NumberKind): string {
  if (!Number.isFinite(value)) return String(value);
  switch (kind) {
    case 'share':
    case 'growth':
      return percentOf(value);
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

/** What an emptied number cell the file needs filled says: "Unit cost is empty: type a number of pounds". */
export function emptyCellMessage(label: string, kind: NumberKind): string {
  return `${label} is empty: type ${EXPECTED[kind]}`;
}

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
