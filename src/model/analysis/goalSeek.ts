// MODEL.md §8 goal seek: the value of one input, between two bounds, at which
// an output reaches a target — found by bisection, so it needs only that the
// target lies between the outputs at the two bounds.
import { formatPercent } from '../../format/money';
import { compileScenario, type CompiledModel, type InputSlot } from '../kernel/compile';
import { createRun, evaluateModel, type ModelRun } from '../kernel/evaluate';
import { financialYear } from '../financialYear';
import { formatInputValue, formatMoney, inputLabel } from '../inputNames';
import { problemLine, type Problem } from '../file/problems';
import { findVariableSlot, readInput, writeInput } from './rangedInputs';
import { readScenario } from '../file/scenarioFile';
import { withInputValue } from '../file/scenarioInput';
import type { Scenario } from '../file/schema';

export const GOAL_OUTPUTS = [
  'npv',
  'cumulativeNetSaving',
  'scenarioTotal',
  'upstreamShare',
  'npvAfterCapital',
  'careHomePer1000',
  'supportedAtHomeShare',
] as const;
/**
 * npv: NPV of net saving; cumulativeNetSaving: at the horizon; scenarioTotal:
 * scenario total spend in `year`; upstreamShare: scenario share of spend at
 * Levels 1–3 at the horizon; npvAfterCapital: §14; careHomePer1000 and
 * supportedAtHomeShare: the scenario's §18 indicators at the horizon.
 */
export type GoalOutput = (typeof GOAL_OUTPUTS)[number];

export interface GoalSeekRequest {
  /** The input to vary, by its JSON path (e.g. investments/0/amount). */
  path: string;
  lo: number;
  hi: number;
  output: GoalOutput;
  target: number;
  /** The calendar year (2028 for 2028/29), for scenarioTotal only. */
  year?: number;
}

export type GoalSeekResult =
  | { reached: true; value: number; output: number; iterations: number }
  /** An output is null where it has no meaning (the share supported at home with nobody at Levels 4–5). */
  | { reached: false; reason: string; outputAtLo: number | null; outputAtHi: number | null };

/** Bisection stops when the bracket is this small relative to the larger bound. */
export const GOAL_SEEK_TOLERANCE = 1e-6;

function lastYear(scenario: Scenario): number {
  return scenario.meta.baseYear + scenario.meta.horizonYears;
}

function outputName(scenario: Scenario, request: GoalSeekRequest): string {
  switch (request.output) {
    case 'npv':
      return 'the NPV of net saving';
    case 'cumulativeNetSaving':
      return `the cumulative net saving by ${financialYear(lastYear(scenario))}`;
    case 'scenarioTotal':
      return `total spend in ${financialYear(request.year ?? lastYear(scenario))}`;
    case 'upstreamShare':
      return `the share of spend at Levels 1 to 3 in ${financialYear(lastYear(scenario))}`;
    case 'npvAfterCapital':
      return 'the NPV of net saving after capital';
    case 'careHomePer1000':
      return `care-home places per 1,000 older people in ${financialYear(lastYear(scenario))}`;
    case 'supportedAtHomeShare':
      return `the share of people at Levels 4 and 5 supported outside care homes and hospital in ${financialYear(lastYear(scenario))}`;
  }
}

const perThousand = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "£1.23m", "35.2%" or, for care-home places per 1,000, "12.9". */
export function formatGoalOutput(output: GoalOutput, value: number): string {
  if (output === 'upstreamShare' || output === 'supportedAtHomeShare') return formatPercent(value, 1);
  return output === 'careHomePer1000' ? perThousand.format(value) : formatMoney(value);
}

function yearProblems(scenario: Scenario, request: GoalSeekRequest): Problem[] {
  const first = scenario.meta.baseYear;
  const last = lastYear(scenario);
  if (request.output !== 'scenarioTotal') {
    return request.year === undefined ? [] : [{ path: 'year', message: 'is only used with the output scenarioTotal (total spend in a chosen year)' }];
  }
  const year = request.year;
  if (year !== undefined && Number.isInteger(year) && year >= first && year <= last) return [];
  const span = `a year from ${first} to ${last} (${financialYear(first)} to ${financialYear(last)})`;
  return [{ path: 'year', message: year === undefined ? `is needed for total spend: give ${span}` : `must be ${span}, got ${year}` }];
}

