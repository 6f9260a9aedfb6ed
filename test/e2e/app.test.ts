// The app in real Chromium on the county sample (issue 3): editing, invalid
// cells, pasting a block, the model in its worker, the board view, a hung
// worker, hostile names, and screenshots for people to judge. Every result
// arrives asynchronously (afterChange, then the worker), so each check polls.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/file/schema';
import {
  cellText,
  chartPanel,
  chartTableRows,
  editCell,
  gridSection,
  headlineText,
  modelRuns,
  modelWorker,
  openInputsTab,
  openOutputsTab,
  poll,
  selectCell,
  showChartAsTable,
  waitForResults,
  type CellAddress,
} from './appPage';
import { appUrl, launchBrowser, openApp, type WatchedPage } from './browser';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const COUNTY_NAME = "Gloucestershire-shaped county: older people's services 2008/09 to 2025/26";
const LEVEL_SPEND = 'Spend by level: baseline and scenario';
const STALE = 'From the last valid inputs';
const HOSTILE = '<img src=x onerror=alert(1)>';
const COUNTY_FILE = new URL('../../samples/county.upstream.json', import.meta.url);

const unitCost = (row: string): CellAddress => ({ tab: 'Services', grid: 'Services', row, column: 'Unit cost £' });
const CARE_HOME_COST = unitCost('Residential and nursing care');
const BED_DAY_COST = unitCost('Emergency hospital bed days');
const HOME_CARE_COST = unitCost('Home care');
const EXTRA_CARE_COST = unitCost('Extra care housing');

/** Every dialog the page opens (an alert would be one), dismissed. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Requests for the image "x" that an injected <img src=x> would make. */
function watchRequestsForX(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => new URL(request.url()).pathname.endsWith('/x') && requests.push(request.url()));
  return requests;
}

/** The cells' texts, read one after another (each is selected to be read). */
async function cellTexts(page: Page, cells: CellAddress[]): Promise<string[]> {
  const texts: string[] = [];
  for (const cell of cells) texts.push(await cellText(page, cell));
  return texts;
}

/** What the canvas shows, as an image: it changes when the chart is redrawn with new data. */
function canvasImage(panel: Locator): Promise<string> {
  return panel.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
}

/**
 * How far the selected input cell's bottom lies below the bottom of the inputs'
 * scrolling area (negative: inside it); with `scrollToEdge`, scrolls the area
 * first so that the cell is the last in view.
 */
