import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('loads with no console errors and no request outside its own origin', async () => {
  const { page, errors, foreignRequests } = await openApp(browser);
  await expect(page.locator('h1')).toBeDefined();
  await page.waitForSelector('h1');
  expect(await page.title()).toContain('Upstream');
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