/** The rules of the file a bound breaks (a negative amount, a share above 1, …). */
function boundProblems(scenario: Scenario, path: string, bound: 'lo' | 'hi', value: number): Problem[] {
  const trial = withInputValue(scenario, path, value);
  delete trial.uncertainty;
  const read = readScenario(trial);
  return read.ok ? [] : read.problems.map((p) => ({ path: bound, message: `${value} cannot be used: ${problemLine(p)}` }));
}

function inputProblems(scenario: Scenario, model: CompiledModel, request: GoalSeekRequest): Problem[] {
  const { path, lo, hi } = request;
  const found = findVariableSlot(model, path);
  if ('why' in found) return [{ path: 'path', message: `"${path}" cannot be goal-sought: ${found.why}` }];
  if (found.slot.wholeNumber) {
    return [{ path: 'path', message: `"${path}" takes whole years only, so it cannot be set to hit an exact figure; try its values one at a time` }];
  }
  const problems: Problem[] = [];
  if (!Number.isFinite(lo)) problems.push({ path: 'lo', message: `must be a number, got ${lo}` });
  if (!Number.isFinite(hi)) problems.push({ path: 'hi', message: `must be a number, got ${hi}` });
  if (problems.length > 0) return problems;
  if (!(lo < hi)) return [{ path: 'hi', message: `must be above the low bound ${lo}, got ${hi}` }];
  return [...boundProblems(scenario, path, 'lo', lo), ...boundProblems(scenario, path, 'hi', hi)];
}

/** What is wrong with a goal-seek request; none when it can run. */
export function checkGoalSeek(scenario: Scenario, request: GoalSeekRequest, model: CompiledModel = compileScenario(scenario)): Problem[] {
  const problems: Problem[] = [];
  if (!GOAL_OUTPUTS.includes(request.output)) {
    problems.push({ path: 'output', message: `must be one of ${GOAL_OUTPUTS.join(', ')}, got ${String(request.output)}` });
  } else {
    problems.push(...yearProblems(scenario, request));
  }
  if (!Number.isFinite(request.target)) problems.push({ path: 'target', message: `must be a number, got ${request.target}` });
  problems.push(...inputProblems(scenario, model, request));
  return problems;
}

function outputOf(model: CompiledModel, run: ModelRun, request: GoalSeekRequest): number {
  const H = model.years - 1;
  switch (request.output) {
    case 'npv':
      return run.npv;
    case 'cumulativeNetSaving':
      return run.cumulativeNetSaving[H];
    case 'scenarioTotal':
      return run.scenarioTotal[request.year! - model.baseYear];
    case 'upstreamShare':
      return run.upstreamScenario[H];
    case 'npvAfterCapital':
      return run.npvAfterCapital;
    case 'careHomePer1000':
      return run.scenarioCareHomePer1000[H];
    case 'supportedAtHomeShare':
      return run.scenarioAtHomeShare[H];
  }
}

/**
 * Goal seek by bisection. Throws if {@link checkGoalSeek} finds problems. Pass
 * the scenario's compiled model (and a run to reuse) to save compiling; the
 * model's inputs are as they were when this returns (the run holds the last trial).
 */
