// Partners' budgets, population variants and the projection the scenario
// runs on, in real Chromium on the county (MODEL.md §16–17): a 30% cut over
// five years filled into a budget is saved as such (and its gap exported),
// a budget is removed and added back, a variant filled from
// the principal shows in its grid, and choosing the high projection in
// Details changes the headline.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText, gridSection, headlineText, openInputsTab, poll, RESULTS_TIMEOUT_MS, waitForResults } from './appPage';
import { appUrl, launchBrowser } from './browser';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const county = JSON.parse(readFileSync(new URL('../../samples/county.upstream.json', import.meta.url), 'utf8'));

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  // No file pickers, as in Firefox or Safari: Save downloads the file, which the test reads back.
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  await context.addInitScript(() => {
    for (const picker of ['showSaveFilePicker', 'showOpenFilePicker']) Object.defineProperty(window, picker, { value: undefined, configurable: true });
  });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(appUrl());
  await waitForResults(page);
  await page.getByRole('note', { name: 'Welcome' }).getByRole('button', { name: 'Got it' }).click();
});
afterAll(async () => {
  await browser?.close();
});

/** The JSON file `act` downloads, once the note saying where it went (which would push the inputs down the screenshots) is dismissed. */
async function downloadedJson(act: () => Promise<unknown>) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: RESULTS_TIMEOUT_MS }), act()]);
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

/** The scenario as Save writes it. */
const savedScenario = (): Promise<typeof county> => downloadedJson(() => page.keyboard.press('Control+S'));

/** The results as "Export, Results as JSON" writes them (MODEL.md §10, §19). */
function exportedResults() {
  return downloadedJson(async () => {
    await page.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: /^Results as JSON/ }).click();
  });
}

/** A screenshot of the page scrolled so that `bottom` ends the view. */
async function screenshotDownTo(bottom: Locator, name: string): Promise<void> {
  await bottom.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: new URL(name, SCREENSHOTS).pathname });
}

/** The fill form under a grid, found by its heading. */
const fillForm = (title: string) => page.locator('form.growth-fill').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

const digits = (text: string) => Number(text.replace(/[^\d.]/g, ''));

