// The goal-seek form (MODEL.md §8) as plain data: the inputs it offers, in
// readable groups; what it suggests; what was typed turned into a request;
// and each problem placed beside the field it is about.
import { financialYear, formatGoalOutput } from '../../model';
import type { GoalOutput, GoalSeekRequest } from '../../model';
import { inputLabel } from '../../model';
import type { Problem } from '../../model';
import type { Results } from '../../model';
import type { Scenario } from '../../model';
import { displayNumber, parseTypedNumber, type NumberKind } from '../grids/cellKinds';
import { GOAL_SEEK_SPREAD, inputKind, showInput, suggestRange } from './inputKinds';

export type GoalSeekField = 'path' | 'lo' | 'hi' | 'output' | 'year' | 'target';

/** The form as typed. */
export interface GoalSeekFields {
  path: string;
  lo: string;
  hi: string;
  output: GoalOutput;
  /** A calendar year ("2030" for 2030/31), for scenarioTotal only. */
  year: string;
  target: string;
}

export const FIELD_NAMES: Record<GoalSeekField, string> = {
  path: 'Input',
  lo: 'Lower bound',
  hi: 'Upper bound',
  output: 'Output',
  year: 'Year',
  target: 'Target',
};

/** The outputs to aim at, in the words of the form's menu. */
export function outputChoices(scenario: Scenario): Array<{ value: GoalOutput; label: string }> {
  const horizon = financialYear(scenario.meta.baseYear + scenario.meta.horizonYears);
  return [
    { value: 'cumulativeNetSaving', label: `Cumulative net saving by ${horizon} (0 means it pays back)` },
    { value: 'npv', label: 'NPV of net saving' },
    { value: 'scenarioTotal', label: 'Scenario total spend in a chosen year' },
    { value: 'upstreamShare', label: `Share of spend at Levels 1 to 3 in ${horizon}` },
    { value: 'npvAfterCapital', label: 'NPV of net saving after capital' },
    { value: 'careHomePer1000', label: `Care-home places per 1,000 older people in ${horizon}` },
    { value: 'supportedAtHomeShare', label: `Share of people at Levels 4 and 5 supported outside care homes and hospital in ${horizon}` },
  ];
}

const TARGET_KINDS: Partial<Record<GoalOutput, NumberKind>> = { upstreamShare: 'share', supportedAtHomeShare: 'share', careHomePer1000: 'ratio' };

/** How a target is typed: a share ("40%" or 0.4) for the shares, a plain number for places per 1,000, pounds for the rest. */
export function targetKind(output: GoalOutput): NumberKind {
  return TARGET_KINDS[output] ?? 'money';
}

/** The output as the scenario stands, for the hint beside the target ("Now: £1.23m"); null where it has no meaning. */
export function currentOutput(results: Results, output: GoalOutput, year: number): number | null {
  const H = results.years.length - 1;
  switch (output) {
    case 'npv':
      return results.summary.npv;
    case 'cumulativeNetSaving':
      return results.summary.cumulativeNetSaving[H];
    case 'scenarioTotal':
      return results.scenario.total[results.years.indexOf(year)];
    case 'upstreamShare':
      return results.summary.upstreamShare.scenario[H];
    case 'npvAfterCapital':
      return results.summary.npvAfterCapital;
    case 'careHomePer1000':
      return results.summary.indicators.scenario.careHomePer1000[H];
    case 'supportedAtHomeShare':
      return results.summary.indicators.scenario.supportedAtHomeShare[H];
  }
}

/** "£1.23m", "£20,000", "35.2%" or "12.9"; words where the output has no meaning. */
export function formatOutputValue(output: GoalOutput, value: number | null): string {
  return value === null ? 'no value (nobody at Levels 4 and 5)' : formatGoalOutput(output, value);
}

const GROUPS: ReadonlyArray<{ list: string; name: string }> = [
  { list: 'investments', name: 'Investments' },
  { list: 'rebalancing', name: 'Rebalancing' },
  { list: 'services', name: 'Services' },
  { list: 'ageBands', name: 'Population' },
  { list: 'meta', name: 'Scenario' },
];

export interface InputGroup {
  name: string;
  options: Array<{ path: string; label: string }>;
}

