// `npm run bench [-- --scenario <file>]`: the speed of the model beside a
// spreadsheet engine (issues 2 and 6), and of the built app in Chromium.
// Writes test/bench/results.json and prints a table. Figures are medians of
// repeated runs, measured side by side in one process because the machines
// are shared and noisy; nothing here asserts a time. Never part of `npm test`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readScenarioText } from '../../src/model/file/scenarioFile';
import type { Scenario } from '../../src/model/file/schema';
import { formatTable, measured, notMeasured, type BenchResults, type Figure, type FigureName } from './benchResults';
import { COLD_LOADS, EDIT_VALUES, EDITS, MONTE_CARLO_IN_WORKER, measureBrowserFigures, type BrowserFigures } from './browserFigures';
import { BUNDLE_DIR, measureBundle, type BundleSize } from './bundleSize';
import { measureEngineSpeed } from './engineSpeed';
import { describeMachine } from './machine';
import { measureMonteCarlo, MONTE_CARLO_RUNS } from './monteCarloSpeed';
import { compareRecalc } from './recalcSpeed';

const RESULTS_FILE = new URL('./results.json', import.meta.url);
const DEFAULT_SCENARIO = 'samples/county.upstream.json';
/** The same county as a version 1 file, frozen before version 2: its kernel speed is measured beside the v2 one. */
const FROZEN_V1_SCENARIO = 'test/model/file/frozen-v1/county.upstream.json';
const ENGINE = { slices: 10, sliceMs: 200 };
const RECALC = { warmUp: 20, samples: 200 };
const MONTE_CARLO_REPEATS = 5;
/** Aims of issue 6: one frame at 60 Hz from an edit to the chart, and a load within a second. */
const EDIT_TO_CHART_P95_AIM_MS = 17;
const COLD_LOAD_AIM_MS = 1000;

function readScenarioFile(file: string): { raw: unknown; scenario: Scenario } {
  const text = readFileSync(file, 'utf8');
  const read = readScenarioText(text);
  if (!read.ok) {
    throw new Error(`${file} is not a scenario the engine can run:\n  ${read.problems.map((p) => `${p.path || '(file)'}: ${p.message}`).join('\n  ')}`);
  }
  return { raw: JSON.parse(text), scenario: read.scenario };
}

function engineSpeedFigures(raw: unknown, scenario: Scenario): Pick<Record<FigureName, Figure>, 'engineRunsPerSecond' | 'engineV1RunsPerSecond' | 'engineFullRunsPerSecond'> {
  const frozenV1 = readScenarioFile(FROZEN_V1_SCENARIO).scenario;
  const { kernel, kernelV1, full } = measureEngineSpeed(raw, scenario, frozenV1, ENGINE);
  const slices = `median of ${ENGINE.slices} slices of ${ENGINE.sliceMs} ms after one warm-up slice, alternating the kernel on this file, the kernel on ${FROZEN_V1_SCENARIO} and the full path`;
  return {
    engineRunsPerSecond: measured(
      kernel.median,
      'runs/s',
      `evaluateModel on a compiled model reusing one ModelRun (populations and users never change here, so every run after the first reuses its demand step, as Monte Carlo of this sample does); ${slices}`,
      { atLeast: 100_000 },
    ),
    engineV1RunsPerSecond: measured(kernelV1.median, 'runs/s', `as above, on the version 1 county frozen before version 2 (no people, capacity or variants in it); ${slices}`, { atLeast: 100_000 }),
    engineFullRunsPerSecond: measured(full.median, 'runs/s', `readScenario (checks the scenario object) + runModel to the Results object; ${slices}`),
  };
}

