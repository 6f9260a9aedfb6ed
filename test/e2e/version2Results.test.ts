// The version 2 results on screen (issue 12, charts2) in real Chromium on the
// county sample: capacity against activity, partners' budgets and the
// population projections side by side, each with a table view holding the
// engine's figures (run in Node on the same sample), and the NPV after
// capital in the headline. Screenshots go to test/e2e/screenshots/ for people
// to judge.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPounds, formatPoundsShort } from '../../src/format/money';
import { readScenarioText, runModel, type Results, type Scenario } from '../../src/model';
import { capacityData } from '../../src/ui/charts/capacityData';
import type { DataTable } from '../../src/ui/charts/chartData';
import { partnerBudgetsData } from '../../src/ui/charts/partnerBudgetsData';
import { variantsData } from '../../src/ui/charts/variantsData';
import { chartPanel, chartTableRows, showChartAsTable, waitForResults } from './appPage';
import { appUrl, launchBrowser } from './browser';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const CAPACITY = 'Capacity against activity';
const BUDGETS = "Partners' spend against their budgets";
const PROJECTIONS = 'Under each population projection';

const COUNTY_TEXT = readFileSync(new URL('../../samples/county.upstream.json', import.meta.url), 'utf8');

/** A scenario file's text read and run in Node, as the app reads and runs it. */
function run(text: string): { scenario: Scenario; results: Results } {
  const read = readScenarioText(text);
  if (!read.ok) throw new Error(`The scenario does not read: ${read.problems.map((p) => p.message).join('; ')}`);
  return { scenario: read.scenario, results: runModel(read.scenario) };
}

/** A table as the page shows it: the column headings, then each row. */
const asRows = (table: DataTable) => [table.columns, ...table.rows.map((row) => [row.header, ...row.cells])];

let browser: Browser;
let page: Page;
const { scenario, results } = run(COUNTY_TEXT);

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  await page.goto(appUrl());
  await waitForResults(page);
  // The first visit's welcome note, put away so the charts have the room they have every later visit.
  await page.getByRole('note', { name: 'Welcome' }).getByRole('button', { name: 'Got it' }).click();
});
afterAll(async () => {
  await browser?.close();
});

