// Uncertainty in real Chromium (issue 5) on the county sample: a range given
// to the selected deflection rate, a Monte Carlo run and its fan chart, and a
// long run cancelled while the app keeps answering edits.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { financialYear } from '../../src/model/financialYear';
import {
  chartPanel,
  chartTableRows,
  editCell,
  gridSection,
  headlineText,
  openOutputsTab,
  poll,
  selectCell,
  showChartAsTable,
  waitForResults,
  type CellAddress,
} from './appPage';
import { launchBrowser, openApp } from './browser';

const REABLEMENT = 'Reablement for everyone who can benefit, free for six weeks';
const REABLEMENT_RATE: CellAddress = {
  tab: 'Investments',
  grid: 'Demand each investment avoids (deflections)',
  row: REABLEMENT,
  column: 'Units avoided per unit bought',
};
/** The county sample's own label for the range it gives that rate (one of its four ranges). */
const SAMPLE_RANGE_LABEL = 'Home care hours avoided per extra reablement episode (104 to 312)';
const CARE_HOME_COST: CellAddress = { tab: 'Services', grid: 'Services', row: 'Residential and nursing care', column: 'Unit cost £' };

/** "£1,234,567" or "-£12" as a number. */
function pounds(text: string): number {
  const value = Number(text.replace(/[£,]/g, ''));
  if (!Number.isFinite(value)) throw new Error(`"${text}" is not an amount in pounds`);
  return value;
}

/** The ranges table's rows: each input's name and its low and high fields. */
function rangeRows(analysis: Locator): Locator {
  return analysis.locator('table.ranges-table tbody tr');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('gives the selected deflection rate a range, runs Monte Carlo to a fan chart, and cancels a long run while edits still work', async () => {
  const { page, errors } = await openApp(browser);
  await waitForResults(page);
  const analysis = page.getByRole('region', { name: 'Uncertainty, sensitivity and goal seek' });
  const addRange = analysis.getByRole('button', { name: 'Add a range for the selected input' });

  // The sample already gives this rate a range: take it away, so the rate can be given one afresh.
  await openOutputsTab(page, 'Uncertainty and goal seek');
  const rangesAtStart = 4;
  await poll(() => rangeRows(analysis).count()).toBe(rangesAtStart);
  await analysis.getByRole('button', { name: `Remove the range for ${SAMPLE_RANGE_LABEL}` }).click();
  await poll(() => rangeRows(analysis).count()).toBe(rangesAtStart - 1);

  await selectCell(page, REABLEMENT_RATE);
  // The grid marks the inputs that have a range; this one has none now.
  const rateCell = gridSection(page, REABLEMENT_RATE.grid).locator('td.current').first();
  await poll(() => rateCell.getAttribute('class')).not.toContain('upstream-ranged');
  await poll(() => addRange.isEnabled()).toBe(true);
  await addRange.click();
  await poll(() => rateCell.getAttribute('class')).toContain('upstream-ranged');

  await poll(() => rangeRows(analysis).count()).toBe(rangesAtStart);
  const added = rangeRows(analysis).last();
  await expect(added.locator('.ranges-table__path').textContent()).resolves.toBe('investments/0/deflects/0/rate');
  // ±25% around the rate of 208 hours.
  await expect(added.getByRole('textbox', { name: /^Low value for/ }).inputValue()).resolves.toBe('156');
  await expect(added.getByRole('textbox', { name: /^High value for/ }).inputValue()).resolves.toBe('260');
  await expect(addRange.isDisabled()).resolves.toBe(true);

  // Monte Carlo with the sample's settings (1,000 runs, seed 2008).
  const status = analysis.locator('.monte-carlo__status');
  await analysis.getByRole('button', { name: 'Run 1,000 runs' }).click();
  await poll(() => status.textContent()).toMatch(/^In (\d+%|less than 1%|more than 99%) of 1,000 runs the scenario pays back by 2025\/26 and stays paid back\.$/);
  // The NPV's range, and after capital too: the county builds capacity (MODEL.md §14).
  const npvLines = await analysis.locator('.monte-carlo__npv li').allTextContents();
  expect(npvLines).toEqual([
    expect.stringMatching(/^NPV of net saving: median -?£[\d.]+[km]? \(from -?£[\d.]+[km]? to -?£[\d.]+[km]? in 8 runs of 10\)$/),
    expect.stringMatching(/^NPV after capital: median /),
  ]);
  await analysis.locator('.monte-carlo__npv').screenshot({ path: new URL('./screenshots/monte-carlo-npv.png', import.meta.url).pathname });
  const fan = chartPanel(page, 'Net saving: range of outcomes');
  await expect(fan.locator('canvas').isVisible()).resolves.toBe(true);
  await showChartAsTable(fan);
  const [header, ...years] = await chartTableRows(fan);
  expect(header).toEqual(['Year', 'Low (P10)', 'Median (P50)', 'High (P90)']);
  expect(years.map((row) => row[0])).toEqual(Array.from({ length: 18 }, (_, t) => financialYear(2008 + t)));
  for (const [year, p10, p50, p90] of years) {
    expect(pounds(p10), year).toBeLessThanOrEqual(pounds(p50));
    expect(pounds(p50), year).toBeLessThanOrEqual(pounds(p90));
  }
  // The band is a band: the ranged inputs spread the later years' saving.
  const [, lastP10, , lastP90] = years[years.length - 1];
  expect(pounds(lastP90)).toBeGreaterThan(pounds(lastP10));
  // Beside it, care-home places per 1,000 older people, in places rather than pounds.
  const places = chartPanel(page, 'Care-home places per 1,000 older people: range of outcomes');
  await expect(places.locator('canvas').isVisible()).resolves.toBe(true);
  await showChartAsTable(places);
  const [, ...placeYears] = await chartTableRows(places);
  expect(placeYears).toHaveLength(18);
  for (const row of placeYears) expect(row.slice(1).every((cell) => /^\d[\d,]*\.\d$/.test(cell)), row.join(' ')).toBe(true);

  // A long run, cancelled part way.
  const runs = analysis.getByRole('textbox', { name: 'Runs' });
  await runs.fill('100,000');
  await runs.press('Tab');
  const longRun = analysis.getByRole('button', { name: 'Run 100,000 runs' });
  await poll(() => longRun.isEnabled()).toBe(true);
  await longRun.click();
  const progress = analysis.getByRole('progressbar', { name: 'Monte Carlo progress' });
  await poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
  await analysis.getByRole('button', { name: 'Cancel', exact: true }).click();
  await poll(() => status.textContent()).toMatch(/^Cancelled after [\d,]+ of 100,000 runs\. The results below are from the last finished run\.$/);
  await expect(progress.count()).resolves.toBe(0);
  await expect(longRun.isEnabled()).resolves.toBe(true);

  // Editing goes on: a unit cost still changes the results, and the fan chart says it is out of date.
  const headlineBefore = await headlineText(page);
  await editCell(page, CARE_HOME_COST, '30000');
  await poll(() => headlineText(page)).not.toBe(headlineBefore);
  await poll(() => analysis.locator('.analysis-outdated').textContent()).toBe(' The inputs have changed since: run again to update.');
  expect(errors).toEqual([]);
});
