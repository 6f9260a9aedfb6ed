// The app's own speed in Chromium (issue 6), on the built app served by vite
// preview: from an edit landing in the scenario store to the spend-by-level
// chart holding the new data, a cold load, and Monte Carlo in the analysis
// worker. The app marks both ends of an edit (performance.mark in
// src/ui/store/scenarioStore.ts and src/ui/charts/ChartCanvas.tsx); a
// PerformanceObserver in the page collects the marks, so every time is the
// page's own clock, not the driver's.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { openOutputsTab, selectCell, waitForResults, type CellAddress } from '../e2e/appPage';
import { launchBrowser } from '../e2e/browser';
import { MONTE_CARLO_RUNS } from './monteCarloSpeed';
import { median, summariseLatencies, type LatencySummary } from './statistics';

export const EDITS = { warmUp: 5, samples: 60 };
export const COLD_LOADS = 7;
/** One unit cost of the county sample, set to these two values in turn. */
export const EDITED_CELL: CellAddress = { tab: 'Services', grid: 'Services', row: 'Residential and nursing care', column: 'Unit cost £' };
export const EDIT_VALUES = ['27000', '26000'];
/** Monte Carlo runs through the Uncertainty tab, as the Node figure does them: one to warm the worker up, then the timed ones. */
export const MONTE_CARLO_IN_WORKER = { warmUp: 1, samples: 5 };
const MONTE_CARLO_RUNS_TEXT = MONTE_CARLO_RUNS.toLocaleString('en-GB');
/** How the spend-by-level chart's summary (its canvas's aria-label, the mark's detail) begins. */
const LEVEL_SPEND_SUMMARY = 'Spend by level, baseline beside scenario';
const WAIT_MS = 15_000;
const VIEWPORT = { width: 1440, height: 900 };

export interface BrowserFigures {
  /** From the 'upstream:edit' mark to the spend-by-level chart's next 'upstream:chart-updated' mark. */
  editToChart: LatencySummary;
  /** From the Enter keypress (its keydown event) to the same chart mark. */
  enterToChart: LatencySummary;
  /** Navigation start to 'upstream:first-chart', one per fresh context. */
  coldLoads: number[];
  coldLoadMedian: number;
  /** From a click on the Run button to the result sentence, Monte Carlo running in the analysis worker. */
  monteCarlo: LatencySummary;
}

interface SeenMark {
  name: string;
  at: number;
  detail: string;
}

interface BenchWindow {
  upstreamBench: { marks: SeenMark[]; enters: number[] };
  upstreamMonteCarloBench: { clicks: number[]; results: number[] };
}

interface TimedEdit {
  edit: number;
  enter: number;
  chart: number;
  /** The chart's summary after the edit: it must differ from the one before. */
  summary: string;
}

/** Starts collecting the app's marks and the times of Enter keypresses, in the page. */
function watchMarks(page: Page): Promise<void> {
  // No named functions inside: the page gets this function's source text.
  return page.evaluate(() => {
    const bench: BenchWindow['upstreamBench'] = { marks: [], enters: [] };
    (window as unknown as BenchWindow).upstreamBench = bench;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.marks.push({ name: entry.name, at: entry.startTime, detail: String((entry as PerformanceMark).detail ?? '') });
    }).observe({ type: 'mark' });
    window.addEventListener('keydown', (event) => event.key === 'Enter' && bench.enters.push(event.timeStamp), { capture: true });
  });
}

/** Types a value into the selected cell, presses Enter, and waits for the spend-by-level chart to hold the result. */
async function timeOneEdit(page: Page, value: string): Promise<TimedEdit> {
  const from = await page.evaluate(() => (window as unknown as BenchWindow).upstreamBench.marks.length);
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  const found = await page.waitForFunction(
    ({ from, summary }) => {
      const { marks, enters } = (window as unknown as BenchWindow).upstreamBench;
      const edit = marks.findIndex((mark, i) => i >= from && mark.name === 'upstream:edit');
      const chart = edit < 0 ? undefined : marks.find((mark, i) => i > edit && mark.name === 'upstream:chart-updated' && mark.detail.startsWith(summary));
      return chart ? { edit: marks[edit].at, enter: enters[enters.length - 1], chart: chart.at, summary: chart.detail } : null;
    },
    { from, summary: LEVEL_SPEND_SUMMARY },
    { timeout: WAIT_MS },
  );
  const timed = (await found.jsonValue()) as TimedEdit;
  // Enter moved the selection down a row: back to the edited cell.
  await page.keyboard.press('ArrowUp');
  return timed;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
}

