import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { headlineText, waitForResults } from './appPage';
import { launchBrowser, openApp } from './browser';

/** The sample a first visit opens. */
const COUNTY_NAME = "Gloucestershire-shaped county: older people's services 2008/09 to 2025/26";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('loads the county sample and its results, with no console errors and no request outside its own origin', async () => {
  const { page, errors, foreignRequests } = await openApp(browser);
  await waitForResults(page);
  expect(await page.title()).toContain('Upstream');
  expect(await page.locator('h1').textContent()).toBe(COUNTY_NAME);
  expect(await headlineText(page)).toMatch(/Net present value\s+£\d[\d,.]*(m|bn|k)?/);
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
