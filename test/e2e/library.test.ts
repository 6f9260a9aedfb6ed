// The scenario library and the compare view in the built app, in Chromium:
// save the scenario on screen, duplicate, rename, delete and undo, open (an
// undoable replace), start a new one, and compare scenarios side by side.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText, editCell, poll } from './appPage';
import { launchBrowser, openApp } from './browser';
import { blankScenario } from '../../src/ui/library/newScenario';
import { countySample, libraryEntries, SCREENSHOTS_DIR, seedLibrary, waitForFirstResults } from './libraryPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const county = countySample();
const COUNTY = county.meta.name;
const REABLEMENT = county.investments[0].name;
const LAST_CHANGED = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}, \d\d:\d\d$/;

const header = (page: Page) => page.getByRole('navigation', { name: 'Scenario' });
const libraryDialog = (page: Page) => page.getByRole('dialog', { name: 'Scenario library' });
const row = (page: Page, name: string) => libraryDialog(page).locator('tbody tr[data-entry]').filter({ has: page.getByText(name, { exact: true }) });
const savedNames = async (page: Page) => (await libraryEntries(page)).map((entry) => entry.scenario.meta.name).sort();

async function openLibrary(page: Page): Promise<void> {
  await header(page).getByRole('button', { name: 'Library', exact: true }).click();
  await libraryDialog(page).waitFor();
}

