// MODEL.md §8 Monte Carlo: every ranged input drawn from a triangular
// distribution (low, value, high) in each run, with a seeded generator so the
// same file and seed always give the same answer.
//
// The draws: a Mersenne Twister from pure-rand seeded with the seed (its
// standard seeding spreads nearby seeds apart from the first draw); in each
// run, one uniformFloat64 draw per range, in the file's order, turned into a
// value by the triangular quantile; whole-number inputs are then rounded.
// Runs are done in steps, so a worker can post progress and notice a cancel
// between them; how the runs are split into steps never changes the answer.
// P10, P50 and P90 are taken across runs, year by year, as Excel's
// PERCENTILE.INC does (percentiles.ts).
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';
import { compileScenario, type CompiledModel } from '../kernel/compile';
import { createRun, evaluateModel, type ModelRun } from '../kernel/evaluate';
import { percentilesInPlace } from './percentiles';
import { pathOf, problemLine, type Problem } from '../file/problems';
import { NO_RANGES, rangedInputs, restoreCentralValues, writeInput, type RangedInput } from './rangedInputs';
import { monteCarloSchema, type MonteCarloSettings, type Scenario } from '../file/schema';
import { triangularQuantile } from './triangular';

export interface PercentileSeries {
  p10: number[];
  p50: number[];
  p90: number[];
}

/** P10, P50 and P90 of one figure over the runs. */
export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
}

export interface MonteCarloResult {
  /** Runs asked for, and runs done (fewer when stopped early). */
  runs: number;
  runsDone: number;
  complete: boolean;
  seed: number;
  years: number[];
  /** Scenario total spend, per year. */
  scenarioTotal: PercentileSeries;
  netSaving: PercentileSeries;
  /** §18: scenario care-home places per 1,000 older people, per year. */
  careHomePer1000: PercentileSeries;
  /** NPV of net saving, and (§14) NPV after capital. */
  npv: Percentiles;
  npvAfterCapital: Percentiles;
  /** Runs that pay back and stay paid back by the horizon (§6 paybackYear, not a first break-even that is lost later). */
  paybackCount: number;
  /** paybackCount / runsDone, from 0 to 1. */
  paybackShare: number;
}

export interface MonteCarloProgress {
  runsDone: number;
  runs: number;
}

/** The file's settings, with any given overrides in their place. */
function settingsOf(scenario: Scenario, overrides: Partial<MonteCarloSettings>): Partial<MonteCarloSettings> {
  return { runs: overrides.runs ?? scenario.monteCarlo?.runs, seed: overrides.seed ?? scenario.monteCarlo?.seed };
}

/** What is wrong with running Monte Carlo on this scenario with these settings; none when it can run. */
export function checkMonteCarlo(scenario: Scenario, overrides: Partial<MonteCarloSettings> = {}): Problem[] {
  const problems: Problem[] = [];
  const settings = settingsOf(scenario, overrides);
  if (settings.runs === undefined || settings.seed === undefined) {
    problems.push({ path: 'monteCarlo', message: 'is needed for Monte Carlo: say how many runs to do and which seed to draw from, e.g. "monteCarlo": { "runs": 10000, "seed": 1 }' });
  } else {
    const parsed = monteCarloSchema.safeParse(settings);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => ({ path: pathOf(['monteCarlo', ...issue.path]), message: issue.message })));
    }
  }
  if ((scenario.uncertainty ?? []).length === 0) problems.push(NO_RANGES);
  return problems;
}

const PERCENTILE_SHARES = [0.1, 0.5, 0.9];

/**
 * One Monte Carlo analysis, done in steps. It writes draws into the model's
 * slots during a step and puts the central values back before the step
 * returns; do not change the model's inputs while a job is under way.
 */
export class MonteCarloJob {
  readonly runs: number;
  readonly seed: number;
  private done = 0;
  private paybackCount = 0;
  private readonly rng: ReturnType<typeof mersenne>;
  private readonly inputs: RangedInput[];
  private readonly run: ModelRun;
  /** [year × runs]: each year's values lie together. */
  private readonly totals: Float64Array;
  private readonly nets: Float64Array;
  private readonly careHomes: Float64Array;
  /** [runs] */
  private readonly npvs: Float64Array;
  private readonly npvsAfterCapital: Float64Array;
  /** Scratch for one figure over the runs, which selecting percentiles reorders. */
  private readonly scratch: Float64Array;

  constructor(scenario: Scenario, overrides: Partial<MonteCarloSettings> = {}, private readonly model: CompiledModel = compileScenario(scenario)) {
    const problems = checkMonteCarlo(scenario, overrides);
    if (problems.length > 0) throw new Error(problems.map(problemLine).join('\n'));
    const settings = settingsOf(scenario, overrides) as MonteCarloSettings;
    this.runs = settings.runs;
    this.seed = settings.seed;
    this.rng = mersenne(settings.seed);
    this.inputs = rangedInputs(scenario, model);
    this.run = createRun(model);
    this.totals = new Float64Array(model.years * this.runs);
    this.nets = new Float64Array(model.years * this.runs);
    this.careHomes = new Float64Array(model.years * this.runs);
    this.npvs = new Float64Array(this.runs);
    this.npvsAfterCapital = new Float64Array(this.runs);
    this.scratch = new Float64Array(this.runs);
  }

  get runsDone(): number {
    return this.done;
  }

