// Issue 4 in the app, in real Chromium: Save and Open round-trip a scenario;
// every kind of bad file is refused with all its problems and changes
// nothing; an invalid draft is not saved; samples, drag and drop, the File
// menu's keyboard; the exports (results JSON and CSV, the workbook with
// exceljs loaded only then, chart PNGs) and the printed board pack.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScenarioBytes, readScenarioText } from '../../src/model/file/scenarioFile';
import { problemInWords } from '../../src/ui/grids/pathWords';
import { cellText, chartPanel, editCell, headlineText, RESULTS_TIMEOUT_MS, waitForResults, type CellAddress } from './appPage';
import { appUrl, launchBrowser } from './browser';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const COUNTY_NAME = "Gloucestershire-shaped county: older people's services 2008/09 to 2025/26";
const COUNTY_FILE = "Gloucestershire-shaped county- older people's services 2008-09 to 2025-26.upstream.json";
const countyText = readFileSync(new URL('../../samples/county.upstream.json', import.meta.url), 'utf8');
const victoriaText = readFileSync(new URL('../../samples/victoria.upstream.json', import.meta.url), 'utf8');
const badFile = (name: string) => readFileSync(new URL(`../model/file/bad-files/${name}`, import.meta.url));
/** The file's JSON, whose names the dialog uses for the places of problems; undefined when it is not JSON. */
function jsonOrNothing(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

const HOME_CARE_COST: CellAddress = { tab: 'Services', grid: 'Services', row: 'Home care', column: 'Unit cost £' };
const LEVEL_SPEND = 'Spend by level: baseline and scenario';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: RESULTS_TIMEOUT_MS });

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface AppTab {
  page: Page;
  context: BrowserContext;
  errors: string[];
  /** Every script the page asked for, in order. */
  scripts: string[];
}

/** The app in a fresh browser profile, as Firefox or Safari would give it: no file pickers, so Save downloads and Open uses a file input. */
async function openWithoutPickers(): Promise<AppTab> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  await context.addInitScript(() => {
    for (const picker of ['showSaveFilePicker', 'showOpenFilePicker']) Object.defineProperty(window, picker, { value: undefined, configurable: true });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.goto(appUrl());
  await waitForResults(page);
  return { page, context, errors, scripts };
}

const fileMenu = (page: Page) => page.getByRole('button', { name: 'File', exact: true });
const exportMenu = (page: Page) => page.getByRole('button', { name: 'Export', exact: true });

async function chooseFromMenu(page: Page, menu: 'File' | 'Export', item: RegExp): Promise<void> {
  await (menu === 'File' ? fileMenu(page) : exportMenu(page)).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
}

/** Runs `act` and hands back the file it downloads: its suggested name and bytes. */
async function downloaded(page: Page, act: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), act()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

const fileStatus = (page: Page) => page.locator('.file-status').innerText();

/** What the stand-in file pickers saw: each file written ("NAME\nTEXT") and how often each picker was asked. */
interface PickerLog {
  written: string[];
  asked: { open: number; save: number };
}

/** The app with stand-ins for Chromium's file pickers: Open gives county-plan.upstream.json (the county sample), Save as names the file "chosen NAME". */
async function openWithPickers(): Promise<AppTab> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await context.addInitScript((text) => {
    const log: PickerLog = { written: [], asked: { open: 0, save: 0 } };
    const handle = (name: string) => ({
      kind: 'file',
      name,
      getFile: async () => new File([text], name, { type: 'application/json' }),
      createWritable: async () => {
        let content = '';
        return {
          write: async (chunk: string) => {
            content += chunk;
          },
          close: async () => {
            log.written.push(`${name}\n${content}`);
          },
        };
      },
    });
    Object.assign(window, {
      pickerLog: log,
      showOpenFilePicker: async () => {
        log.asked.open += 1;
        return [handle('county-plan.upstream.json')];
      },
      showSaveFilePicker: async (options: { suggestedName: string }) => {
        log.asked.save += 1;
        return handle(`chosen ${options.suggestedName}`);
      },
    });
  }, countyText);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl());
  await waitForResults(page);
  return { page, context, errors, scripts: [] };
}

const pickerLog = (page: Page) => page.evaluate(() => (window as unknown as { pickerLog: PickerLog }).pickerLog);