describe("partners' budgets, population variants and the projection", () => {
  it('fills the council budget with a 30% cut over five years: equal steps, then exactly 70% of its base', async () => {
    await openInputsTab(page, 'Partners');
    const fill = fillForm('Fill a budget');
    await fill.getByLabel('Fill', { exact: true }).selectOption({ label: 'Gloucestershire County Council' });
    await fill.getByLabel('How').selectOption({ label: 'By a total change over some years' });
    await fill.getByLabel('Total change').fill('-30%');
    await fill.getByLabel('Over how many years').fill('5');
    await fill.getByRole('button', { name: 'Fill the years after 2008/09' }).click();
    await expect(fill.getByRole('status').innerText()).resolves.toBe(
      'Filled 2009/10 to 2025/26 for Gloucestershire County Council, changing -30% in total over 5 years from the 2008/09 figure.',
    );
    const base: number = county.partners[0].budget[0];
    await poll(() => cellText(page, { tab: 'Partners', grid: "Partners' budgets", row: 'Gloucestershire County Council', column: '2013/14' }).then(digits)).toBe(base * 0.7);

    const saved = await savedScenario();
    const budget: number[] = saved.partners[0].budget;
    expect(budget).toHaveLength(18);
    expect(budget.slice(0, 6)).toEqual([0, 1, 2, 3, 4, 5].map((t) => Math.round(base * (1 - (0.3 * t) / 5) * 100) / 100));
    expect(new Set(budget.slice(5))).toEqual(new Set([base * 0.7]));
    expect(saved.partners[1].budget).toEqual(county.partners[1].budget);
    // MODEL.md §16: the gap is the partner's scenario spend less its budget, each year.
    const council = (await exportedResults()).partners.council;
    council.budgetGap.forEach((gap: number, t: number) => expect(gap).toBeCloseTo(council.scenario[t] - budget[t], 2));
    await screenshotDownTo(fill, 'inputs-partners-budgets.png');
  });

  it("removes a partner's budget and adds one back at £0 a year, each one step of Undo", async () => {
    const budgets = gridSection(page, "Partners' budgets");
    const nhs = { tab: 'Partners', grid: "Partners' budgets", row: 'NHS Gloucestershire', column: '2010/11' };
    await expect(cellText(page, nhs)).resolves.toBe('£27,388,000');
    await budgets.getByRole('button', { name: 'Remove selected budgets' }).click();
    await poll(() => budgets.locator('td').filter({ hasText: /^NHS Gloucestershire$/ }).count()).toBe(0);
    await expect(budgets.getByLabel('Budget for').inputValue()).resolves.toBe('1');
    await budgets.getByRole('button', { name: 'Add budget' }).click();
    await poll(() => cellText(page, nhs)).toBe('£0');
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await undo.click();
    await poll(() => cellText(page, nhs)).toBe('£27,388,000');
  });

  it('adds a variant, fills it from the principal 0.5% a year faster, and shows it in the grid', async () => {
    await openInputsTab(page, 'Population');
    const variants = gridSection(page, 'Population variants');
    await variants.getByLabel('Variant name').fill('principal');
    await variants.getByRole('button', { name: 'Add variant' }).click();
    await expect(variants.getByRole('status').first().innerText()).resolves.toContain('"principal" is the name of each band\'s own population');
    await variants.getByLabel('Variant name').fill('faster');
    await variants.getByRole('button', { name: 'Add variant' }).click();
    await poll(() => variants.locator('td').filter({ hasText: /^faster$/ }).count()).toBeGreaterThan(0);

    const fill = fillForm('Fill by growth rate');
    await fill.getByLabel('Fill', { exact: true }).selectOption({ label: 'All age bands · faster' });
    await fill.getByLabel('How').selectOption({ label: 'From the principal projection, growing faster or slower' });
    await fill.getByLabel('Faster a year by').fill('0.5%');
    await fill.getByRole('button', { name: 'Fill the years after 2008/09' }).click();
    // The fill still shows what it filled, though the edit rebuilt its list.
    await expect(fill.getByLabel('Fill', { exact: true }).inputValue()).resolves.toBe('All age bands · faster');
    const principal: number[] = county.ageBands[0].population;
    // The first "faster" row is the first band's.
    const shown = await cellText(page, { tab: 'Population', grid: 'Population variants', row: 'faster', column: '2025/26' });
    expect(digits(shown)).toBe(Math.round(principal[17] * 1.005 ** 17));
    await screenshotDownTo(fill, 'inputs-population-variants.png');
  });

  it('runs the scenario on the high projection when Details says so, and the headline changes', async () => {
    const before = await headlineText(page);
    await openInputsTab(page, 'Details');
    const picker = page.getByLabel('Population projection', { exact: true });
    await expect(picker.inputValue()).resolves.toBe('');
    await expect(picker.locator('option').allInnerTexts()).resolves.toEqual(['Principal projection', 'Variant "low"', 'Variant "high"', 'Variant "faster"']);
    await picker.selectOption({ label: 'Variant "high"' });
    await poll(() => headlineText(page)).not.toBe(before);
    await expect(picker.inputValue()).resolves.toBe('high');
    await screenshotDownTo(page.locator('.details-span'), 'inputs-details-projection.png');
    // Another edit rebuilds the picker's list; the choice stays shown.
    await page.getByLabel('Discount rate a year').fill('3%');
    await page.getByLabel('Discount rate a year').press('Enter');
    await poll(() => page.getByLabel('Discount rate a year').inputValue()).toBe('0.03');
    await expect(picker.inputValue()).resolves.toBe('high');
    expect((await savedScenario()).meta.populationVariant).toBe('high');
    expect(errors).toEqual([]);
  });
});