  get complete(): boolean {
    return this.done === this.runs;
  }

  /**
   * Does up to `maxRuns` more runs, stopping after the run during which
   * `timeBudgetMs` ran out; returns how many it did.
   */
  step(maxRuns = Infinity, timeBudgetMs = Infinity): number {
    const { model, run, inputs, rng, totals, nets, careHomes, runs } = this;
    const T = model.years;
    const last = Math.min(runs, this.done + maxRuns);
    const deadline = performance.now() + timeBudgetMs;
    const first = this.done;
    try {
      while (this.done < last) {
        for (const input of inputs) writeInput(input.slot, triangularQuantile(uniformFloat64(rng), input.low, input.central, input.high));
        evaluateModel(model, run);
        const r = this.done;
        for (let t = 0; t < T; t++) {
          totals[t * runs + r] = run.scenarioTotal[t];
          nets[t * runs + r] = run.netSaving[t];
          careHomes[t * runs + r] = run.scenarioCareHomePer1000[t];
        }
        this.npvs[r] = run.npv;
        this.npvsAfterCapital[r] = run.npvAfterCapital;
        if (run.paybackIndex >= 0) this.paybackCount++;
        this.done++;
        if (timeBudgetMs !== Infinity && performance.now() >= deadline) break;
      }
    } finally {
      restoreCentralValues(inputs);
    }
    return this.done - first;
  }

  /** P10, P50 and P90 over the runs done of the values from `start` (one per run). */
  private percentilesFrom(values: Float64Array, start: number): Percentiles {
    const done = this.scratch.subarray(0, this.done);
    done.set(values.subarray(start, start + this.done));
    const [p10, p50, p90] = percentilesInPlace(done, PERCENTILE_SHARES);
    return { p10, p50, p90 };
  }

  /** P10, P50 and P90 of year t's values over the runs done. */
  private addPercentiles(series: PercentileSeries, values: Float64Array, t: number): void {
    const { p10, p50, p90 } = this.percentilesFrom(values, t * this.runs);
    series.p10.push(p10);
    series.p50.push(p50);
    series.p90.push(p90);
  }

  /**
   * The summary of the runs done so far (at least one), a year at a time: it
   * pauses after each year so a caller can spread a big summary over slices.
   */
  *summarise(): Generator<void, MonteCarloResult, void> {
    if (this.done === 0) throw new Error('No Monte Carlo runs have been done yet; call step() first.');
    const { model } = this;
    const scenarioTotal: PercentileSeries = { p10: [], p50: [], p90: [] };
    const netSaving: PercentileSeries = { p10: [], p50: [], p90: [] };
    const careHomePer1000: PercentileSeries = { p10: [], p50: [], p90: [] };
    for (let t = 0; t < model.years; t++) {
      this.addPercentiles(scenarioTotal, this.totals, t);
      this.addPercentiles(netSaving, this.nets, t);
      this.addPercentiles(careHomePer1000, this.careHomes, t);
      yield;
    }
    return {
      runs: this.runs,
      runsDone: this.done,
      complete: this.complete,
      seed: this.seed,
      years: Array.from({ length: model.years }, (_, t) => model.baseYear + t),
      scenarioTotal,
      netSaving,
      careHomePer1000,
      npv: this.percentilesFrom(this.npvs, 0),
      npvAfterCapital: this.percentilesFrom(this.npvsAfterCapital, 0),
      paybackCount: this.paybackCount,
      paybackShare: this.paybackCount / this.done,
    };
  }

  /** The summary of the runs done so far (at least one), all at once. */
  result(): MonteCarloResult {
    const summary = this.summarise();
    for (;;) {
      const next = summary.next();
      if (next.done) return next.value;
    }
  }
}

/** All the runs at once (the CLI, tests). */
export function runMonteCarlo(scenario: Scenario, overrides: Partial<MonteCarloSettings> = {}, model?: CompiledModel): MonteCarloResult {
  const job = new MonteCarloJob(scenario, overrides, model);
  job.step();
  return job.result();
}

export interface SlicedRunOptions {
  /** How long each slice may hold the thread; default 40 ms. */
  sliceMs?: number;
  onProgress?: (progress: MonteCarloProgress) => void;
  /** Asked between slices; true stops the job and returns what was done. */
  isCancelled?: () => boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * All the runs, then their summary, in time slices, yielding to the event
 * loop between them so a worker stays responsive to messages (a cancel, say).
 * Resolves with the summary of the runs done, `complete: false` when cancelled.
 */
export async function runMonteCarloInSlices(
  scenario: Scenario,
  overrides: Partial<MonteCarloSettings> = {},
  { sliceMs = 40, onProgress, isCancelled }: SlicedRunOptions = {},
  model?: CompiledModel,
): Promise<MonteCarloResult> {
  const job = new MonteCarloJob(scenario, overrides, model);
  for (;;) {
    job.step(Infinity, sliceMs);
    onProgress?.({ runsDone: job.runsDone, runs: job.runs });
    if (job.complete) break;
    await nextTask();
    if (isCancelled?.()) break;
  }
  const summary = job.summarise();
  for (;;) {
    const deadline = performance.now() + sliceMs;
    let next = summary.next();
    while (!next.done && performance.now() < deadline) next = summary.next();
    if (next.done) return next.value;
    await nextTask();
  }
}
