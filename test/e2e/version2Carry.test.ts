// Version 2 carried through (issue 12): a payback that is later lost is
// worded as such in the headline and on the board view (MODEL.md §6), with
// the scenario opened through the app's file input as a user would.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePayback, runModel } from '../../src/model';
import { lostPaybackFile, validScenario } from '../model/analysis/uncertaintyFixtures';
import { headlineText, poll, waitForResults } from './appPage';
import { appUrl, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The app with the file pickers taken away, so Open uses the file input. */
async function openApp(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await context.addInitScript(() => {
    for (const picker of ['showSaveFilePicker', 'showOpenFilePicker']) Object.defineProperty(window, picker, { value: undefined, configurable: true });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl());
  await waitForResults(page);
  return { page, errors };
}

describe('a payback that is later lost', () => {
  it('is worded as such in the headline and on the board view, never as a payback year', async () => {
    const file = { ...lostPaybackFile(), meta: { ...lostPaybackFile().meta, name: 'Breaks even, then falls back' } };
    const results = runModel(validScenario(file));
    const words = describePayback(results.summary, results.years);
    expect(words.headline).toMatch(/^Breaks even in \d{4}\/\d{2}, back in deficit from \d{4}\/\d{2}$/);

    const { page, errors } = await openApp();
    await page
      .locator('input[type="file"][aria-label="Open a scenario file"]')
      .setInputFiles({ name: 'falls-back.upstream.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await poll(() => page.locator('h1').innerText()).toContain('Breaks even, then falls back');
    await poll(() => headlineText(page)).toContain(words.headline);
    expect(await headlineText(page)).not.toMatch(/Pays back in/);

    await page.getByRole('button', { name: 'Board view' }).click();
    const board = page.getByRole('dialog');
    await poll(() => board.locator('.headline').innerText()).toContain(words.headline);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