export function goalSeek(
  scenario: Scenario,
  request: GoalSeekRequest,
  model: CompiledModel = compileScenario(scenario),
  run: ModelRun = createRun(model),
): GoalSeekResult {
  const problems = checkGoalSeek(scenario, request, model);
  if (problems.length > 0) throw new Error(problems.map(problemLine).join('\n'));
  const { slot } = findVariableSlot(model, request.path) as { slot: InputSlot };
  const central = readInput(slot);
  const { target } = request;
  const outputAt = (value: number) => {
    writeInput(slot, value);
    evaluateModel(model, run);
    return outputOf(model, run, request);
  };
  try {
    let lo = request.lo;
    let hi = request.hi;
    const outputAtLo = outputAt(lo);
    const outputAtHi = outputAt(hi);
    const notReached = (reason: string): GoalSeekResult => ({ reached: false, reason, outputAtLo: orNull(outputAtLo), outputAtHi: orNull(outputAtHi) });
    const meaningless = Number.isNaN(outputAtLo) ? lo : Number.isNaN(outputAtHi) ? hi : undefined;
    if (meaningless !== undefined) return notReached(noMeaning(scenario, request, meaningless));
    if (!((outputAtLo - target) * (outputAtHi - target) <= 0)) return notReached(unreachable(scenario, request, outputAtLo, outputAtHi));
    const sideOfLo = Math.sign(outputAtLo - target);
    const tolerance = GOAL_SEEK_TOLERANCE * Math.max(Math.abs(lo), Math.abs(hi));
    let [value, output] = outputAtLo === target ? [lo, outputAtLo] : [hi, outputAtHi];
    let iterations = 0;
    while (output !== target && hi - lo > tolerance) {
      value = (lo + hi) / 2;
      output = outputAt(value);
      if (Number.isNaN(output)) return notReached(noMeaning(scenario, request, value));
      iterations++;
      if (Math.sign(output - target) === sideOfLo) lo = value;
      else hi = value;
    }
    return { reached: true, value, output, iterations };
  } finally {
    writeInput(slot, central);
  }
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** Why no value can be found when the output has no meaning at some value (only the share supported at home can lack one, §18). */
function noMeaning(scenario: Scenario, request: GoalSeekRequest, value: number): string {
  return (
    `not reachable: with ${inputLabel(scenario, request.path)} at ${formatInputValue(request.path, value)} nobody is served at Levels 4 and 5, ` +
    `so ${outputName(scenario, request)} has no value there; narrow the bounds to values that leave someone at those levels`
  );
}

function unreachable(scenario: Scenario, request: GoalSeekRequest, outputAtLo: number, outputAtHi: number): string {
  const show = (x: number) => formatGoalOutput(request.output, x);
  const input = (x: number) => formatInputValue(request.path, x);
  return (
    `not reachable within these bounds: ${outputName(scenario, request)} is ${show(outputAtLo)} with ` +
    `${inputLabel(scenario, request.path)} at ${input(request.lo)} and ${show(outputAtHi)} at ${input(request.hi)}; ` +
    `the target, ${show(request.target)}, is not between them`
  );
}

function reachedPhrase(scenario: Scenario, request: GoalSeekRequest): string {
  const target = formatGoalOutput(request.output, request.target);
  const horizon = financialYear(lastYear(scenario));
  switch (request.output) {
    case 'npv':
      return `gives an NPV of net saving of ${target} over ${financialYear(scenario.meta.baseYear)} to ${horizon}`;
    case 'cumulativeNetSaving':
      return request.target === 0 ? `pays back by ${horizon}` : `gives a cumulative net saving of ${target} by ${horizon}`;
    case 'scenarioTotal':
      return `brings total spend in ${financialYear(request.year!)} to ${target}`;
    case 'upstreamShare':
      return `puts ${target} of spend at Levels 1 to 3 in ${horizon}`;
    case 'npvAfterCapital':
      return `gives an NPV of net saving after capital of ${target} over ${financialYear(scenario.meta.baseYear)} to ${horizon}`;
    case 'careHomePer1000':
      return `has ${target} care-home places per 1,000 older people in ${horizon}`;
    case 'supportedAtHomeShare':
      return `supports ${target} of people at Levels 4 and 5 outside care homes and hospital in ${horizon}`;
  }
}

const INVESTMENT_AMOUNT = /^investments\/(\d+)\/amount$/;

/**
 * The answer as a sentence for people: "An investment of £1.23m a year in
 * Reablement expansion pays back by 2030/31."
 */
export function describeGoalSeek(scenario: Scenario, request: GoalSeekRequest, result: GoalSeekResult): string {
  if (!result.reached) return `${result.reason.charAt(0).toUpperCase()}${result.reason.slice(1)}.`;
  const amountOf = INVESTMENT_AMOUNT.exec(request.path);
  const investment = amountOf ? scenario.investments[Number(amountOf[1])] : undefined;
  const phrase = reachedPhrase(scenario, request);
  return investment
    ? `An investment of ${formatMoney(result.value)} a year in ${investment.name} ${phrase}.`
    : `With ${inputLabel(scenario, request.path)} at ${formatInputValue(request.path, result.value)}, the scenario ${phrase}.`;
}