function recalcFigures(scenario: Scenario) {
  const seed = scenario.monteCarlo?.seed ?? 1;
  const recalc = compareRecalc(scenario, { ...RECALC, seed });
  const draws = `median of ${RECALC.samples} draws after ${recalc.warmUpDraws} warm-up draws, spreadsheet and engine alternating draw by draw; both agreed to 1e-9 relative at all ${recalc.checkedDraws} checks`;
  return {
    figures: {
      spreadsheetRecalcMs: measured(recalc.spreadsheet.median, 'ms', `HyperFormula (${recalc.spreadsheetFormulas} formulas): every uncertain input set in one hf.batch, recalculated, totals, levels and NPV read out; ${draws}`, undefined, recalc.spreadsheet.p95),
      engineRecalcMs: measured(recalc.engine.median, 'ms', `the same values written to model.slots, then evaluateModel (its totals are then in the run's typed arrays); ${draws}`, undefined, recalc.engine.p95),
      spreadsheetPeerRatio: measured(recalc.ratio, '×', 'median spreadsheet recalculation / median engine recalculation', { atLeast: 100 }),
    },
    uncertainInputs: recalc.uncertainInputs,
    spreadsheetFormulas: recalc.spreadsheetFormulas,
  };
}

function monteCarloFigure(scenario: Scenario): Figure {
  const speed = measureMonteCarlo(scenario, MONTE_CARLO_REPEATS);
  if (!speed.ok) return notMeasured('ms', speed.reason);
  return measured(
    speed.ms.median,
    'ms',
    `runMonteCarlo with ${MONTE_CARLO_RUNS.toLocaleString('en-GB')} runs (seed ${speed.seed}), compile and P10/P50/P90 included; median of ${MONTE_CARLO_REPEATS} after one warm-up`,
    undefined,
    speed.ms.p95,
  );
}

function bundleFigures(): { figures: Pick<Record<FigureName, Figure>, 'bundleGzipKB' | 'bundleStartupGzipKB' | 'bundleLazyGzipKB'>; bundle: BundleSize | null } {
  let bundle: BundleSize;
  try {
    bundle = measureBundle();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { figures: { bundleGzipKB: notMeasured('KB', why), bundleStartupGzipKB: notMeasured('KB', why), bundleLazyGzipKB: notMeasured('KB', why) }, bundle: null };
  }
  const built = `vite build into ${BUNDLE_DIR} (${Math.round(bundle.buildMs / 1000)} s), every .js file gzipped at level 9`;
  return {
    figures: {
      bundleGzipKB: measured(bundle.totalGzipKB, 'KB', `all JavaScript; ${built}`),
      bundleStartupGzipKB: measured(bundle.startupGzipKB, 'KB', `what index.html loads at startup: the entry chunk and its static imports (${bundle.startup.map((c) => c.file).join(', ')})`),
      bundleLazyGzipKB: measured(bundle.lazyGzipKB, 'KB', 'loaded later: dynamic imports and workers'),
    },
    bundle,
  };
}

type BrowserFigureName = 'editToChartP50Ms' | 'editToChartP95Ms' | 'coldLoadMs' | 'monteCarlo10kWorkerMs';

