// Version 2 carried through (issue 12): a payback that is later lost is
// worded as such in the headline and on the board view (MODEL.md §6), with
// the scenario opened through the app's file input (as Open does where the
// browser has no file pickers).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePayback, runModel } from '../../src/model';
import { lostPaybackFile, validScenario } from '../model/analysis/uncertaintyFixtures';
import { headlineText, poll, waitForResults } from './appPage';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a payback that is later lost', () => {
  it('is worded as such in the headline and on the board view, never as a payback year', async () => {
    const file = { ...lostPaybackFile(), meta: { ...lostPaybackFile().meta, name: 'Breaks even, then falls back' } };
    const results = runModel(validScenario(file));
    const words = describePayback(results.summary, results.years);
    expect(words.headline).toMatch(/^Breaks even in \d{4}\/\d{2}, back in deficit from \d{4}\/\d{2}$/);

    const { page, errors } = await openApp(browser);
    await waitForResults(page);
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