/** The page at 1440×900 with the chart chosen in the chart index, once it has drawn, for people to judge. */
async function screenshot(indexName: string, title: string, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Charts' }).getByRole('button', { name: indexName, exact: true }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: new URL(name, SCREENSHOTS).pathname });
  expect(readFileSync(new URL(name, SCREENSHOTS)).byteLength).toBeGreaterThan(10_000);
  // The whole chart too, on a screen tall enough to hold it (at 900 high the charts scroll under the headline).
  await page.setViewportSize({ width: 1440, height: 2200 });
  await page.waitForTimeout(300);
  await chartPanel(page, title).screenshot({ path: new URL(name.replace('.png', '-whole.png'), SCREENSHOTS).pathname });
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('the version 2 results on the county sample', () => {
  it('shows the NPV after capital in the headline, equal to the engine’s', async () => {
    const tile = page.locator('.outputs .headline .headline-tile').filter({ hasText: 'Net present value' });
    await expect(tile.locator('.headline-tile__also').innerText()).resolves.toBe(`NPV after capital ${formatPoundsShort(results.summary.npvAfterCapital)}`);
    await expect(tile.locator('.headline-tile__explanation').textContent()).resolves.toContain(`(${formatPounds(results.summary.npvAfterCapital)})`);
    // The pointer off the tiles, so no explanation covers them.
    await page.mouse.move(0, 0);
    await page.locator('.outputs .headline').screenshot({ path: new URL('version2-headline.png', SCREENSHOTS).pathname });
  });

  it('shows capacity against activity for each service with a capacity, its table holding the engine’s figures', async () => {
    const panel = chartPanel(page, CAPACITY);
    const [careHomes, extraCare] = capacityData(results, scenario).services;
    await expect(panel.locator('.chart-verdict').innerText()).resolves.toBe(
      'Residential and nursing care: Short of 320 places by 2025/26: commission them. Without the scenario, 963 places short.',
    );
    await screenshot('Capacity', CAPACITY, 'version2-capacity.png');
    await showChartAsTable(panel);
    const rows = await chartTableRows(panel);
    expect(rows).toEqual(asRows(careHomes.table));
    // 2018/19: the new nursing home's capital, straight from the engine.
    expect(rows[11][0]).toBe('2018/19');
    expect(rows[11][5]).toBe(formatPounds(results.scenario.byService.res.capital![10]));

    await panel.getByLabel('Service').selectOption({ label: 'Extra care housing' });
    await expect.poll(() => chartTableRows(panel)).toEqual(asRows(extraCare.table));
    await expect(panel.locator('.chart-verdict').innerText()).resolves.toContain('121 units spare in 2025/26');
  });

  it("shows each partner's spend against its budget, the years over budget marked, its table holding the engine's figures", async () => {
    const panel = chartPanel(page, BUDGETS);
    const data = partnerBudgetsData(results, scenario);
    await expect(panel.locator('.chart-verdict').allInnerTexts()).resolves.toEqual(data.partners.map((p) => `${p.verdict}.`));
    await screenshot("Partners' budgets", BUDGETS, 'version2-budgets.png');
    await showChartAsTable(panel);
    const rows = await chartTableRows(panel);
    expect(rows).toEqual(asRows(data.table));
    expect(rows[18].slice(0, 3)).toEqual(['2025/26', 'Gloucestershire County Council', formatPounds(scenario.partners[0].budget![17])]);
    expect(rows[18][5]).toBe(`+${formatPounds(results.partners.council.budgetGap![17])}`);
  });

  it('shows the scenario under each population projection, the one it runs on marked, its table holding the engine’s figures', async () => {
    const panel = chartPanel(page, PROJECTIONS);
    const data = variantsData(results, scenario)!;
    await expect(panel.locator('.chart-verdict').allInnerTexts()).resolves.toEqual([
      'Pays back under the principal projection (2012/13). The scenario runs on this one.',
      'Still pays back under the low projection (2013/14).',
      'Still pays back under the high projection (2012/13).',
    ]);
    await screenshot('Population projections', PROJECTIONS, 'version2-projections.png');
    await showChartAsTable(panel);
    const rows = await chartTableRows(panel);
    expect(rows).toEqual(asRows(data.table));
    const { high } = results.summary.variants!;
    expect(rows[3]).toEqual(['high', formatPounds(high.npv), formatPounds(high.cumulativeNetSaving), formatPounds(high.scenarioTotal), '2012/13']);
    expect(rows[1][1]).toBe(formatPounds(results.summary.npv));
  });

  it('marks the projection a scenario file runs on, and words a lost payback under each projection as such', async () => {
    const file = JSON.parse(COUNTY_TEXT) as Scenario;
    file.meta = { ...file.meta, name: 'County on the high projection, with a late programme', populationVariant: 'high' };
    // A late, costly programme with nothing deflected: each projection breaks even, then goes back into deficit.
    file.investments.push({ ...file.investments[0], name: 'Late programme', amount: 60_000_000, startYear: 2024, rampYears: 0, lagYears: 0, deflects: [] });
    const text = JSON.stringify(file);
    const high = run(text);
    const data = variantsData(high.results, high.scenario)!;
    await page.getByLabel('Open a scenario file').setInputFiles({ name: 'high.upstream.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.locator('h1').textContent()).toBe(file.meta.name);
    await waitForResults(page);

    const npv = page.locator('.outputs .headline .headline-tile').filter({ hasText: 'Net present value' });
    await expect.poll(() => npv.locator('.headline-tile__value').innerText()).toBe(formatPoundsShort(high.results.summary.npv));
    expect(high.results.summary.npv).toBeCloseTo(high.results.summary.variants!.high.npv, 6);
    const panel = chartPanel(page, PROJECTIONS);
    await expect.poll(() => panel.locator('.chart-verdict').allInnerTexts()).toEqual(data.projections.map((p) => `${p.verdict}.${p.chosen ? ' The scenario runs on this one.' : ''}`));
    const verdicts = await panel.locator('.chart-verdict').allInnerTexts();
    await screenshot('Population projections', PROJECTIONS, 'version2-projections-lost-payback.png');
    expect(verdicts[2]).toMatch(/^Does not pay back under the high projection: it breaks even in \d{4}\/\d\d, then is back in deficit\. The scenario runs on this one\.$/);
    await showChartAsTable(panel);
    const rows = await chartTableRows(panel);
    expect(rows).toEqual(asRows(data.table));
    expect(rows[3][0]).toBe('high (the scenario runs on this one)');
    expect(rows[3][4]).toMatch(/^none \(broke even in \d{4}\/\d\d, then back in deficit\)$/);
  });

  it('fits the board view, NPV after capital included, on a 1280×720 projector', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    const board = await context.newPage();
    await board.goto(appUrl());
    await waitForResults(board);
    await board.getByRole('button', { name: 'Board view' }).click();
    await board.locator('.board .lever').first().waitFor();
    await board.waitForTimeout(300);
    await board.screenshot({ path: new URL('version2-board-1280x720.png', SCREENSHOTS).pathname });
    const npv = board.locator('.board .headline-tile').filter({ hasText: 'Net present value' });
    await expect(npv.locator('.headline-tile__also').innerText()).resolves.toBe(`NPV after capital ${formatPoundsShort(results.summary.npvAfterCapital)}`);
    const box = (await npv.boundingBox())!;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 720).toBe(true);
    await context.close();
  });
});