describe('saving and opening scenario files', () => {
  it('Save downloads a file, and opening it again gives back the identical scenario', async () => {
    const { page, context, errors } = await openWithoutPickers();
    const headlineBefore = await headlineText(page);
    await editCell(page, HOME_CARE_COST, '12345');
    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    await poll(() => fileStatus(page)).toContain('unsaved changes');

    const saved = await downloaded(page, () => page.keyboard.press('Control+S'));
    expect(saved.name).toBe(COUNTY_FILE);
    const savedRead = readScenarioText(saved.bytes.toString('utf8'));
    const county = readScenarioText(countyText);
    if (!savedRead.ok || !county.ok) throw new Error('The saved file or the county sample does not read');
    const homeCare = county.scenario.services.findIndex((service) => service.name === 'Home care');
    county.scenario.services[homeCare].unitCost = 12345;
    expect(savedRead.scenario).toEqual(county.scenario);
    await poll(() => fileStatus(page)).toMatch(new RegExp(`${COUNTY_FILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+saved to your downloads at \\d\\d:\\d\\d`));

    // Another scenario in between, from the samples.
    await chooseFromMenu(page, 'File', /^Open a sample/);
    const victoria = readScenarioText(victoriaText);
    if (!victoria.ok) throw new Error('The Victoria sample does not read');
    await page.getByRole('dialog', { name: 'Open a sample' }).getByRole('button', { name: new RegExp(`^${victoria.scenario.meta.name}`) }).click();
    await poll(() => page.locator('h1').innerText()).toBe(victoria.scenario.meta.name);

    // Open… with no open picker asks through the file input.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chooseFromMenu(page, 'File', /^Open…/)]);
    await chooser.setFiles({ name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
    await poll(() => page.locator('h1').innerText()).toBe(COUNTY_NAME);
    await poll(() => fileStatus(page)).toMatch(/opened at \d\d:\d\d/);
    expect(await cellText(page, HOME_CARE_COST)).toBe('£12,345');

    const again = await downloaded(page, () => chooseFromMenu(page, 'File', /^Save$|^Save\s*Ctrl/));
    expect(again.name).toBe(COUNTY_FILE);
    expect(again.bytes.toString('utf8')).toBe(saved.bytes.toString('utf8'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with the file pickers, Save writes back to the opened file and Save as asks where; undoing the open brings back the file before', async () => {
    const { page, context, errors } = await openWithPickers();
    await chooseFromMenu(page, 'File', /^Open…/);
    await poll(() => fileStatus(page)).toMatch(/^county-plan\.upstream\.json\s+opened at \d\d:\d\d/);
    await editCell(page, HOME_CARE_COST, '7500');
    await poll(() => fileStatus(page)).toMatch(/^county-plan\.upstream\.json\s+unsaved changes/);

    await page.keyboard.press('Control+S');
    await poll(async () => (await pickerLog(page)).written.length).toBe(1);
    const [name, text] = (await pickerLog(page)).written[0].split(/\n([^]*)/);
    expect(name).toBe('county-plan.upstream.json');
    const saved = readScenarioText(text);
    expect(saved.ok && saved.scenario.services.find((service) => service.name === 'Home care')?.unitCost).toBe(7500);
    expect((await pickerLog(page)).asked).toEqual({ open: 1, save: 0 });
    await poll(() => fileStatus(page)).toMatch(/^county-plan\.upstream\.json\s+saved at/);

    await page.keyboard.press('Control+Shift+S');
    await poll(async () => (await pickerLog(page)).written.length).toBe(2);
    expect((await pickerLog(page)).written[1].startsWith(`chosen ${COUNTY_FILE}\n`)).toBe(true);
    expect((await pickerLog(page)).asked).toEqual({ open: 1, save: 1 });
    await poll(() => fileStatus(page)).toContain(`chosen ${COUNTY_FILE}`);

    // Undo the edit, then the open: the sample comes back with no file, so Save cannot write it over either file.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await poll(() => fileStatus(page)).toMatch(/^chosen .*\s+unsaved changes/);
    await undo.click();
    await poll(() => fileStatus(page)).toMatch(/^No file yet\s+a sample/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses each kind of bad file with every problem listed, and changes nothing', async () => {
    const { page, context, errors } = await openWithoutPickers();
    const input = page.locator('input[type="file"][aria-label="Open a scenario file"]');
    const nameBefore = await page.locator('h1').innerText();
    const headlineBefore = await headlineText(page);
    const costBefore = await cellText(page, HOME_CARE_COST);
    const tooBig = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    const files = [
      { name: 'broken.upstream.json', bytes: badFile('broken-json-missing-comma.upstream.json'), says: /not valid JSON at line 4, column 3/ },
      { name: 'unknown id.upstream.json', bytes: badFile('unknown-funder.upstream.json'), says: /names a partner "counci" that is not in the file/ },
      { name: 'newer.upstream.json', bytes: badFile('version-3-newer.upstream.json'), says: /saved by a newer version of Upstream \(file version 3\)/ },
      { name: 'wrong types.upstream.json', bytes: badFile('wrong-types.upstream.json'), says: /must be/ },
      { name: 'huge.upstream.json', bytes: tooBig, says: /huge\.upstream\.json is 5,242,881 bytes; the limit is 5,242,880 bytes \(5 MiB\)\./ },
    ];
    for (const file of files) {
      await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
      const dialog = page.getByRole('dialog', { name: `Could not open ${file.name}` });
      await dialog.waitFor({ timeout: RESULTS_TIMEOUT_MS });
      const shown = await dialog.getByRole('listitem').allInnerTexts();
      // Every problem the reader finds, each by its place, in the reader's own words.
      const read = file.bytes.byteLength > 5 * 1024 * 1024 ? null : readScenarioBytes(new Uint8Array(file.bytes));
      if (read?.ok) throw new Error(`${file.name} should be refused`);
      if (read) expect(shown).toEqual(read.problems.map((problem) => problemInWords(problem, jsonOrNothing(file.bytes))));
      expect(shown.join('\n')).toMatch(file.says);
      await expect(dialog.innerText()).resolves.toContain('Nothing has changed');
      if (file.name.startsWith('wrong types')) {
        expect(shown.length).toBeGreaterThan(1);
        await page.screenshot({ path: new URL('files-bad-file-dialog.png', SCREENSHOTS).pathname });
      }
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    expect(await page.locator('h1').innerText()).toBe(nameBefore);
    // The pointer off the headline, where the dialog's Close button was: a tile under it shows its explanation.
    await page.mouse.move(0, 0);
    expect(await headlineText(page)).toBe(headlineBefore);
    expect(await cellText(page, HOME_CARE_COST)).toBe(costBefore);
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('will not save a scenario with problems: it lists them and writes nothing', async () => {
    const { page, context, errors } = await openWithoutPickers();
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await editCell(page, HOME_CARE_COST, 'lots');
    await poll(() => page.locator('.problems-banner').count()).toBe(1);

    await page.keyboard.press('Control+S');
    const dialog = page.getByRole('dialog', { name: 'Fix the problem before saving' });
    await dialog.waitFor({ timeout: RESULTS_TIMEOUT_MS });
    await expect(dialog.getByRole('listitem').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^Service 3 "Home care", unit cost: .* \(services\/2\/unitCost in the file\)$/)]);
    await expect(dialog.innerText()).resolves.toContain('Nothing is lost');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
    expect(await cellText(page, HOME_CARE_COST)).toBe('lots');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a file dropped on the window, showing a drop zone while it is dragged', async () => {
    const { page, context, errors } = await openWithoutPickers();
    const victoria = readScenarioText(victoriaText);
    if (!victoria.ok) throw new Error('The Victoria sample does not read');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'victoria.upstream.json', { type: 'application/json' }));
      return data;
    }, victoriaText);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    const zone = page.getByRole('status').filter({ hasText: 'Drop a scenario file (.upstream.json) to open it' });
    await zone.waitFor();
    await page.screenshot({ path: new URL('files-drop-zone.png', SCREENSHOTS).pathname });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await zone.waitFor({ state: 'detached' });
    await poll(() => page.locator('h1').innerText()).toBe(victoria.scenario.meta.name);
    await poll(() => fileStatus(page)).toMatch(/^victoria\.upstream\.json\s+opened at/);
    // Opening is one step of undo: the county comes back.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await poll(() => page.locator('h1').innerText()).toBe(COUNTY_NAME);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the File menu works from the keyboard', async () => {
    const { page, context, errors } = await openWithoutPickers();
    await fileMenu(page).focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.querySelector('.menu__label')?.textContent ?? document.activeElement?.textContent);
    expect(await fileMenu(page).getAttribute('aria-expanded')).toBe('true');
    expect(await focused()).toBe('Open…');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Open a sample…');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Save as…');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Open…');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Save as…');
    await expect(menu.getByRole('menuitem').allInnerTexts()).resolves.toEqual(['Open…\nCtrl+O', 'Open a sample…', 'Save\nCtrl+S', 'Save as…\nCtrl+Shift+S']);
    await page.screenshot({ path: new URL('files-file-menu.png', SCREENSHOTS).pathname, clip: { x: 0, y: 0, width: 1440, height: 420 } });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^File/);
    // Enter on an item runs it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const samples = page.getByRole('dialog', { name: 'Open a sample' });
    await samples.waitFor();
    await page.keyboard.press('Escape');
    await samples.waitFor({ state: 'detached' });
    // The shortcuts: Ctrl+O asks for a file, Ctrl+Shift+S saves (here, a download).
    // Ctrl+O is seen asking: the file input's click is recorded with whether the key press still
    // counts as the user's (without it Chromium opens no chooser). Playwright's "filechooser" event
    // was missed now and then in full runs, though the same test passed alone.
    await page.evaluate(() => {
      const asked: { type: string; multiple: boolean; byUser: boolean }[] = [];
      Object.assign(window, { askedForFiles: asked });
      HTMLInputElement.prototype.click = function recordClick(this: HTMLInputElement) {
        asked.push({ type: this.type, multiple: this.multiple, byUser: navigator.userActivation.isActive });
      };
    });
    await page.keyboard.press('Control+O');
    await poll(() => page.evaluate(() => (window as unknown as { askedForFiles: unknown[] }).askedForFiles)).toEqual([{ type: 'file', multiple: false, byUser: true }]);
    const copy = await downloaded(page, () => page.keyboard.press('Control+Shift+S'));
    expect(copy.name).toBe(COUNTY_FILE);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('exports', () => {
  it('exports the results as JSON and CSV and the workbook, loading exceljs only for the workbook', async () => {
    const { page, context, errors, scripts } = await openWithoutPickers();
    const stem = COUNTY_FILE.replace('.upstream.json', '');
    const json = await downloaded(page, () => chooseFromMenu(page, 'Export', /^Results as JSON/));
    expect(json.name).toBe(`${stem} results.json`);
    const results = JSON.parse(json.bytes.toString('utf8'));
    expect(Object.keys(results)).toEqual(expect.arrayContaining(['years', 'baseline', 'scenario', 'summary', 'partners']));
    expect(results.years[0]).toBe(2008);
    expect(results.baseline.byLevel).toHaveLength(5);

    const csv = await downloaded(page, () => chooseFromMenu(page, 'Export', /^Results as CSV/));
    expect(csv.name).toBe(`${stem} results.csv`);
    expect(csv.bytes.toString('utf8')).toMatch(/^\uFEFFFinancial year,/);
    expect(csv.bytes.toString('utf8')).toContain('Where the inputs came from');

    expect(scripts.filter((src) => src.includes('exceljs'))).toEqual([]);
    const workbook = await downloaded(page, () => chooseFromMenu(page, 'Export', /^Scenario and results as an Excel workbook/));
    expect(workbook.name).toBe(`${stem}.xlsx`);
    expect(workbook.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(workbook.bytes.byteLength).toBeGreaterThan(10_000);
    expect(scripts.filter((src) => src.includes('exceljs'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves a chart as a PNG picture of the chart and what it shows', async () => {
    const { page, context, errors } = await openWithoutPickers();
    const panel = chartPanel(page, LEVEL_SPEND);
    const canvasSize = await panel.locator('canvas').evaluate((canvas: HTMLCanvasElement) => [canvas.width, canvas.height]);
    const png = await downloaded(page, () => panel.getByRole('button', { name: `Save as PNG: ${LEVEL_SPEND}` }).click());
    expect(png.name).toBe(`${COUNTY_FILE.replace('.upstream.json', '')} Spend by level- baseline and scenario.png`);
    // The PNG signature, then the IHDR chunk: width and height, big-endian.
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const size = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    // The chart with its title, scenario, years and key above it (boardMeeting.test.ts looks closer).
    expect(size[0]).toBeGreaterThan(canvasSize[0]);
    expect(size[1]).toBeGreaterThan(canvasSize[1]);
    expect(png.bytes.byteLength).toBeGreaterThan(5_000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a board pack: headline, charts and every assumption with its source, without grids or buttons', async () => {
    const { page, context, errors } = await openWithoutPickers();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await chooseFromMenu(page, 'Export', /^Print board pack/);
    await expect(page.locator('body').getAttribute('data-printed')).resolves.toBe('yes');

    const pack = page.locator('.board-pack');
    expect(await pack.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    // The pack is built when printing starts (BoardPack.tsx), as the print media takes effect.
    await expect.poll(() => pack.isVisible()).toBe(true);
    expect(await page.locator('.inputs').isVisible()).toBe(false);
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await page.locator('.outputs .headline').isVisible()).toBe(true);
    expect(await chartPanel(page, LEVEL_SPEND).locator('canvas').isVisible()).toBe(true);
    const county = readScenarioText(countyText);
    if (!county.ok) throw new Error('The county sample does not read');
    const sourced = [...county.scenario.services, ...county.scenario.rebalancing, ...county.scenario.investments].filter((item) => item.source);
    const packText = await pack.innerText();
    for (const item of sourced) expect(packText).toContain(item.source);
    for (const service of county.scenario.services) expect(packText).toContain(`${service.name} (Level ${service.level})`);
    await page.screenshot({ path: new URL('files-board-pack-print.png', SCREENSHOTS).pathname, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