describe('the scenario library', () => {
  it('saves the scenario on screen, duplicates, renames, deletes and brings it back with Undo', async () => {
    const { page, errors } = await openApp(browser);
    await waitForFirstResults(page);
    await openLibrary(page);
    const dialog = libraryDialog(page);
    await expect.poll(() => dialog.getByText('Nothing is saved in the library yet.').isVisible()).toBe(true);

    await dialog.getByRole('button', { name: 'Save the scenario on screen to the library' }).click();
    await row(page, COUNTY).waitFor();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Saved “${COUNTY}” in the library.`);
    expect(await row(page, COUNTY).locator('.library-row__when').textContent()).toMatch(LAST_CHANGED);
    expect(await savedNames(page)).toEqual([COUNTY]);

    // Saving again under the same name asks before replacing.
    await dialog.getByRole('button', { name: 'Save the scenario on screen to the library' }).click();
    await dialog.getByRole('group', { name: 'A scenario with this name is already saved' }).getByRole('button', { name: 'Replace it' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Replaced “${COUNTY}” in the library.`);
    expect(await savedNames(page)).toEqual([COUNTY]);

    await dialog.getByRole('button', { name: `Duplicate “${COUNTY}”` }).click();
    await row(page, `${COUNTY} (copy)`).waitFor();

    await dialog.getByRole('button', { name: `Rename “${COUNTY} (copy)”` }).click();
    const nameBox = dialog.getByRole('textbox', { name: `New name for “${COUNTY} (copy)”` });
    expect(await nameBox.evaluate((box) => box === document.activeElement)).toBe(true);
    await nameBox.fill('');
    await nameBox.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toBe('The name must be text of 1 to 200 characters, got the text ""');
    // Escape leaves the rename, not the library.
    await nameBox.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    expect(await nameBox.count()).toBe(0);

    await dialog.getByRole('button', { name: `Rename “${COUNTY} (copy)”` }).click();
    await nameBox.fill('County with more reablement');
    await nameBox.press('Enter');
    await row(page, 'County with more reablement').waitFor();
    expect(await savedNames(page)).toEqual(['County with more reablement', COUNTY]);

    await dialog.getByRole('button', { name: 'Delete “County with more reablement”' }).click();
    await expect.poll(() => row(page, 'County with more reablement').count()).toBe(0);
    expect(await savedNames(page)).toEqual([COUNTY]);
    const undo = dialog.getByRole('status').getByRole('button', { name: 'Undo' });
    expect(await undo.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await row(page, 'County with more reablement').waitFor();
    expect(await savedNames(page)).toEqual(['County with more reablement', COUNTY]);
    const restored = (await libraryEntries(page)).find((entry) => entry.scenario.meta.name === 'County with more reablement');
    expect(restored?.scenario.services).toEqual(county.services);

    await dialog.screenshot({ path: `${SCREENSHOTS_DIR}library.png` });

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Library');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts a blank scenario or a sample and opens a saved one, each undoable', async () => {
    const { page, errors } = await openApp(browser);
    await waitForFirstResults(page);
    await seedLibrary(page, [{ ...county, meta: { ...county.meta, name: 'County plan B' } }]);
    const title = page.locator('h1');
    const undo = header(page).getByRole('button', { name: 'Undo', exact: true });
    expect(await undo.isDisabled()).toBe(true);

    await openLibrary(page);
    await libraryDialog(page).getByRole('combobox', { name: 'Start a new scenario from' }).selectOption({ label: 'A blank scenario (one age band, one service)' });
    await libraryDialog(page).getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => libraryDialog(page).count()).toBe(0);
    expect(await title.textContent()).toBe('New scenario');
    // The blank scenario is valid at once: the model gives it results.
    await expect.poll(() => page.locator('.outputs .headline-tile__value').first().textContent()).toBe('£0');
    expect(await page.locator('.problems-banner').count()).toBe(0);

    await openLibrary(page);
    const newFrom = libraryDialog(page).getByRole('combobox', { name: 'Start a new scenario from' });
    // A blank scenario and the four samples.
    await expect.poll(() => newFrom.getByRole('option').count()).toBe(5);
    await newFrom.selectOption({ label: 'Sample: Victoria locality, Westminster: a small locality shifting care upstream' });
    await libraryDialog(page).getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => title.textContent()).toBe('Victoria locality, Westminster: a small locality shifting care upstream');

    await openLibrary(page);
    await libraryDialog(page).getByRole('button', { name: 'Open “County plan B”' }).click();
    await expect.poll(() => title.textContent()).toBe('County plan B');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opened “County plan B” from the library.' }).count()).toBe(1);

    await undo.click();
    expect(await title.textContent()).toBe('Victoria locality, Westminster: a small locality shifting care upstream');
    await undo.click();
    expect(await title.textContent()).toBe('New scenario');
    await undo.click();
    expect(await title.textContent()).toBe(COUNTY);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says in plain words why a stored entry cannot be opened, and changes nothing', async () => {
    const { page } = await openApp(browser);
    await waitForFirstResults(page);
    const blank = blankScenario(new Date());
    await seedLibrary(page, [{ ...blank, meta: { ...blank.meta, name: 'Broken' }, services: [{ ...blank.services[0], funder: 'nobody' }] }]);
    await openLibrary(page);
    // The stored entry is checked like a file when opened.
    await libraryDialog(page).getByRole('button', { name: 'Open “Broken”' }).click();
    await expect.poll(() => libraryDialog(page).getByRole('alert').textContent()).toContain('This library entry is not a scenario Upstream can open.');
    expect(await libraryDialog(page).getByRole('alert').textContent()).toContain('services/0/funder: names a partner "nobody"');
    expect(await page.locator('h1').textContent()).toBe(COUNTY);
    await page.context().close();
  });
});