function belowInputsArea(page: Page, { scrollToEdge = false } = {}): Promise<number> {
  return page.evaluate((scrollToEdge) => {
    const cell = document.querySelector<HTMLElement>('.inputs td.current');
    let area = cell?.parentElement;
    while (area && !(area.scrollHeight > area.clientHeight && /auto|scroll/.test(getComputedStyle(area).overflowY))) area = area.parentElement;
    if (!cell || !area) throw new Error('no selected input cell in a scrolling area');
    const below = () => cell.getBoundingClientRect().bottom - area.getBoundingClientRect().bottom;
    if (scrollToEdge) area.scrollTop += below();
    return below();
  }, scrollToEdge);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openCounty(): Promise<WatchedPage> {
  const watched = await openApp(browser);
  await waitForResults(watched.page);
  return watched;
}

/** Where the spend-by-level chart drew each year's bars: the centres of the baseline's levels, of the scenario's, and a bar's width. */
function levelBarPlaces(page: Page): Promise<{ baseline: number[]; scenario: number[]; width: number }[]> {
  return page.evaluate((title) => {
    interface ChartLike {
      canvas: HTMLCanvasElement;
      data: { datasets: { stack?: string }[] };
      getDatasetMeta(index: number): { data: { x: number; width: number }[] };
    }
    const charts = Object.values((window as unknown as { upstreamCharts: Record<string, ChartLike> }).upstreamCharts);
    const chart = charts.find((c) => c.canvas.closest('.chart-panel')?.querySelector('.chart-panel__title')?.textContent === title);
    if (!chart) throw new Error(`no chart titled "${title}"`);
    const bars = chart.data.datasets.map((dataset, index) => ({ stack: dataset.stack, bars: chart.getDatasetMeta(index).data }));
    return bars[0].bars.map((bar, year) => ({
      baseline: bars.filter((d) => d.stack === 'Baseline').map((d) => d.bars[year].x),
      scenario: bars.filter((d) => d.stack === 'Scenario').map((d) => d.bars[year].x),
      width: bar.width,
    }));
  }, LEVEL_SPEND);
}

describe('the app on the county sample', () => {
  it('loads the county sample with no console errors and no request outside its own origin', async () => {
    const { page, errors, foreignRequests } = await openCounty();
    await expect(page.locator('h1').textContent()).resolves.toBe(COUNTY_NAME);
    // The model worker answered: the headline has the county's net present value.
    await poll(() => headlineText(page)).toMatch(/Net present value\s+£[\d.]+m/);
    expect(await modelRuns(page)).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('an edited unit cost changes the headline figures and the spend-by-level chart', async () => {
    const { page, errors } = await openCounty();
    const chart = chartPanel(page, LEVEL_SPEND);
    // The chart's own figures are read from its table view ("Show as table"), which is built
    // from the same data the chart is given; the canvas is compared as an image to see it redrawn.
    await showChartAsTable(chart);
    const tableBefore = await chartTableRows(chart);
    await chart.getByRole('button', { name: 'Show as table' }).click();
    const imageBefore = await canvasImage(chart);
    const headlineBefore = await headlineText(page);

    await editCell(page, CARE_HOME_COST, '30000');

    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    await poll(() => canvasImage(chart)).not.toBe(imageBefore);
    await showChartAsTable(chart);
    const tableAfter = await chartTableRows(chart);
    expect(tableAfter[0]).toEqual(tableBefore[0]);
    expect(tableAfter).not.toEqual(tableBefore);
    expect(await cellText(page, CARE_HOME_COST)).toBe('£30,000');
    // As its key says: each year the baseline's bar on the left, the scenario's beside it on the right,
    // the two filling most of the year's place (Chart.js's bars take 80% of it).
    const years = await levelBarPlaces(page);
    const yearWidth = years[1].baseline[0] - years[0].baseline[0];
    for (const year of years) {
      expect(new Set(year.baseline).size, 'the baseline levels stack in one bar').toBe(1);
      expect(new Set(year.scenario).size, 'the scenario levels stack in one bar').toBe(1);
      expect(year.baseline[0] + year.width / 2).toBeLessThanOrEqual(year.scenario[0] - year.width / 2 + 0.01);
      expect(year.scenario[0] - year.baseline[0]).toBeCloseTo(0.4 * yearWidth, 1);
    }
    expect(errors).toEqual([]);
  });

  it('text typed into a numeric cell marks the cell, keeps the last results labelled, and recovers when fixed', async () => {
    const { page, errors } = await openCounty();
    const services = gridSection(page, 'Services');
    const headlineBefore = await headlineText(page);

    await editCell(page, CARE_HOME_COST, 'lots');

    const marked = services.locator('td.upstream-problem[aria-invalid="true"]').filter({ hasText: /^lots$/ });
    await poll(() => marked.count()).toBeGreaterThan(0);
    // The cell's message, in plain words, naming the service and the column.
    await selectCell(page, CARE_HOME_COST);
    await poll(() => services.locator('.cell-message').innerText()).toBe(
      'Service "Residential and nursing care": Unit cost must be a number of pounds, not "lots"',
    );
    // The headline and every chart keep the last good figures, labelled as such.
    await expect(page.locator('.outputs .headline .stale-label').textContent()).resolves.toBe(STALE);
    await poll(() => chartPanel(page, LEVEL_SPEND).locator('.stale-label').textContent()).toBe(STALE);
    expect((await headlineText(page)).replace(STALE, '').trim()).toBe(headlineBefore.trim());

    await editCell(page, CARE_HOME_COST, '26500');

    await poll(() => page.locator('.stale-label').count()).toBe(0);
    await poll(() => marked.count()).toBe(0);
    await poll(() => services.locator('td[aria-invalid="true"]').count()).toBe(0);
    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    expect(await cellText(page, CARE_HOME_COST)).toBe('£26,500');
    expect(errors).toEqual([]);
  });

  it('Enter brings the next cell into view once the edit has reached the charts, and the editor opens on what a cell holds now', async () => {
    const { page, errors } = await openCounty();
    // On a projector's screen, so that the inputs scroll; the row is made the last in view of their scrolling area.
    await page.setViewportSize({ width: 1280, height: 720 });
    await selectCell(page, EXTRA_CARE_COST);
    expect(await belowInputsArea(page, { scrollToEdge: true })).toBeCloseTo(0, 0);
    const headlineBefore = await headlineText(page);
    await page.keyboard.type('23000');
    await page.keyboard.press('Enter');
    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    await poll(() => belowInputsArea(page)).toBeLessThanOrEqual(0.5);
    // Undo puts the old cost back; the editor opened on the cell holds it, not the edit.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Control+Z');
    await poll(() => headlineText(page)).toBe(headlineBefore);
    await page.keyboard.press('F2');
    await expect(page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).resolves.toBe('22100');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('a pasted block is one change: one model run, and one undo restores every cell', async () => {
    const { page, errors } = await openCounty();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl()).origin });
    const cells = [CARE_HOME_COST, BED_DAY_COST, HOME_CARE_COST];
    const before = await cellTexts(page, cells);
    expect(before).toEqual(['£26,000', '£250', '£14']);
    const headlineBefore = await headlineText(page);
    const runsBefore = await modelRuns(page);

    // Three rows of one column, as copied from a spreadsheet, pasted with the real shortcut.
    await page.evaluate(() => navigator.clipboard.writeText('27000\r\n260\r\n15\r\n'));
    await selectCell(page, CARE_HOME_COST);
    await page.keyboard.press('Control+V');

    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    // Give any second run time to happen before counting.
    await page.waitForTimeout(1000);
    expect(await modelRuns(page)).toBe(runsBefore + 1);
    expect(await cellTexts(page, cells)).toEqual(['£27,000', '£260', '£15']);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();

    await poll(() => headlineText(page)).toBe(headlineBefore);
    expect(await cellTexts(page, cells)).toEqual(before);
    await expect(page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('runs the model in its worker, never on the main thread', async () => {
    const { page, errors } = await openCounty();
    const runsBefore = await modelRuns(page);
    const headlineBefore = await headlineText(page);

    await editCell(page, CARE_HOME_COST, '31000');

    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    expect(await modelRuns(page)).toBeGreaterThan(runsBefore);
    // The main thread cannot run the model if it never loaded the kernel: no script the page itself
    // loaded names the kernel's run arrays (ModelRun in src/model/evaluate.ts; a minifier keeps
    // property names), which the model worker's script does. Reading and checking a scenario file
    // may happen on the main thread; running it may not. Worker scripts are not in the page's resource list.
    const workerUrls = page.workers().map((w) => w.url());
    const pageScripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
    const mainScripts = pageScripts.filter((url) => !workerUrls.includes(url));
    expect(mainScripts.length).toBeGreaterThan(0);
    const ENGINE_TEXTS = ['poolBaseline', 'gravityBaseline', 'upstreamScenario'];
    const sourceOf = async (url: string) => (await fetch(url)).text();
    for (const url of mainScripts) {
      const source = await sourceOf(url);
      for (const text of ENGINE_TEXTS) expect(source.includes(text), `${url} contains "${text}"`).toBe(false);
    }
    const workerSource = await sourceOf(modelWorker(page).url());
    for (const text of ENGINE_TEXTS) expect(workerSource.includes(text), `the model worker lacks "${text}"`).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the board view: a slider moved with the keyboard changes its headline and charts', async () => {
    const { page, errors } = await openCounty();
    await page.getByRole('button', { name: 'Board view' }).click();
    const board = page.getByRole('dialog');
    await board.locator('.headline__tiles').waitFor();
    const boardHeadline = () => board.locator('.headline').innerText();
    const chart = chartPanel(board, LEVEL_SPEND);
    await poll(async () => (await canvasImage(chart)).length).toBeGreaterThan(0);
    const headlineBefore = await boardHeadline();
    const imageBefore = await canvasImage(chart);
    const slider = board.getByRole('slider').first();
    const valueBefore = await slider.inputValue();

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await poll(() => boardHeadline()).not.toBe(headlineBefore);
    expect(Number(await slider.inputValue())).toBeGreaterThan(Number(valueBefore));

    const headlineAfterStep = await boardHeadline();
    await page.keyboard.press('End');
    await poll(() => boardHeadline()).not.toBe(headlineAfterStep);
    await poll(() => canvasImage(chart)).not.toBe(imageBefore);
    expect(await slider.inputValue()).toBe(await slider.getAttribute('max'));
    expect(errors).toEqual([]);
  });

  it('a hung model worker is replaced, the user is told, and the edit still gets its results', async () => {
    const { page } = await openCounty();
    const hung = modelWorker(page);
    // An endless loop in the worker; its promise settles only when the app ends the worker.
    const endless = hung.evaluate(() => {
      for (;;);
    });
    endless.catch(() => undefined);
    const headlineBefore = await headlineText(page);

    await editCell(page, CARE_HOME_COST, '32000');

    await expect
      .poll(() => page.getByRole('alert').innerText(), { timeout: 8000 })
      .toBe('The model stopped answering and was restarted. Your inputs are all still here.\nDismiss');
    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    await poll(async () => modelWorker(page) !== hung).toBe(true);
    // The new worker keeps working: another edit changes the results again.
    const headlineAfter = await headlineText(page);
    await editCell(page, CARE_HOME_COST, '33000');
    await poll(() => headlineText(page)).not.toBe(headlineAfter);
  });

  it('a scenario file whose names hold HTML runs nothing and shows the names as written', async () => {
    const { page, errors } = await openCounty();
    const dialogs = watchDialogs(page);
    const requestsForX = watchRequestsForX(page);
    const county = JSON.parse(readFileSync(COUNTY_FILE, 'utf8')) as Scenario;
    const hostile: Scenario = {
      ...county,
      meta: { ...county.meta, name: HOSTILE, area: `${HOSTILE} area` },
      services: county.services.map((service, s) => (s === 2 ? { ...service, name: `${HOSTILE} service` } : service)),
      partners: county.partners.map((partner, p) => (p === 0 ? { ...partner, name: `${HOSTILE} partner` } : partner)),
      investments: county.investments.map((investment, j) => (j === 0 ? { ...investment, name: `${HOSTILE} investment` } : investment)),
      uncertainty: county.uncertainty?.map((range, r) => (r === 0 ? { ...range, label: `${HOSTILE} range` } : range)),
    };

    // The app's own Open, through the file input it falls back on where there is no file picker.
    await page.getByLabel('Open a scenario file').setInputFiles({
      name: 'hostile.upstream.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostile)),
    });

    await poll(() => page.locator('h1').textContent()).toBe(HOSTILE);
    await waitForResults(page);
    const services = gridSection(page, 'Services');
    await openInputsTab(page, 'Services');
    await poll(() => services.locator('td').filter({ hasText: `${HOSTILE} service` }).count()).toBeGreaterThan(0);
    await openInputsTab(page, 'Investments');
    await poll(() => gridSection(page, 'Investments in prevention').locator('td').filter({ hasText: `${HOSTILE} investment` }).count()).toBeGreaterThan(0);
    const partners = chartPanel(page, 'Who pays and who saves, 2025/26');
    await showChartAsTable(partners);
    expect((await chartTableRows(partners)).flat().join('\n')).toContain(`${HOSTILE} partner`);
    await openOutputsTab(page, 'Uncertainty and goal seek');
    await poll(() => page.getByRole('textbox', { name: /^Label for the range of / }).first().inputValue()).toBe(`${HOSTILE} range`);
    await page.getByRole('button', { name: 'Board view' }).click();
    const board = page.getByRole('dialog');
    await poll(() => board.getByRole('heading', { level: 2 }).first().textContent()).toBe(HOSTILE);
    await poll(() => board.locator('.board__subtitle').textContent()).toContain(`${HOSTILE} area`);
    await poll(() => board.getByText(`${HOSTILE} investment: amount`).count()).toBe(1);

    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(requestsForX).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names typed with HTML in them run nothing and are shown as typed', async () => {
    const { page, errors } = await openCounty();
    const dialogs = watchDialogs(page);
    const requestsForX = watchRequestsForX(page);
    // The scenario's name on the Details tab, saved when Enter is pressed.
    await openInputsTab(page, 'Details');
    const nameField = page.getByLabel('Scenario name');
    await nameField.fill(HOSTILE);
    await nameField.press('Enter');
    // And a service's name in the grid.
    await editCell(page, { tab: 'Services', grid: 'Services', row: 'Home care', column: 'Name' }, HOSTILE);

    await poll(() => page.locator('h1').textContent()).toBe(HOSTILE);
    const services = gridSection(page, 'Services');
    await poll(() => services.locator('td').filter({ hasText: HOSTILE }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Board view' }).click();
    await poll(() => page.getByRole('dialog').getByRole('heading', { level: 2 }).first().textContent()).toBe(HOSTILE);

    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(requestsForX).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('takes screenshots of the main view and the board view for people to judge', async () => {
    const { page, errors } = await openCounty();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await openInputsTab(page, 'Services');
    await page.waitForTimeout(500);
    await page.screenshot({ path: new URL('main-view.png', SCREENSHOTS).pathname });
    await page.screenshot({ path: new URL('main-view-full.png', SCREENSHOTS).pathname, fullPage: true });
    await page.getByRole('button', { name: 'Board view' }).click();
    await page.getByRole('dialog').locator('.headline__tiles').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: new URL('board-view.png', SCREENSHOTS).pathname });
    for (const name of ['main-view.png', 'main-view-full.png', 'board-view.png']) {
      expect(readFileSync(new URL(name, SCREENSHOTS)).byteLength).toBeGreaterThan(10_000);
    }
    expect(errors).toEqual([]);
  });
});
