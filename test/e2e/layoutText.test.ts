// Long and strange text never breaks the layout: a 200-character partner
// name and a 10,000-character service name typed in the grids leave the page
// no wider than the window, and a right-to-left override in a name does not
// reverse the text after it in the compare view.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInputsTab, RESULTS_TIMEOUT_MS, selectCell, waitForResults, type CellAddress } from './appPage';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types a long text into a cell at once (as a paste would), opening its editor with Enter. */
async function putText(page: Page, cell: CellAddress, text: string): Promise<void> {
  await selectCell(page, cell);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** How far the page reaches past the window, and the widest things that do. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll('body *')]
      // Its box, or text spilling out of it.
      .filter((element) => element.getBoundingClientRect().left + Math.max(element.scrollWidth, element.getBoundingClientRect().width) > width + 1)
      .filter((element) => getComputedStyle(element).overflowX === 'visible')
      .slice(-8)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, past };
  });

/** No spaces: the worst case, a text with nowhere to break. */
const PARTNER_NAME = 'Gloucestershire'.repeat(14).slice(0, 200);
const SERVICE_NAME = 'Reablement'.repeat(1000);

describe('long and strange text', () => {
  it('a 200-character partner name and a 10,000-character service name keep the page within the window', async () => {
    const { page } = await openApp(browser);
    await waitForResults(page);
    await putText(page, { tab: 'Partners', grid: 'Partners and the pooled budget', row: 'NHS Gloucestershire', column: 'Name' }, PARTNER_NAME);
    await page.waitForTimeout(1000);
    const withPartner = await overflow(page);
    expect(withPartner.scrollWidth, `wider than the window: ${withPartner.past.join(', ')}`).toBeLessThanOrEqual(withPartner.width);
    await page.getByRole('button', { name: 'Board view' }).click();
    await page.waitForTimeout(1000);
    const board = await overflow(page);
    expect(board.scrollWidth, `board view wider than the window: ${board.past.join(', ')}`).toBeLessThanOrEqual(board.width);
    await page.keyboard.press('Escape');
    await putText(page, { tab: 'Services', grid: 'Services', row: 'Home care', column: 'Name' }, SERVICE_NAME);
    await page.locator('.problems-banner').waitFor({ timeout: RESULTS_TIMEOUT_MS });
    await page.waitForTimeout(500);
    const measured = await overflow(page);
    expect(measured.scrollWidth, `wider than the window: ${measured.past.join(', ')}`).toBeLessThanOrEqual(measured.width);
    await page.context().close();
  });
});

const COUNTY = "Gloucestershire-shaped county: older people's services 2008/09 to 2025/26";
/** U+202E RIGHT-TO-LEFT OVERRIDE: without isolation it reverses everything after it on the line. */
const OVERRIDDEN_NAME = 'North \u202Eabc';

/**
 * Whether `text` inside the element reads left to right as drawn: each
 * character starts right of the one before, or on a lower line.
 */
function readsLeftToRight(element: Locator, text: string): Promise<boolean> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = (node.textContent ?? '').indexOf(wanted);
      if (start < 0) continue;
      const boxes = Array.from({ length: wanted.length }, (_, i) => {
        const range = document.createRange();
        range.setStart(node, start + i);
        range.setEnd(node, start + i + 1);
        return range.getBoundingClientRect();
      }).filter((box) => box.width > 0);
      return boxes.every((box, i) => i === 0 || box.top > boxes[i - 1].bottom - 2 || box.left > boxes[i - 1].left);
    }
    throw new Error(`No text "${wanted}" in the element`);
  }, text);
}

describe('right-to-left marks in names', () => {
  it('a right-to-left override in a name does not reverse the text after it in the compare view', async () => {
    const { page } = await openApp(browser);
    await waitForResults(page);
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    const library = page.getByRole('dialog', { name: 'Scenario library' });
    await library.getByRole('button', { name: 'Save the scenario on screen to the library' }).click();
    await library.getByRole('checkbox', { name: `Compare “${COUNTY}”` }).waitFor();
    await page.keyboard.press('Escape');

    await openInputsTab(page, 'Details');
    const nameField = page.getByLabel('Scenario name');
    await nameField.fill(OVERRIDDEN_NAME);
    await nameField.press('Enter');

    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await library.getByRole('checkbox', { name: /^Compare the scenario on screen/ }).check();
    await library.getByRole('checkbox', { name: `Compare “${COUNTY}”` }).check();
    await library.getByRole('button', { name: 'Compare side by side' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare scenarios' });
    await compare.locator('.compare-table').waitFor({ timeout: RESULTS_TIMEOUT_MS });

    // The subtitle names both, the overridden one first; the note under its column follows its name.
    expect(await readsLeftToRight(compare.locator('.dialog__subtitle'), 'Gloucestershire-shaped')).toBe(true);
    expect(await readsLeftToRight(compare.locator('.compare-table thead th').first(), 'On screen now')).toBe(true);
    await page.context().close();
  });
});
