// What the analysis worker does (MODEL.md §8), as plain functions of a valid
// scenario so Node tests can call them: which inputs can be varied and the
// tornado, Monte Carlo with progress, and goal seek with its answer in words.
import { compileScenario } from '../kernel/compile';
import { checkGoalSeek, describeGoalSeek, goalSeek, type GoalSeekRequest, type GoalSeekResult } from './goalSeek';
import { MonteCarloJob, type MonteCarloProgress, type MonteCarloResult } from './monteCarlo';
import type { Problem } from '../file/problems';
import { findVariableSlot } from './rangedInputs';
import type { MonteCarloSettings, Scenario } from '../file/schema';
import { runTornado, type TornadoResult } from './tornado';

export interface Survey {
  /** Every input the analyses may vary, by JSON path, in the model's order. */
  variable: string[];
  /** Those of them that take whole years only (goal seek cannot aim them at a figure). */
  wholeNumber: string[];
  /** The tornado, or null while no input has a range. */
  tornado: TornadoResult | null;
}

/** How often a long survey or Monte Carlo run reports progress; each report is also the client's sign of life. */
export const PROGRESS_EVERY_MS = 100;

/** Calls `report` at most once every `ms`, so a sign of life costs next to nothing. */
function everySoOften(report: () => void, ms: number): () => void {
  let last = Date.now();
  return () => {
    const now = Date.now();
    if (now - last < ms) return;
    last = now;
    report();
  };
}

/**
 * What the panel needs after every valid edit: cheap enough to run each
 * time, though a big scenario's tornado takes seconds, so `onAlive` hears
 * from it every PROGRESS_EVERY_MS while it works.
 */
export function survey(scenario: Scenario, onAlive: () => void = () => undefined): Survey {
  const model = compileScenario(scenario);
  const variable: string[] = [];
  const wholeNumber: string[] = [];
  for (const path of model.slots.keys()) {
    const found = findVariableSlot(model, path);
    if ('why' in found) continue;
    variable.push(path);
    if (found.slot.wholeNumber) wholeNumber.push(path);
  }
  const tornado = (scenario.uncertainty ?? []).length > 0 ? runTornado(scenario, model, undefined, everySoOften(onAlive, PROGRESS_EVERY_MS)) : null;
  return { variable, wholeNumber, tornado };
}

/**
 * All the runs at once, reporting progress between steps. The worker stays
 * busy throughout: a cancel terminates it (the client starts a fresh one),
 * which stops it at once without slowing the runs down to listen for messages.
 */
export function monteCarlo(
  scenario: Scenario,
  settings: MonteCarloSettings,
  onProgress: (progress: MonteCarloProgress) => void,
  progressEveryMs: number = PROGRESS_EVERY_MS,
): MonteCarloResult {
  const job = new MonteCarloJob(scenario, settings);
  while (!job.complete) {
    job.step(Infinity, progressEveryMs);
    onProgress({ runsDone: job.runsDone, runs: job.runs });
  }
  return job.result();
}

export type GoalSeekAnswer =
  | { ok: false; problems: Problem[] }
  | { ok: true; result: GoalSeekResult; sentence: string };

/** Goal seek, or what is wrong with the request, by field (path, lo, hi, output, year, target). */
export function answerGoalSeek(scenario: Scenario, request: GoalSeekRequest): GoalSeekAnswer {
  const model = compileScenario(scenario);
  const problems = checkGoalSeek(scenario, request, model);
  if (problems.length > 0) return { ok: false, problems };
  const result = goalSeek(scenario, request, model);
  return { ok: true, result, sentence: describeGoalSeek(scenario, request, result) };
}

export const analysisApi = { survey, monteCarlo, goalSeek: answerGoalSeek };

export type AnalysisApi = typeof analysisApi;
