// What sort of number an input is, by its JSON path, and the values the file
// allows it (schema.ts): so a suggested range or goal-seek bound is typed and
// shown like the grid cell it came from, and never breaks a rule of the file.
import { displayNumber, type NumberKind } from '../grids/cellKinds';

/** The field a path names: the last part, or the list for per-year and per-band values. */
function fieldOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'envelope') return 'envelope';
  if (parts[0] === 'ageBands' && parts[2] === 'population') return 'population';
  if (parts[0] === 'services' && parts[2] === 'baselineUsers') return 'baselineUsers';
  return parts[parts.length - 1];
}

const KIND_OF_FIELD: Record<string, NumberKind> = {
  amount: 'money',
  unitCost: 'money',
  envelope: 'money',
  population: 'count',
  baselineUsers: 'count',
  share: 'share',
  costGrowth: 'growth',
  discountRate: 'growth',
  rate: 'rate',
  ratio: 'ratio',
  startYear: 'year',
  rampYears: 'wholeYears',
  lagYears: 'wholeYears',
};

/** How the input at `path` is typed and shown; a plain ratio when the path is not one the app knows. */
export function inputKind(path: string): NumberKind {
  return KIND_OF_FIELD[fieldOf(path)] ?? 'ratio';
}

export interface InputBounds {
  min: number;
  max: number;
}

/**
 * The values schema.ts allows. Growth and discount rates must stay above −1
 * (exclusive there), so −0.99 stands in as the lowest suggestion.
 */
const BOUNDS: Record<NumberKind, InputBounds> = {
  money: { min: 0, max: Infinity },
  count: { min: 0, max: Infinity },
  share: { min: 0, max: 1 },
  growth: { min: -0.99, max: Infinity },
  rate: { min: 0, max: Infinity },
  ratio: { min: 0, max: Infinity },
  year: { min: 1900, max: 2200 },
  wholeYears: { min: 0, max: 50 },
  level: { min: 1, max: 5 },
};

export function inputBounds(path: string): InputBounds {
  const bounds = BOUNDS[inputKind(path)];
  return path === 'meta/discountRate' ? { ...bounds, max: 1 } : bounds;
}

const clamp = (value: number, { min, max }: InputBounds) => Math.min(max, Math.max(min, value));
/** Six significant figures: 0.4 × 0.75 suggests 0.3, not 0.30000000000000004. */
const tidy = (value: number) => Number(value.toPrecision(6));

export interface SuggestedRange {
  low: number;
  high: number;
}

/** Spread of a suggested uncertainty range: ±25% around the value. */
export const RANGE_SPREAD = 0.25;
/** Spread of suggested goal-seek bounds: from nothing to twice the value. */
export const GOAL_SEEK_SPREAD = 1;

/**
 * A range around `value`: ±`spread` of it, kept within what the file allows.
 * Years move by whole years instead (a quarter of 2026 is meaningless): a
 * start year ±2, ramp and lag years ±1. A value of 0 gives 0 to 0, for the
 * user to widen.
 */
export function suggestRange(path: string, value: number, spread: number = RANGE_SPREAD): SuggestedRange {
  const bounds = inputBounds(path);
  const kind = inputKind(path);
  const delta = kind === 'year' ? 2 : kind === 'wholeYears' ? 1 : Math.abs(value) * spread;
  return { low: tidy(clamp(value - delta, bounds)), high: tidy(clamp(value + delta, bounds)) };
}

/** A value as it is typed and shown in the analyses: like its grid cell ("£12,000", "2%"), which the same fields accept back. */
export function showInput(path: string, value: number): string {
  return displayNumber(value, inputKind(path));
}
