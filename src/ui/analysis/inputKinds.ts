// What sort of number an input is, by its JSON path, and the values the file
// allows it (both from the input catalogue): so a suggested range or
// goal-seek bound is typed and shown like the grid cell it came from, and
// never breaks a rule of the file.
import { fieldAt, type InputKind } from '../../model';
import { displayNumber, type NumberKind } from '../grids/cellKinds';

/** How each kind of input in the catalogue is typed and shown in the grids. */
const CELL_KIND: Record<InputKind, NumberKind> = {
  money: 'money',
  share: 'share',
  growth: 'growth',
  people: 'count',
  units: 'count',
  ratio: 'ratio',
  rate: 'rate',
  year: 'year',
  years: 'wholeYears',
  level: 'level',
};

/** How the input at `path` is typed and shown; a plain ratio when the path is not one the catalogue knows. */
export function inputKind(path: string): NumberKind {
  const field = fieldAt(path);
  return field ? CELL_KIND[field.kind] : 'ratio';
}

export interface InputBounds {
  min: number;
  max: number;
}

/**
 * The values the file allows (the input catalogue). A bound the value must
 * stay above (growth above −1) is stood in for by a value just inside it.
 */
export function inputBounds(path: string): InputBounds {
  const field = fieldAt(path);
  const min = field?.min ?? -Infinity;
  return { min: field?.minExclusive ? min + 0.01 : min, max: field?.max ?? Infinity };
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