export async function measureEdits(browser: Browser, url: string): Promise<Pick<BrowserFigures, 'editToChart' | 'enterToChart'>> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForResults(page);
    await selectCell(page, EDITED_CELL);
    await watchMarks(page);
    const fromEdit: number[] = [];
    const fromEnter: number[] = [];
    let summary = '';
    for (let i = 0; i < EDITS.warmUp + EDITS.samples; i += 1) {
      const timed = await timeOneEdit(page, EDIT_VALUES[i % EDIT_VALUES.length]);
      if (timed.summary === summary) throw new Error(`edit ${i + 1} left the spend-by-level chart as it was`);
      summary = timed.summary;
      if (i < EDITS.warmUp) continue;
      fromEdit.push(timed.chart - timed.edit);
      fromEnter.push(timed.chart - timed.enter);
    }
    return { editToChart: summariseLatencies(fromEdit), enterToChart: summariseLatencies(fromEnter) };
  } finally {
    await context.close();
  }
}

/** One load in a new context (so an empty cache): navigation start to the first chart holding results. */
async function timeColdLoad(browser: Browser, url: string): Promise<number> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    const mark = await page.waitForFunction(() => performance.getEntriesByName('upstream:first-chart')[0]?.startTime, undefined, { timeout: WAIT_MS });
    return (await mark.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/**
 * Starts noting, in the page, when the Monte Carlo Run button is clicked and
 * when the status line next shows a result sentence ("In 83% of 10,000 runs
 * the scenario pays back by …"), which the panel writes once the worker's
 * answer is in and its fan charts are built.
 */
function watchMonteCarlo(page: Page, button: string): Promise<void> {
  // No named functions inside: the page gets this function's source text.
  return page.evaluate((button) => {
    const bench: BenchWindow['upstreamMonteCarloBench'] = { clicks: [], results: [] };
    (window as unknown as BenchWindow).upstreamMonteCarloBench = bench;
    const status = document.querySelector('.monte-carlo__status');
    if (!status) throw new Error('the Monte Carlo section has no status line');
    let shown = status.textContent;
    new MutationObserver(() => {
      if (status.textContent === shown) return;
      shown = status.textContent;
      if (shown?.startsWith('In ')) bench.results.push(performance.now());
    }).observe(status, { childList: true, characterData: true, subtree: true });
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element).closest('button')?.textContent?.trim() === button) bench.clicks.push(performance.now());
      },
      { capture: true },
    );
  }, button);
}

/**
 * Monte Carlo of the scenario in the analysis worker, as a user starts it:
 * the Uncertainty tab opened (its panel and worker load), the runs set to
 * 10,000 in the Runs field, then the Run button clicked, each run timed in the
 * page from the click to the result sentence.
 */
async function measureMonteCarlo(browser: Browser, url: string): Promise<LatencySummary> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForResults(page);
    await openOutputsTab(page, 'Uncertainty and goal seek');
    const analysis = page.getByRole('region', { name: 'Uncertainty, sensitivity and goal seek' });
    const runs = analysis.getByRole('textbox', { name: 'Runs' });
    await runs.fill(MONTE_CARLO_RUNS_TEXT);
    await runs.press('Tab');
    const label = `Run ${MONTE_CARLO_RUNS_TEXT} runs`;
    const button = analysis.getByRole('button', { name: label, exact: true });
    await button.waitFor({ timeout: WAIT_MS });
    await watchMonteCarlo(page, label);
    const times: number[] = [];
    for (let i = 1; i <= MONTE_CARLO_IN_WORKER.warmUp + MONTE_CARLO_IN_WORKER.samples; i += 1) {
      // The click waits for the button to be enabled again after the run before.
      await button.click({ timeout: WAIT_MS });
      const took = await page.waitForFunction(
        (n) => {
          const { clicks, results } = (window as unknown as BenchWindow).upstreamMonteCarloBench;
          return results.length >= n && clicks.length >= n ? results[n - 1] - clicks[n - 1] : null;
        },
        i,
        { timeout: WAIT_MS },
      );
      if (i > MONTE_CARLO_IN_WORKER.warmUp) times.push((await took.jsonValue()) as number);
    }
    return summariseLatencies(times);
  } finally {
    await context.close();
  }
}

/** Serves the build in `outDir` with vite preview and measures it in Debian Chromium. */
export async function measureBrowserFigures(outDir: string): Promise<BrowserFigures> {
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  try {
    const home = server.resolvedUrls?.local[0];
    if (!home) throw new Error('the preview server did not report its address');
    // The county sample, whose unit costs EDITED_CELL names (the app opens with the forward plan).
    const url = `${home}?sample=county`;
    const browser = await launchBrowser();
    try {
      const coldLoads: number[] = [];
      for (let i = 0; i < COLD_LOADS; i += 1) coldLoads.push(await timeColdLoad(browser, url));
      const edits = await measureEdits(browser, url);
      return { ...edits, coldLoads, coldLoadMedian: median(coldLoads), monteCarlo: await measureMonteCarlo(browser, url) };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
