// Version 2 in the app, in real Chromium (MODEL.md §12): the app opens with
// the forward plan, and a version 1 file opened in it is saved as version 2,
// figures unchanged.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/model/file/scenarioFile';
import { poll, RESULTS_TIMEOUT_MS, waitForResults } from './appPage';
import { appHomeUrl, launchBrowser } from './browser';

const frozenV1County = readFileSync(new URL('../model/file/frozen-v1/county.upstream.json', import.meta.url));
const forwardPlan = readScenarioText(readFileSync(new URL('../../samples/forward-plan.upstream.json', import.meta.url), 'utf8'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('version 2 in the app', () => {
  it('opens with the forward plan; a version 1 file opened then saved is written as version 2 with the same figures', async () => {
    if (!forwardPlan.ok) throw new Error('The forward plan sample does not read');
    // No file pickers, as in Firefox or Safari: Open uses the file input and Save downloads.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', acceptDownloads: true });
    await context.addInitScript(() => {
      for (const picker of ['showSaveFilePicker', 'showOpenFilePicker']) Object.defineProperty(window, picker, { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(appHomeUrl());
    await waitForResults(page);
    await expect(page.locator('h1').innerText()).resolves.toBe(forwardPlan.scenario.meta.name);

    const v1 = readScenarioText(frozenV1County.toString('utf8'));
    if (!v1.ok) throw new Error('The frozen version 1 county does not read');
    expect(JSON.parse(frozenV1County.toString('utf8')).version).toBe(1);
    await page.locator('input[type="file"][aria-label="Open a scenario file"]').setInputFiles({
      name: 'county-2010.upstream.json',
      mimeType: 'application/json',
      buffer: frozenV1County,
    });
    await poll(() => page.locator('h1').innerText()).toBe(v1.scenario.meta.name);
    await waitForResults(page);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: RESULTS_TIMEOUT_MS }), page.keyboard.press('Control+S')]);
    const savedText = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(savedText).version).toBe(2);
    const saved = readScenarioText(savedText);
    if (!saved.ok) throw new Error(`The saved file does not read: ${JSON.stringify(saved.problems)}`);
    expect(saved.migratedFrom).toBeNull();
    expect(saved.scenario).toEqual(v1.scenario);
    expect(errors).toEqual([]);
    await context.close();
  });
});
