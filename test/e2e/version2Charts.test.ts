// The version 2 charts in the app, in real Chromium: the whole-system map,
// people by setting and the balance-of-care indicators are each in the chart
// index, their table views hold the engine's figures (the county sample run
// in Node), and screenshots at 1440×900 for people to judge.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatPounds } from '../../src/format/money';
import { readScenarioText } from '../../src/model/file/scenarioFile';
import { runModel } from '../../src/model/kernel/results';
import { chartPanel, chartTableRows, openInputsTab, showChartAsTable, waitForResults } from './appPage';
import { launchBrowser, openApp } from './browser';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const read = readScenarioText(readFileSync(new URL('../../samples/county.upstream.json', import.meta.url), 'utf8'));
if (!read.ok) throw new Error('The county sample does not read');
const county = read.scenario;
const results = runModel(county);
const H = results.years.length - 1;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser));
  await waitForResults(page);
  // The Details tab's long notes make the page itself scroll at 1440×900; the grids keep it still, as people work.
  await openInputsTab(page, 'Services');
});
afterAll(async () => {
  await browser?.close();
});

/** Chooses the chart in the chart index, which scrolls it into view, and returns its panel. */
async function chooseChart(indexName: string, title: string) {
  await page.getByRole('navigation', { name: 'Charts' }).getByRole('button', { name: indexName, exact: true }).click();
  const panel = chartPanel(page, title);
  await panel.waitFor();
  return panel;
}

/**
 * The page as people see it at 1440×900, and the chart whole: at 1440×900 the
 * charts scroll under the headline, so the chart alone is taken on a taller page.
 */
async function screenshot(panel: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(500);
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname });
  await page.setViewportSize({ width: 1440, height: 2200 });
  await page.waitForTimeout(500);
  await panel.screenshot({ path: new URL(`${name}-chart.png`, SCREENSHOTS).pathname });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Save as PNG gives a picture of the chart, kept beside the screenshots. */
async function expectPng(panel: Locator, name: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /^Save as PNG/ }).click()]);
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.byteLength).toBeGreaterThan(10_000);
  writeFileSync(new URL(`${name}-saved.png`, SCREENSHOTS), png);
}

describe('the version 2 charts', () => {
  it('shows the whole-system map: a level × setting grid, its table in the engine’s figures, the note on counting twice', async () => {
    const panel = await chooseChart('Whole-system map', 'Whole-system map: people served by level and setting');
    const grid = panel.locator('.people-map table');
    await expect(grid.locator('thead th').allInnerTexts()).resolves.toEqual(['Level', 'At home', 'Sheltered housing', 'Extra care housing', 'Residential care', 'Hospital']);
    const extraCare = results.scenario.byService.extracare.people[H];
    // Level 4, extra care: after the labels' column, at home and sheltered housing.
    await expect(grid.locator('tbody tr').nth(3).locator('td').nth(3).textContent()).resolves.toContain(`Scenario, 2025/26: ${formatCount(extraCare)}`);
    await expect(panel.innerText()).resolves.toContain('A person who uses two services counts in both.');
    await screenshot(panel, 'whole-system-map');
    await expectPng(panel, 'whole-system-map');

    await showChartAsTable(panel);
    const rows = await chartTableRows(panel);
    const residential = rows.find((row) => row[0] === 'Level 5 Hospital and care homes, Residential care')!;
    const res = { baseline: results.baseline.byService.res, scenario: results.scenario.byService.res };
    expect(residential.slice(1)).toEqual([
      ...[res.baseline.people[0], res.baseline.people[H], res.scenario.people[H]].map(formatCount),
      ...[res.baseline.spend[0], res.baseline.spend[H], res.scenario.spend[H]].map(formatPounds),
    ]);
    expect(rows.at(-1)).toEqual([
      'All levels and settings',
      ...[0, H].map((t) => formatCount(sum(results.baseline.peopleByLevel.map((level) => level[t])))),
      formatCount(sum(results.scenario.peopleByLevel.map((level) => level[H]))),
      ...[results.baseline.total[0], results.baseline.total[H], results.scenario.total[H]].map(formatPounds),
    ]);
    expect(errors).toEqual([]);
  });

  it('shows people by setting over time: a small chart a setting, its table in the engine’s figures', async () => {
    const panel = await chooseChart('People by setting', 'People served by setting: baseline and scenario');
    await expect(panel.locator('.multiple__name').allInnerTexts()).resolves.toEqual(['At home', 'Sheltered housing', 'Extra care housing', 'Residential care', 'Hospital']);
    await expect(panel.locator('canvas').count()).resolves.toBe(5);
    await screenshot(panel, 'people-by-setting');
    await expectPng(panel, 'people-by-setting');

    await showChartAsTable(panel);
    const rows = await chartTableRows(panel);
    expect(rows[0]).toEqual(['Year', 'At home', 'Sheltered housing', 'Extra care housing', 'Residential care', 'Hospital']);
    const settings = ['home', 'sheltered', 'extraCare', 'residential', 'hospital'] as const;
    expect(rows[1]).toEqual(['2008/09 baseline', ...settings.map((id) => formatCount(results.baseline.peopleBySetting[id]![0]))]);
    expect(rows.at(-1)).toEqual(['2025/26 scenario', ...settings.map((id) => formatCount(results.scenario.peopleBySetting[id]![H]))]);
    expect(errors).toEqual([]);
  });

  it('shows the balance-of-care indicators over time, its table in the engine’s figures', async () => {
    const panel = await chooseChart('Balance of care', 'Balance of care: where older people are supported');
    await expect(panel.locator('canvas').count()).resolves.toBe(3);
    await screenshot(panel, 'balance-of-care');
    await expectPng(panel, 'balance-of-care');

    await showChartAsTable(panel);
    const rows = await chartTableRows(panel);
    const { baseline, scenario } = results.summary.indicators;
    expect(rows.at(-1)).toEqual([
      '2025/26',
      formatCount(baseline.olderPeople[H]),
      baseline.careHomePer1000[H].toFixed(1),
      scenario.careHomePer1000[H].toFixed(1),
      ...[baseline.supportedAtHomeShare[H], scenario.supportedAtHomeShare[H], baseline.peopleUpstreamShare[H], scenario.peopleUpstreamShare[H]].map((share) => formatPercent(share!)),
    ]);
    expect(errors).toEqual([]);
  });
});
