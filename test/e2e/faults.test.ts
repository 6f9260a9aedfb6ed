// Faults shown as faults, in real Chromium: when the model worker hangs,
// throws or dies, the results on screen are marked as from before the fault
// until a run succeeds; a tab that dies while running the restored draft
// opens next time with the model paused. The faults come from the fault
// drill (src/ui/model/faultDrill.ts), which only this localStorage flag turns on.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInputsTab, poll, RESULTS_TIMEOUT_MS, waitForResults } from './appPage';
import { appUrl, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function drillContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await context.addInitScript(() => localStorage.setItem('upstream.faultDrill', 'on'));
  return context;
}

async function openDrill(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(appUrl());
  await waitForResults(page);
  return page;
}

/** Renames the scenario on the Details tab: the drill misbehaves on the names hang, throw and die. */
async function rename(page: Page, name: string): Promise<void> {
  await openInputsTab(page, 'Details');
  const field = page.getByLabel('Scenario name');
  await field.fill(name);
  await field.press('Enter');
}

/** The labels on the charts that say their figures may not match the inputs. */
const staleLabels = (page: Page) => page.locator('.outputs .stale-label').allInnerTexts();

describe('faults shown as faults', () => {
  for (const [fault, said] of [
    ['hang', 'stopped answering'],
    ['throw', 'failed'],
    ['die', 'stopped answering'],
  ] as const) {
    it(`a model worker that ${fault === 'hang' ? 'hangs' : fault === 'throw' ? 'throws' : 'dies'} leaves the results marked until a run succeeds`, async () => {
      const context = await drillContext();
      const page = await openDrill(context);
      expect(await staleLabels(page)).toEqual([]);
      await rename(page, fault);
      await poll(() => page.getByRole('alert').filter({ hasText: 'The model' }).innerText()).toMatch(`The model ${said} and was restarted.`);
      await poll(() => staleLabels(page)).toContain('From before the model failed');
      // Still marked after the restarted worker tried the same draft again.
      await page.waitForTimeout(500);
      expect(await staleLabels(page)).toContain('From before the model failed');

      await rename(page, 'Fixed');
      await poll(() => staleLabels(page)).toEqual([]);
      await context.close();
    });
  }

  it('a tab that died while running the restored draft opens with the model paused, and the draft can be discarded into the library', async () => {
    const context = await drillContext();
    const page = await openDrill(context);
    await rename(page, 'hang');
    // The tab dies mid-run, as one does when a worker runs out of memory.
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    // The answer never comes: the renderer is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;

    const next = await context.newPage();
    await next.goto(appUrl());
    const paused = next.getByRole('alert', { name: 'The model is paused' });
    await paused.waitFor({ timeout: RESULTS_TIMEOUT_MS });
    await openInputsTab(next, 'Details');
    expect(await next.getByLabel('Scenario name').inputValue()).toBe('hang');
    await next.waitForTimeout(500);
    expect(await next.locator('.outputs .headline__tiles').count()).toBe(0);

    await paused.getByRole('button', { name: 'Discard this draft' }).click();
    await waitForResults(next);
    await poll(() => next.getByRole('status').filter({ hasText: 'Opened the sample' }).innerText()).toMatch(/The scenario you had is in the library: “Unsaved work from \d\d:\d\d, kept before opening the sample/);
    await next.getByRole('button', { name: 'Library', exact: true }).click();
    await poll(() => next.locator('.library-row__kept').allInnerTexts()).toEqual([expect.stringMatching(/^Unsaved work from \d\d:\d\d, kept before opening the sample/)]);
    await context.close();
  });
});