/** The built app in Debian Chromium: edit to chart, cold load and Monte Carlo in its worker. Needs the bundle's build. */
async function browserFigures(bundle: BundleSize | null): Promise<Pick<Record<FigureName, Figure>, BrowserFigureName>> {
  let why = 'the app was not built (see the bundle figures)';
  if (bundle) {
    try {
      return describeBrowserFigures(await measureBrowserFigures(BUNDLE_DIR));
    } catch (error) {
      why = `the browser measurement failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return {
    editToChartP50Ms: notMeasured('ms', why),
    editToChartP95Ms: notMeasured('ms', why),
    coldLoadMs: notMeasured('ms', why),
    monteCarlo10kWorkerMs: notMeasured('ms', why),
  };
}

function describeBrowserFigures(figures: BrowserFigures): Pick<Record<FigureName, Figure>, BrowserFigureName> {
  const { editToChart, enterToChart, monteCarlo } = figures;
  const values = EDIT_VALUES.map((v) => `£${Number(v).toLocaleString('en-GB')}`).join(' and ');
  const span =
    "from the edit landing in the scenario store (the app's 'upstream:edit' mark) to the spend-by-level chart holding the new data " +
    "(that chart's next 'upstream:chart-updated' mark, right after its update('none'))";
  const edits =
    `${editToChart.samples} edits after ${EDITS.warmUp} warm-up edits of one grid cell on the county sample (the unit cost of residential and nursing care, ` +
    `typed as ${values} in turn, then Enter), in headless Debian Chromium on the build in ${BUNDLE_DIR} served by vite preview`;
  const fromEnter = `for information, from the Enter keypress to the same chart mark (Handsontable's asynchronous afterChange included): median ${formatMs(enterToChart.median)}, p95 ${formatMs(enterToChart.p95)}`;
  return {
    editToChartP50Ms: measured(editToChart.median, 'ms', `median ${span}; ${edits}; ${fromEnter}`),
    editToChartP95Ms: measured(editToChart.p95, 'ms', `95th percentile ${span}; the same ${editToChart.samples} edits`, { atMost: EDIT_TO_CHART_P95_AIM_MS }),
    coldLoadMs: measured(
      figures.coldLoadMedian,
      'ms',
      `navigation start to the first chart holding the county sample's results (the 'upstream:first-chart' mark); median of ${COLD_LOADS} loads, each in a new browser context (empty cache): ${figures.coldLoads.map(formatMs).join(', ')}`,
      { atMost: COLD_LOAD_AIM_MS },
    ),
    monteCarlo10kWorkerMs: measured(
      monteCarlo.median,
      'ms',
      `${MONTE_CARLO_RUNS.toLocaleString('en-GB')} runs with the scenario's own seed, as monteCarlo10kMs, in the app's analysis worker (workers/analysis.worker.ts through its comlink API), ` +
        `started as a user does: the Uncertainty tab opened, Runs set to ${MONTE_CARLO_RUNS.toLocaleString('en-GB')}, then the Run button clicked; ` +
        `timed in the page from the click to the status line's result sentence, so the scenario's trip to the worker, its progress reports, ` +
        `the answer's trip back and the fan charts are included; median of ${MONTE_CARLO_IN_WORKER.samples} after ${MONTE_CARLO_IN_WORKER.warmUp} warm-up run, same build and browser as above`,
      undefined,
      monteCarlo.p95,
    ),
  };
}

const formatMs = (ms: number) => `${Math.round(ms)} ms`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scenario: { type: 'string', default: DEFAULT_SCENARIO } } });
  const file = values.scenario!;
  const { raw, scenario } = readScenarioFile(file);
  const machine = describeMachine();
  const engine = engineSpeedFigures(raw, scenario);
  const recalc = recalcFigures(scenario);
  const monteCarlo10kMs = monteCarloFigure(scenario);
  // Last, so the build's load on the CPU cannot disturb the timings; the browser figures use that build.
  const bundle = bundleFigures();
  const browser = await browserFigures(bundle.bundle);
  const results: BenchResults = {
    machine,
    scenario: {
      file,
      name: scenario.meta.name,
      ageBands: scenario.ageBands.length,
      services: scenario.services.length,
      rebalancing: scenario.rebalancing.length,
      investments: scenario.investments.length,
      years: scenario.meta.horizonYears + 1,
    },
    figures: {
      ...engine,
      ...recalc.figures,
      monteCarlo10kMs,
      ...browser,
      ...bundle.figures,
    },
    notes: {
      uncertainInputs: recalc.uncertainInputs,
      spreadsheetFormulas: recalc.spreadsheetFormulas,
      bundleStartupChunks: bundle.bundle?.startup ?? [],
      bundleLargestChunks: bundle.bundle?.largest ?? [],
    },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatTable(results)}\n\nWritten to test/bench/results.json\n`);
}

main().catch((error: unknown) => {
  // Loudly, in plain words: a disagreement between the spreadsheet and the engine stops the bench.
  process.stderr.write(`The bench stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