/**
 * The inputs a goal seek may vary, grouped for a menu, investments first,
 * each with its readable name. The budget envelope is left out: none of the
 * outputs a goal seek aims at depends on it.
 */
export function inputGroups(scenario: Scenario, paths: readonly string[]): InputGroup[] {
  return GROUPS.map(({ list, name }) => ({
    name,
    options: paths.filter((path) => path.split('/')[0] === list).map((path) => ({ path, label: inputLabel(scenario, path) })),
  })).filter((group) => group.options.length > 0);
}

const INVESTMENT_AMOUNT = /^investments\/\d+\/amount$/;

/** `paths` in the menu's order: investments, rebalancing, services, then populations and the scenario's own. */
function inMenuOrder(paths: readonly string[]): string[] {
  return GROUPS.flatMap(({ list }) => paths.filter((path) => path.split('/')[0] === list));
}

/**
 * The input the form starts on: the selected cell if it can be sought, else
 * the first investment's amount, else the first input in the menu's order.
 */
export function defaultPath(selected: string | null, seekable: readonly string[]): string {
  if (selected !== null && seekable.includes(selected)) return selected;
  return seekable.find((path) => INVESTMENT_AMOUNT.test(path)) ?? inMenuOrder(seekable)[0] ?? '';
}

/** Significant figures tried, fewest first, for a round target. */
const ROUND_DIGITS = [1, 2, 3, 4, 6, 9, 12];

/**
 * A target the question can reach: the roundest figure between what the
 * bounds give (`atLo`, `atHi`), nearest their middle, as the target field
 * shows it ("£60,000,000", "35%"). So the question the form starts with has an answer.
 */
export function reachableTarget(output: GoalOutput, atLo: number, atHi: number): string {
  const [low, high] = atLo <= atHi ? [atLo, atHi] : [atHi, atLo];
  const middle = (low + high) / 2;
  const round = ROUND_DIGITS.map((digits) => Number(middle.toPrecision(digits))).find((value) => value >= low && value <= high) ?? middle;
  return displayNumber(round, targetKind(output));
}

/** Bounds to start from, as the fields show them: nothing to twice the value, within what the file allows. */
export function defaultBounds(path: string, value: number): { lo: string; hi: string } {
  const { low, high } = suggestRange(path, value, GOAL_SEEK_SPREAD);
  return { lo: showInput(path, low), hi: showInput(path, high) };
}

const EXAMPLES: Partial<Record<NumberKind, string>> = { money: '£250,000 or £1.5m', share: '40% or 0.4', growth: '2% or 0.02', rate: '0.25' };

function typedNumber(field: GoalSeekField, text: string, kind: NumberKind, problems: Problem[]): number {
  const value = parseTypedNumber(text, kind);
  if (typeof value === 'number') return value;
  const example = EXAMPLES[kind] ?? '1.5';
  problems.push({ path: field, message: text.trim() === '' ? `is needed: type a number, such as ${example}` : `must be a number, such as ${example}` });
  return Number.NaN;
}

/** The request the form describes, or what stops it being one (by field). */
export function readGoalSeekFields(fields: GoalSeekFields): { ok: true; request: GoalSeekRequest } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  if (fields.path === '') problems.push({ path: 'path', message: 'is needed: choose the input to vary' });
  const kind = inputKind(fields.path);
  const lo = typedNumber('lo', fields.lo, kind, problems);
  const hi = typedNumber('hi', fields.hi, kind, problems);
  const target = typedNumber('target', fields.target, targetKind(fields.output), problems);
  if (problems.length > 0) return { ok: false, problems };
  const request: GoalSeekRequest = { path: fields.path, lo, hi, output: fields.output, target };
  if (fields.output === 'scenarioTotal') request.year = Number(fields.year);
  return { ok: true, request };
}

/** Problems by the field they are about, as lines to show beside it: "Upper bound must be above …". */
export function problemsByField(problems: readonly Problem[]): Partial<Record<GoalSeekField, string[]>> {
  const byField: Partial<Record<GoalSeekField, string[]>> = {};
  for (const problem of problems) {
    const field = (problem.path in FIELD_NAMES ? problem.path : 'path') as GoalSeekField;
    (byField[field] ??= []).push(`${FIELD_NAMES[field]} ${problem.message}`);
  }
  return byField;
}
