// Issue 12's inputs and results together in real Chromium, on the county
// sample: what is typed or chosen on the inputs reaches the version 2 charts,
// and each chart's table then holds the engine's figures for the changed
// scenario (run in Node with the same change).
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPoundsShort } from '../../src/format/money';
import { financialYear, readScenarioText, runModel, type Scenario } from '../../src/model';
import type { DataTable } from '../../src/ui/charts/chartData';
import { capacityData } from '../../src/ui/charts/capacityData';
import { partnerBudgetsData } from '../../src/ui/charts/partnerBudgetsData';
import { CHOSEN_MARK, variantsData } from '../../src/ui/charts/variantsData';
import { chartPanel, chartTableRows, editCell, gridSection, headlineText, openInputsTab, poll, showChartAsTable, waitForResults } from './appPage';
import { appUrl, launchBrowser } from './browser';

const COUNTY_TEXT = readFileSync(new URL('../../samples/county.upstream.json', import.meta.url), 'utf8');

/** A fresh county scenario, changed as a test changes it on screen. */
function county(change: (scenario: Scenario) => void = () => undefined): Scenario {
  const read = readScenarioText(COUNTY_TEXT);
  if (!read.ok) throw new Error('The county sample does not read');
  change(read.scenario);
  return read.scenario;
}

const asRows = (table: DataTable) => [table.columns, ...table.rows.map((row) => [row.header, ...row.cells])];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openCounty(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl());
  await waitForResults(page);
  await page.getByRole('button', { name: 'Got it' }).click();
  return { page, errors, close: () => context.close() };
}

describe('version 2 inputs reach the version 2 charts', () => {
  it('a capacity closure typed on the Capacity tab changes the supply gap chart and its table', async () => {
    const { page, errors, close } = await openCounty();
    const panel = chartPanel(page, 'Capacity against activity');
    await showChartAsTable(panel);
    const before = await chartTableRows(panel);
    expect(before).toEqual(asRows(capacityData(runModel(county()), county()).services[0].table));

    await openInputsTab(page, 'Capacity');
    const changes = gridSection(page, 'Openings and closures');
    await changes.getByLabel('For').selectOption({ label: 'Residential and nursing care' });
    await changes.getByRole('button', { name: 'Add opening or closure' }).click();
    const closedYear = county().meta.baseYear + 1;
    await editCell(page, { tab: 'Capacity', grid: 'Openings and closures', row: financialYear(closedYear), column: 'Units opened (+) or closed (−)' }, '-300');

    const closed = county((s) => s.services.find((service) => service.id === 'res')!.capacity!.changes!.push({ year: closedYear, units: -300 }));
    const expected = asRows(capacityData(runModel(closed), closed).services[0].table);
    await poll(() => chartTableRows(panel)).toEqual(expected);
    expect(expected).not.toEqual(before);
    expect(errors).toEqual([]);
    await close();
  });

  it("a 30% cut over five years filled into a partner's budget marks the years it is over budget", async () => {
    const { page, errors, close } = await openCounty();
    await openInputsTab(page, 'Partners');
    const fill = page.locator('form.growth-fill').filter({ has: page.getByRole('heading', { name: 'Fill a budget', exact: true }) });
    await fill.getByLabel('Fill', { exact: true }).selectOption({ label: 'Gloucestershire County Council' });
    await fill.getByLabel('How').selectOption({ label: 'By a total change over some years' });
    await fill.getByLabel('Total change').fill('-30%');
    await fill.getByLabel('Over how many years').fill('5');
    // A budget of £160m that falls to £112m: the council's spend passes it in the fourth year.
    await fill.getByLabel('or a base of').fill('£160m');
    await fill.getByRole('button', { name: /^Fill the years after/ }).click();

    const cut = county((s) => {
      s.partners[0].budget = s.partners[0].budget!.map((_, t) => Math.round(160e6 * (1 - (0.3 * Math.min(t, 5)) / 5) * 100) / 100);
    });
    const data = partnerBudgetsData(runModel(cut), cut);
    const council = data.partners[0];
    expect(council.verdict).toMatch(/^Over budget in 2012\/13–2025\/26/);
    const panel = chartPanel(page, "Partners' spend against their budgets");
    await poll(() => panel.locator('.chart-verdict').first().innerText()).toBe(`${council.verdict}.`);
    await showChartAsTable(panel);
    await poll(() => chartTableRows(panel)).toEqual(asRows(data.table));
    expect(errors).toEqual([]);
    await close();
  });

  it('switching the projection in Details changes the headline, and the projections view marks the one chosen', async () => {
    const { page, errors, close } = await openCounty();
    const panel = chartPanel(page, 'Under each population projection');
    await expect(panel.locator('.chart-verdict').first().innerText()).resolves.toContain('The scenario runs on this one');
    const before = await headlineText(page);

    await openInputsTab(page, 'Details');
    await page.getByLabel('Population projection', { exact: true }).selectOption({ label: 'Variant "high"' });
    const high = county((s) => {
      s.meta.populationVariant = 'high';
    });
    const results = runModel(high);
    await poll(() => headlineText(page)).toContain(formatPoundsShort(results.summary.npv));
    expect(await headlineText(page)).not.toBe(before);
    const data = variantsData(results, high)!;
    // The projection chosen carries the mark after its sentence.
    await poll(() => panel.locator('.chart-verdict').allInnerTexts()).toEqual(data.projections.map((p) => `${p.verdict}.${p.chosen ? ' The scenario runs on this one.' : ''}`));
    expect(data.projections.find((p) => p.chosen)?.id).toBe('high');
    await showChartAsTable(panel);
    const rows = await chartTableRows(panel);
    expect(rows).toEqual(asRows(data.table));
    expect(rows.find((row) => row[0].includes(CHOSEN_MARK))?.[0]).toMatch(/^High/i);
    expect(errors).toEqual([]);
    await close();
  });
});
