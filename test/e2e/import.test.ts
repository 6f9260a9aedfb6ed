// Importing population and services in the built app, in Chromium: the
// workbook Upstream exports comes back in as the same population and
// services; a file with a wrong cell is refused by row and column and
// changes nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText } from '../../src/files/csv';
import { WORKBOOK_TYPE, scenarioWorkbookBytes } from '../../src/files/workbook';
import { runModel } from '../../src/model/kernel/results';
import type { Scenario } from '../../src/model/file/schema';
import { launchBrowser, openApp } from './browser';
import { countySample, libraryEntries, SCREENSHOTS_DIR, waitForFirstResults } from './libraryPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const county = countySample();

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import population and services' });
const header = (page: Page) => page.getByRole('navigation', { name: 'Scenario' });
const undoButton = (page: Page) => header(page).getByRole('button', { name: 'Undo', exact: true });

async function workbookFile(scenario: Scenario, name: string) {
  return { name, mimeType: WORKBOOK_TYPE, buffer: Buffer.from(await scenarioWorkbookBytes(scenario, runModel(scenario))) };
}

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await header(page).getByRole('button', { name: 'Import…' }).click();
  await importDialog(page).getByLabel('File to import').setInputFiles(file);
}

/** The scenario on screen, as the library saves it (checked whole by the model's worker). */
async function scenarioOnScreen(page: Page): Promise<Scenario> {
  await header(page).getByRole('button', { name: 'Library', exact: true }).click();
  const library = page.getByRole('dialog', { name: 'Scenario library' });
  const before = (await libraryEntries(page)).length;
  await library.getByRole('button', { name: 'Save the scenario on screen to the library' }).click();
  const replace = library.getByRole('button', { name: 'Keep both' });
  await expect.poll(async () => (await replace.count()) > 0 || (await libraryEntries(page)).length > before).toBe(true);
  if ((await replace.count()) > 0) await replace.click();
  await expect.poll(async () => (await libraryEntries(page)).length).toBe(before + 1);
  await page.keyboard.press('Escape');
  const newest = (await libraryEntries(page)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return newest.scenario;
}

describe('importing population and services', () => {
  it('brings an exported workbook back in as the same population and services, as one step of Undo', async () => {
    const { page, errors } = await openApp(browser);
    await waitForFirstResults(page);

    // The county as exported changes nothing.
    await chooseFile(page, await workbookFile(county, 'county.xlsx'));
    const dialog = importDialog(page);
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 }).toBe(
      'county.xlsx holds the same figures as the scenario on screen: importing it would change nothing.',
    );
    expect(await dialog.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // A revised county: more people aged 85+, a dearer care home place, a new service.
    const revised = structuredClone(county);
    revised.ageBands[2].population = revised.ageBands[2].population.map((people) => Math.round(people * 1.05));
    revised.services[0].unitCost = 27_500;
    revised.services.push({ ...revised.services[10], id: 'carers', name: "Carers' breaks", level: 2, unitCost: 900, baselineUsers: { '75-84': 400, '85+': 300 } });
    await chooseFile(page, await workbookFile(revised, 'county revised.xlsx'));
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 }).toBe(
      'From county revised.xlsx: population for 3 age bands over 18 years, 18 figures change; 12 services: 1 added, 1 changed, 0 removed; capacity for 2 services; budgets for 2 partners. Press Apply to use these figures.',
    );
    const population = dialog.getByRole('region', { name: 'Population after the import' });
    expect(await population.locator('td.import-table__changed').count()).toBe(18);
    const services = dialog.getByRole('region', { name: 'Services after the import' });
    expect(await services.getByRole('row').filter({ hasText: "Carers' breaks" }).getByRole('cell').last().textContent()).toBe('Added');
    await dialog.screenshot({ path: `${SCREENSHOTS_DIR}import-preview.png` });
    expect(await undoButton(page).isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await undoButton(page).isDisabled()).toBe(false);
    const imported = await scenarioOnScreen(page);
    expect(imported.ageBands).toEqual(revised.ageBands);
    expect(imported.services).toEqual(revised.services);
    expect({ ...imported, ageBands: null, services: null }).toEqual({ ...county, ageBands: null, services: null });

    // One Undo takes the whole import back.
    await undoButton(page).click();
    expect(await undoButton(page).isDisabled()).toBe(true);
    const undone = await scenarioOnScreen(page);
    expect(undone.ageBands).toEqual(county.ageBands);
    expect(undone.services).toEqual(county.services);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists every wrong cell of a CSV by row and column before anything changes, and Cancel changes nothing', async () => {
    const { page, errors } = await openApp(browser);
    await waitForFirstResults(page);
    const bands = county.ageBands.map((band) => band.id);
    const rows = [
      ['Id', 'Name', 'Level', 'Funder', 'Unit', 'Unit cost', ...bands],
      ...county.services.map((s) => [s.id, s.name, s.level, s.funder, s.unit, s.unitCost, ...bands.map((band) => s.baselineUsers[band] ?? null)]),
    ];
    rows[3][5] = 'about 7k';
    rows[5][2] = 6;
    await chooseFile(page, { name: 'services.csv', mimeType: 'text/csv', buffer: Buffer.from(csvText(rows)) });
    const dialog = importDialog(page);
    const problems = dialog.getByRole('alert');
    await expect.poll(() => problems.getByRole('listitem').allTextContents(), { timeout: 15_000 }).toEqual([
      'Services row 4, column Unit cost: must be a unit cost in £ from 0 to £1,000,000,000, got the text "about 7k"',
      'Services row 6, column Level: must be a whole number from 1 to 5, got 6',
    ]);
    expect(await problems.textContent()).toContain('2 problems in services.csv. Nothing has been changed.');
    expect(await dialog.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await undoButton(page).isDisabled()).toBe(true);
    const after = await scenarioOnScreen(page);
    expect(after.services).toEqual(county.services);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
