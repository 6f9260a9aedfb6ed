// The app's own speed in Chromium (issue 6), on the built app served by vite
// preview: from an edit landing in the scenario store to the spend-by-level
// chart holding the new data, and a cold load. The app marks both ends
// (performance.mark in src/ui/store/scenarioStore.ts and
// src/ui/charts/ChartCanvas.tsx); a PerformanceObserver in the page collects
// the marks, so every time is the page's own clock, not the driver's.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { selectCell, waitForResults, type CellAddress } from '../e2e/appPage';
import { launchBrowser } from '../e2e/browser';
import { median, summariseLatencies, type LatencySummary } from './statistics';

export const EDITS = { warmUp: 5, samples: 60 };
export const COLD_LOADS = 7;
/** One unit cost of the county sample, set to these two values in turn. */
export const EDITED_CELL: CellAddress = { tab: 'Services', grid: 'Services', row: 'Residential and nursing care', column: 'Unit cost £' };
export const EDIT_VALUES = ['27000', '26000'];
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
}

interface SeenMark {
  name: string;
  at: number;
  detail: string;
}

interface BenchWindow {
  upstreamBench: { marks: SeenMark[]; enters: number[] };
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

async function measureEdits(browser: Browser, url: string): Promise<Pick<BrowserFigures, 'editToChart' | 'enterToChart'>> {
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

/** Serves the build in `outDir` with vite preview and measures it in Debian Chromium. */
export async function measureBrowserFigures(outDir: string): Promise<BrowserFigures> {
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server did not report its address');
    const browser = await launchBrowser();
    try {
      const coldLoads: number[] = [];
      for (let i = 0; i < COLD_LOADS; i += 1) coldLoads.push(await timeColdLoad(browser, url));
      return { ...(await measureEdits(browser, url)), coldLoads, coldLoadMedian: median(coldLoads) };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
