// The version 2 inputs in real Chromium (MODEL.md §13–15, issue 12): a setting
// chosen from its dropdown by keyboard, a capacity closure typed on the
// Capacity tab, the residual beside a rule whose ratio no longer re-homes the
// people it moves, and an investment whose spending stops after its last year
// funded. Screenshots of the four tabs go to test/e2e/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPounds } from '../../src/format/money';
import { financialYear, readScenarioText, runModel, type Scenario } from '../../src/model';
import { residualWords } from '../../src/ui/grids/residualWords';
import {
  cellText,
  chartPanel,
  chartTableRows,
  editCell,
  gridSection,
  modelRuns,
  openInputsTab,
  poll,
  RESULTS_TIMEOUT_MS,
  selectCell,
  showChartAsTable,
  waitForResults,
  type CellAddress,
} from './appPage';
import { appUrl, contextWithoutPickers, launchBrowser } from './browser';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const NET_SAVING = 'Net saving and payback';

function countySample(): Scenario {
  const read = readScenarioText(readFileSync(new URL('../../samples/county.upstream.json', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error('The county sample does not read');
  return read.scenario;
}
const county = countySample();
const horizon = financialYear(county.meta.baseYear + county.meta.horizonYears);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface CountyPage {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

/** The county sample at 1440×900, saving by download, with errors recorded. */
async function openCounty(): Promise<CountyPage> {
  const context = await contextWithoutPickers(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(appUrl());
  await waitForResults(page);
  // The sample's welcome, read once: out of the way of the screenshots.
  await page.getByRole('button', { name: 'Got it' }).click();
  return { page, errors, close: () => context.close() };
}

/** Saves with Ctrl+S and reads back the file the app wrote. */
async function savedScenario(page: Page): Promise<Scenario> {
  // The keyboard shortcut is the page's, not a grid's: start from the page itself.
  await page.locator('h1').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: RESULTS_TIMEOUT_MS }), page.keyboard.press('Control+S')]);
  const saved = readScenarioText(readFileSync(await download.path(), 'utf8'));
  if (!saved.ok) throw new Error(`The saved file does not read: ${JSON.stringify(saved.problems)}`);
  return saved.scenario;
}

/** A cell's text without the arrow the grid draws in a dropdown cell. */
const choiceText = async (page: Page, cell: CellAddress) => (await cellText(page, cell)).replace('▼', '');

const screenshot = (page: Page, name: string) => page.screenshot({ path: new URL(name, SCREENSHOTS).pathname });

describe('version 2 inputs', () => {
  it('chooses a setting from its dropdown by keyboard and saves its id', async () => {
    const { page, errors, close } = await openCounty();
    const setting: CellAddress = { tab: 'Services', grid: 'Services', row: 'Day care', column: 'Setting' };
    await expect(choiceText(page, setting)).resolves.toBe('At home');
    // Enter opens the dropdown; the arrow keys walk its list of plain words; Enter chooses.
    await page.keyboard.press('Enter');
    const list = page.locator('.handsontableEditor .htCore td');
    await list.first().waitFor();
    expect(await list.allTextContents()).toEqual(['At home', 'Sheltered housing', 'Extra care housing', 'Residential care', 'Nursing home', 'Hospital']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await poll(() => choiceText(page, setting)).toBe('Extra care housing');
    await editCell(page, { tab: 'Services', grid: 'Services', row: 'Day care', column: 'Units a person uses a year' }, '52');
    await selectCell(page, setting);
    await screenshot(page, 'version2-services-tab.png');
    // With the inputs the full width, the setting and units a person uses show side by side with the rest.
    await page.getByRole('button', { name: 'Full width' }).click();
    await selectCell(page, setting);
    await screenshot(page, 'version2-services-tab-full-width.png');

    const saved = await savedScenario(page);
    const dayCare = saved.services.find((s) => s.id === 'daycare');
    expect([dayCare?.setting, dayCare?.unitsPerPerson]).toEqual(['extraCare', 52]);
    expect(errors).toEqual([]);
    await close();
  });

  it('takes a capacity closure typed on the Capacity tab, runs the model on it, and takes a problem with it to its cell', async () => {
    const { page, errors, close } = await openCounty();
    await openInputsTab(page, 'Capacity');
    const capacity = gridSection(page, 'Capacity');
    await expect(capacity.locator('.ht_master td').allTextContents()).resolves.toEqual(expect.arrayContaining(['Residential and nursing care', '2,100', 'places', '£60,000']));
    const changes = gridSection(page, 'Openings and closures');
    await changes.getByLabel('For').selectOption({ label: 'Residential and nursing care' });
    await changes.getByRole('button', { name: 'Add opening or closure' }).click();
    const runsBefore = await modelRuns(page);
    const closure: CellAddress = { tab: 'Capacity', grid: 'Openings and closures', row: financialYear(county.meta.baseYear + 1), column: 'Units opened (+) or closed (−)' };
    await editCell(page, closure, '-300');
    await poll(() => modelRuns(page)).toBeGreaterThan(runsBefore);
    await screenshot(page, 'version2-capacity-tab.png');

    const saved = await savedScenario(page);
    const residential = saved.services.find((s) => s.id === 'res')!;
    expect(residential.capacity?.changes).toEqual([...county.services.find((s) => s.id === 'res')!.capacity!.changes, { year: county.meta.baseYear + 1, units: -300 }]);
    // The supply gap the engine gives for the saved file: 300 more places short from 2009/10 on.
    const before = runModel(county).scenario.byService.res.supplyGap!;
    const after = runModel(saved).scenario.byService.res.supplyGap!;
    expect(after.map((gap, t) => Math.round(gap - before[t]))).toEqual(before.map((_, t) => (t === 0 ? 0 : 300)));

    // Closing more places than there are: the problem is listed as the Capacity tab's, and its link goes there.
    await editCell(page, closure, '-5000');
    await openInputsTab(page, 'Details');
    const link = page.locator('.problems-banner__link').filter({ hasText: /^Capacity › / });
    await poll(() => link.innerText()).toMatch(/capacity cannot fall below 0/);
    await link.click();
    await poll(() => page.getByRole('tab', { name: /^Capacity/ }).getAttribute('aria-selected')).toBe('true');
    await poll(() => changes.locator('.cell-message').innerText()).toMatch(/would leave "Residential and nursing care" with -2900 units in 2009\/10/);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the residual beside a rule whose ratio leaves people without a service, and takes it away when fixed', async () => {
    const { page, errors, close } = await openCounty();
    // The rule moving 15% of care-home places to intensive home care, at 1,300 hours a place.
    const ratio: CellAddress = { tab: 'Rebalancing', grid: 'Rebalancing rules', row: '15%', column: 'New units per unit' };
    const residual: CellAddress = { ...ratio, column: 'People re-homed' };
    await expect(cellText(page, residual)).resolves.toBe('');
    // Home scrolls the grid back to the share that picks out the row.
    await page.keyboard.press('Home');

    await editCell(page, ratio, '520');
    const halved = structuredClone(county);
    halved.rebalancing[1].ratio = 520;
    const expected = residualWords(runModel(halved).summary.rebalancingResidual[1][county.meta.horizonYears], horizon);
    expect(expected).toMatch(new RegExp(`^leaves [\\d,]+ people without a service by ${horizon}$`));
    await poll(() => cellText(page, residual)).toBe(expected);
    await screenshot(page, 'version2-rebalancing-tab.png');

    await page.keyboard.press('Home');
    await editCell(page, ratio, '1,300');
    await poll(() => cellText(page, residual)).toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('stops an investment\'s spending after its last year funded', async () => {
    const { page, errors, close } = await openCounty();
    const panel = chartPanel(page, NET_SAVING);
    await showChartAsTable(panel);
    const investmentColumn = async () => {
      const [header, ...rows] = await chartTableRows(panel);
      const column = header.findIndex((cell) => /invest/i.test(cell));
      return rows.map((row) => row[column]);
    };
    const hubs = county.investments.findIndex((investment) => investment.name.startsWith('More Village Agents'));
    const ended = structuredClone(county);
    ended.investments[hubs].endYear = 2015;
    const expected = runModel(ended).scenario.investment.map(formatPounds);
    const original = runModel(county).scenario.investment.map(formatPounds);
    await expect(investmentColumn()).resolves.toEqual(original);

    await editCell(page, { tab: 'Investments', grid: 'Investments in prevention', row: county.investments[hubs].name, column: 'Last year funded' }, '2015/16');
    await poll(investmentColumn).toEqual(expected);
    // Spending is the same up to 2015/16 and different (lower) from 2016/17 on.
    const years = 2015 - county.meta.baseYear;
    expect(expected.slice(0, years + 1)).toEqual(original.slice(0, years + 1));
    expect(expected.slice(years + 1).every((amount, k) => amount !== original[years + 1 + k])).toBe(true);
    await expect(cellText(page, { tab: 'Investments', grid: 'Investments in prevention', row: county.investments[hubs].name, column: 'Last year funded' })).resolves.toBe('2015/16');
    await screenshot(page, 'version2-investments-tab.png');
    expect(errors).toEqual([]);
    await close();
  });
});