describe('comparing scenarios', () => {
  it('shows the headline figures, same-scale level charts and the inputs that differ, for two to four scenarios', async () => {
    const { page, errors } = await openApp(browser);
    await waitForFirstResults(page);
    const more = structuredClone(county);
    more.meta.name = 'County, reablement at £4.5m';
    more.investments[0].amount = 4_500_000;
    const renamed = (name: string) => ({ ...county, meta: { ...county.meta, name } });
    await seedLibrary(page, [renamed('Spare one'), renamed('Spare two'), county, more]);
    await openLibrary(page);
    const dialog = libraryDialog(page);
    const compareButton = dialog.getByRole('button', { name: 'Compare side by side' });
    expect(await compareButton.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: `Compare “${COUNTY}”` }).check();
    await dialog.getByRole('checkbox', { name: 'Compare “County, reablement at £4.5m”' }).check();
    await compareButton.click();

    const compare = page.getByRole('dialog', { name: 'Compare scenarios' });
    const table = compare.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      expect.stringContaining(COUNTY),
      expect.stringContaining('County, reablement at £4.5m'),
      expect.stringMatching(/^Difference/),
    ]);
    const figures = [
      'Net present value',
      'Payback year',
      'Upstream share, now → horizon',
      'Net saving at the horizon',
      'People served at Levels 1 to 3, share at the horizon',
      'Care-home places per 1,000 older people at the horizon',
      'Capital for new capacity, all years',
      'Net present value after capital',
    ];
    for (const figure of figures) {
      const cells = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: figure, exact: true }) }).getByRole('cell');
      expect(await cells.count(), figure).toBe(3);
      const [first, second, difference] = await cells.allTextContents();
      expect(first, figure).not.toBe('');
      expect(difference, figure).not.toBe('');
      if (figure === 'Net present value') {
        expect(first).not.toBe(second);
        expect(difference).toMatch(/^[+−]£/);
      }
    }
    // Each scenario's savings added up, one line each, on one chart.
    await expect(compare.getByRole('heading', { name: 'Cumulative net saving' }).count()).resolves.toBe(1);
    expect(await compare.getByRole('group', { name: /^Spend by level: / }).locator('canvas').count()).toBe(2);
    const differences = compare.getByRole('region', { name: 'How “County, reablement at £4.5m” differs' });
    expect(await differences.getByRole('listitem').allTextContents()).toEqual([`${REABLEMENT}: amount a year: £3,000,000 → £4,500,000`]);
    await compare.screenshot({ path: `${SCREENSHOTS_DIR}compare.png` });
    await differences.scrollIntoViewIfNeeded();
    await compare.screenshot({ path: `${SCREENSHOTS_DIR}compare-inputs.png` });

    // Escape closes the comparison only; the library and its choices are still there.
    await page.keyboard.press('Escape');
    await expect.poll(() => compare.count()).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    expect(await compareButton.evaluate((button) => button === document.activeElement)).toBe(true);

    // The scenario on screen can be one of them, and four is the most.
    await dialog.getByRole('checkbox', { name: /^Compare the scenario on screen/ }).check();
    await dialog.getByRole('checkbox', { name: 'Compare “Spare one”' }).check();
    expect(await dialog.getByRole('checkbox', { name: 'Compare “Spare two”' }).isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Compare “Spare one”' }).uncheck();
    await compareButton.click();
    await compare.getByRole('table').waitFor();
    // Three scenarios, and two differences from the first.
    expect(await compare.getByRole('table').getByRole('columnheader').count()).toBe(5);
    expect(await compare.getByRole('region', { name: `How “${COUNTY}” differs` }).textContent()).toContain('No inputs differ');
    expect(await compare.getByRole('group', { name: /^Spend by level: / }).locator('canvas').count()).toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opening a sample over unsaved work keeps that work in the library, where it is found after a reload', async () => {
    const { page, errors } = await openApp(browser);
    await waitForFirstResults(page);
    const homeCare = { tab: 'Services', grid: 'Services', row: 'Home care', column: 'Unit cost £' };
    await editCell(page, homeCare, '12345');
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Open a sample/ }).click();
    const other = page.getByRole('dialog', { name: 'Open a sample' }).locator('.files-samples__choice').filter({ hasNotText: COUNTY }).first();
    const otherName = (await other.locator('.files-samples__name').innerText()).trim();
    await other.click();
    await poll(() => page.locator('h1').innerText()).toBe(otherName);
    const kept = new RegExp(`^Unsaved work from \\d\\d:\\d\\d, kept before opening the sample “${otherName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”$`);
    await poll(() => page.getByRole('status').filter({ hasText: 'The scenario you had is in the library' }).count()).toBe(1);

    await page.reload();
    await waitForFirstResults(page);
    await openLibrary(page);
    const keptRow = libraryDialog(page).locator('tbody tr[data-entry]').filter({ has: page.locator('.library-row__kept') });
    await keptRow.waitFor();
    expect(await keptRow.locator('.library-row__kept').innerText()).toMatch(kept);
    expect(await keptRow.locator('.library-row__title').innerText()).toBe(COUNTY);
    await keptRow.getByRole('button', { name: /^Open/ }).click();
    await poll(() => page.locator('h1').innerText()).toBe(COUNTY);
    expect(await cellText(page, homeCare)).toBe('£12,345');
    expect(errors).toEqual([]);
  });
});
