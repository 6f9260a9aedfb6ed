// The automatic copy in this browser (IndexedDB), in real Chromium: a reload
// brings back the edit exactly as typed, a full disk is shown and work goes
// on, two tabs never silently overwrite each other's newer work, and the
// note that files are the lasting copy is shown once.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText, editCell, gridSection, headlineText, openInputsTab, RESULTS_TIMEOUT_MS, selectCell, waitForResults, type CellAddress } from './appPage';
import { appUrl, CHROMIUM_PATH, launchBrowser, QUIET_FLAGS } from './browser';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const unitCost = (row: string): CellAddress => ({ tab: 'Services', grid: 'Services', row, column: 'Unit cost £' });
const HOME_CARE_COST = unitCost('Home care');
const BED_DAY_COST = unitCost('Emergency hospital bed days');

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: RESULTS_TIMEOUT_MS });

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const newContext = () => browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });

/** A tab of the app in `context`; tabs of one context share IndexedDB and BroadcastChannel as a browser's tabs do. */
async function openTab(context: BrowserContext, errors: string[] = []): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl());
  await waitForResults(page);
  return page;
}

/** What the header says about the copy in this browser. */
const copyState = (page: Page) => page.locator('.file-status__copy').getAttribute('data-state');

describe('the automatic copy', () => {
  it('a reload in the middle of editing brings the edit back, half-typed values and all', async () => {
    const context = await newContext();
    const errors: string[] = [];
    const page = await openTab(context, errors);
    const headlineBefore = await headlineText(page);
    await editCell(page, HOME_CARE_COST, '23456');
    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    const headlineEdited = await headlineText(page);
    await poll(() => copyState(page)).toBe('kept');

    await page.reload();
    await waitForResults(page);
    expect(await cellText(page, HOME_CARE_COST)).toBe('£23,456');
    await poll(() => headlineText(page)).toBe(headlineEdited);
    await expect(page.locator('.file-status').innerText()).resolves.toMatch(/restored from this browser/);

    // Text in a number cell is kept as typed, problem and all.
    await editCell(page, BED_DAY_COST, '25O');
    await poll(() => page.locator('.problems-banner').count()).toBe(1);
    await poll(() => copyState(page)).toBe('kept');
    await page.reload();
    await page.locator('.problems-banner').waitFor({ timeout: RESULTS_TIMEOUT_MS });
    expect(await cellText(page, BED_DAY_COST)).toBe('25O');
    expect(await cellText(page, HOME_CARE_COST)).toBe('£23,456');
    // Undo works on the restored scenario as on any other.
    await editCell(page, BED_DAY_COST, '250');
    await poll(() => page.locator('.problems-banner').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps an edit made just before the page is reloaded', async () => {
    const context = await newContext();
    const page = await openTab(context);
    const headlineBefore = await headlineText(page);
    await editCell(page, HOME_CARE_COST, '34567');
    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    // Straight away, without waiting for the header to say it is kept: the first change after a pause is written at once.
    await page.reload();
    await waitForResults(page);
    expect(await cellText(page, HOME_CARE_COST)).toBe('£34,567');
    await context.close();
  });

  it('says so when storage is full, and the app keeps working', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const errors: string[] = [];
    const page = await openTab(context, errors);
    const headlineBefore = await headlineText(page);
    await editCell(page, HOME_CARE_COST, '8000');

    const notice = page.getByRole('status').filter({ hasText: 'no room left' });
    await notice.waitFor({ timeout: RESULTS_TIMEOUT_MS });
    await expect(notice.innerText()).resolves.toBe(
      "Could not keep an automatic copy of your scenario: the browser has no room left for Upstream's saved copies. Save the scenario to a file so no work is lost. Then free some disk space or delete scenarios you no longer need from the library. You can keep working.",
    );
    expect(await copyState(page)).toBe('failed');
    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    await page.screenshot({ path: new URL('autosave-storage-full.png', SCREENSHOTS).pathname, clip: { x: 0, y: 0, width: 1440, height: 300 } });

    // Later edits still change the results, and the notice stays while storage is full.
    const headlineAfterFirst = await headlineText(page);
    await editCell(page, HOME_CARE_COST, '9000');
    await poll(() => headlineText(page)).not.toBe(headlineAfterFirst);
    await page.waitForTimeout(600);
    expect(await notice.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts on the sample and says so when the browser lets Upstream store nothing', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
    });
    const errors: string[] = [];
    const page = await openTab(context, errors);
    const notice = page.getByRole('status').filter({ hasText: 'not letting Upstream store anything' });
    await notice.waitFor({ timeout: RESULTS_TIMEOUT_MS });
    expect(await copyState(page)).toBe('off');
    const headlineBefore = await headlineText(page);
    await editCell(page, HOME_CARE_COST, '8000');
    await poll(() => headlineText(page)).not.toBe(headlineBefore);
    expect(await copyState(page)).toBe('off');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an older tab never silently overwrites another tab's newer work", async () => {
    const context = await newContext();
    const tabA = await openTab(context);
    const tabB = await openTab(context);
    await editCell(tabA, HOME_CARE_COST, '11111');
    await poll(() => copyState(tabA)).toBe('kept');

    // B hears of it and is asked to choose. (The tab in front is the one a user is looking at.)
    await tabB.bringToFront();
    const choice = tabB.getByRole('alert', { name: 'Changed in another tab' });
    await choice.waitFor({ timeout: RESULTS_TIMEOUT_MS });
    await expect(choice.innerText()).resolves.toMatch(/^This scenario was changed in another tab at \d\d:\d\d\./);
    await tabB.screenshot({ path: new URL('autosave-two-tabs-choice.png', SCREENSHOTS).pathname, clip: { x: 0, y: 0, width: 1440, height: 300 } });

    // B's own edit is not written over A's copy.
    await editCell(tabB, BED_DAY_COST, '222');
    await tabB.waitForTimeout(1000);
    expect(await copyState(tabB)).toBe('conflict');
    const tabC = await openTab(context);
    await tabC.bringToFront();
    expect(await cellText(tabC, HOME_CARE_COST)).toBe('£11,111');
    expect(await cellText(tabC, BED_DAY_COST)).toBe('£250');

    // B keeps its own version on purpose; now A is asked.
    await tabB.bringToFront();
    await choice.getByRole('button', { name: "Keep this tab's version" }).click();
    await poll(() => copyState(tabB)).toBe('kept');
    await choice.waitFor({ state: 'detached' });
    const choiceInA = tabA.getByRole('alert', { name: 'Changed in another tab' });
    await choiceInA.waitFor({ timeout: RESULTS_TIMEOUT_MS });
    await tabC.bringToFront();
    await tabC.reload();
    await waitForResults(tabC);
    expect(await cellText(tabC, BED_DAY_COST)).toBe('£222');
    expect(await cellText(tabC, HOME_CARE_COST)).toBe('£14');

    // A opens B's version; Undo brings A's own back.
    await tabA.bringToFront();
    await choiceInA.getByRole('button', { name: "Open the other tab's version" }).click();
    await choiceInA.waitFor({ state: 'detached' });
    await poll(() => cellText(tabA, BED_DAY_COST)).toBe('£222');
    expect(await cellText(tabA, HOME_CARE_COST)).toBe('£14');
    expect(await copyState(tabA)).toBe('kept');
    await tabA.getByRole('button', { name: 'Undo', exact: true }).click();
    await poll(() => cellText(tabA, HOME_CARE_COST)).toBe('£11,111');
    await context.close();
  });

  it('tells the user once that files are the lasting copy', async () => {
    const context = await newContext();
    const page = await openTab(context);
    const note = page.getByRole('note').filter({ hasText: 'Upstream keeps your latest changes in this browser automatically.' });
    await note.waitFor({ timeout: RESULTS_TIMEOUT_MS });
    // What follows depends on whether the browser agreed to keep Upstream's storage; either way it points to files.
    await expect(note.innerText()).resolves.toMatch(/Keep your scenario files: they are the lasting copy\.|Scenario files are still the copy to share and back up\./);
    await note.getByRole('button', { name: 'Got it' }).click();
    await note.waitFor({ state: 'detached' });
    await page.reload();
    await waitForResults(page);
    await page.waitForTimeout(500);
    expect(await page.getByRole('note').filter({ hasText: 'Upstream keeps your latest changes' }).count()).toBe(0);
    await context.close();
  });
});

/** Where a grid cell is drawn, from the top left of its grid's section, so a try can click it again after a reload without walking the grid. */
interface CellSpot {
  dx: number;
  dy: number;
}

const servicesGrid = (page: Page) => gridSection(page, 'Services');

async function sectionCorner(page: Page): Promise<{ x: number; y: number }> {
  const box = await servicesGrid(page).boundingBox();
  if (!box) throw new Error('The Services grid is not on screen');
  return box;
}

async function selectedCellSpot(page: Page): Promise<CellSpot> {
  const corner = await sectionCorner(page);
  const box = await page.evaluate(() => {
    const shown = [...document.querySelectorAll('section.grid-section td.current')].find((cell) => {
      const rect = cell.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return hit === cell || (hit !== null && cell.contains(hit));
    });
    const rect = shown?.getBoundingClientRect();
    return rect && { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  if (!box) throw new Error('No selected grid cell is in view');
  return { dx: box.x - corner.x, dy: box.y - corner.y };
}

async function pointOf(page: Page, spot: CellSpot): Promise<{ x: number; y: number }> {
  const corner = await sectionCorner(page);
  return { x: corner.x + spot.dx, y: corner.y + spot.dy };
}

async function textAt(page: Page, spot: CellSpot): Promise<string> {
  const point = await pointOf(page, spot);
  return page.evaluate(({ x, y }) => (document.elementFromPoint(x, y)?.closest('td')?.textContent ?? '').trim(), point);
}

/** Types into the cell at `spot` and presses Enter. */
async function typeAt(page: Page, spot: CellSpot, text: string): Promise<void> {
  const point = await pointOf(page, spot);
  await page.mouse.click(point.x, point.y);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** What is on screen after a reload: the two cells edited, read where they are drawn once the grid is. */
async function afterReload(page: Page, spots: [CellSpot, CellSpot]): Promise<[string, string]> {
  await openInputsTab(page, 'Services');
  await servicesGrid(page).locator('td').first().waitFor();
  return [await textAt(page, spots[0]), await textAt(page, spots[1])];
}

const money = (value: number) => `£${value.toLocaleString('en-GB')}`;
const RELOAD_DELAYS_MS = [0, 25, 50, 100, 250];
const TRIES_PER_DELAY = 50;

describe('no edit is lost', () => {
  // Each try loads the whole app again: a few seconds on a busy 2-core machine, hence the long limit.
  it(`two quick edits survive a reload 0 to 250 ms later (${TRIES_PER_DELAY} tries at each delay)`, { timeout: 2_400_000 }, async () => {
    const context = await newContext();
    const page = await openTab(context);
    // The leave-page question appears while IndexedDB lags the journal; the user leaves anyway.
    page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
    await selectCell(page, HOME_CARE_COST);
    const first = await selectedCellSpot(page);
    await page.keyboard.press('ArrowDown');
    const spots: [CellSpot, CellSpot] = [first, await selectedCellSpot(page)];
    const lost: string[] = [];
    let value = 10_000;
    for (const delay of RELOAD_DELAYS_MS) {
      for (let attempt = 0; attempt < TRIES_PER_DELAY; attempt += 1) {
        value += 2;
        await typeAt(page, spots[0], String(value));
        await typeAt(page, spots[1], String(value + 1));
        if (delay > 0) await page.waitForTimeout(delay);
        await page.reload({ waitUntil: 'commit' });
        const shown = await afterReload(page, spots);
        if (shown[0] !== money(value) || shown[1] !== money(value + 1)) lost.push(`${delay} ms: ${shown.join(', ')} instead of ${money(value)}, ${money(value + 1)}`);
      }
      console.log(`reload ${delay} ms after the edits: ${TRIES_PER_DELAY} tries, lost so far ${lost.length}`);
    }
    console.log(`reload tries: ${RELOAD_DELAYS_MS.length * TRIES_PER_DELAY}, lost: ${lost.length}`);
    expect(lost).toEqual([]);
    await context.close();
  });
});

/** A Chromium of our own on a profile folder, so the test holds its process and can kill it as a crash would. */
interface OwnBrowser {
  browser: Browser;
  page: Page;
  kill: () => void;
}

/** Chromium on `profile`, with the app open. */
async function launchOwnBrowser(profile: string): Promise<OwnBrowser> {
  const child = spawn(CHROMIUM_PATH, [...QUIET_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=1440,900', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /DevTools listening on (ws:\S+)/.exec(said);
      if (found) resolve(found[1]);
    });
    child.on('exit', () => reject(new Error(`Chromium ended before it was ready: ${said}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(appUrl());
  // The whole process group: the browser and its renderers, GPU and utility processes.
  return { browser, page, kill: () => child.exitCode === null && child.signalCode === null && process.kill(-child.pid!, 'SIGKILL') };
}

const KILL_TRIES = 50;

/**
 * The journal file (src/files/journalFiles.ts) holds the second edit when the
 * browser dies: measured 5 Dec 2026 on a 2-core machine under a load of 20,
 * 0 lost in 50 (before it, localStorage and IndexedDB alone lost 4 in 50).
 */
describe('no edit is lost when the browser is killed', () => {
  it(`two quick edits survive killing the browser process one frame later (${KILL_TRIES} tries)`, { timeout: 2_400_000 }, async () => {
    const profile = mkdtempSync(join(tmpdir(), 'upstream-kill-'));
    let own = await launchOwnBrowser(profile);
    const lost: string[] = [];
    try {
      // A browser started cold on a busy machine takes longer than a new tab.
      await waitForResults(own.page, 4 * RESULTS_TIMEOUT_MS);
      await selectCell(own.page, HOME_CARE_COST);
      const first = await selectedCellSpot(own.page);
      await own.page.keyboard.press('ArrowDown');
      const spots: [CellSpot, CellSpot] = [first, await selectedCellSpot(own.page)];
      let value = 30_000;
      for (let attempt = 1; attempt <= KILL_TRIES; attempt += 1) {
        value += 2;
        await typeAt(own.page, spots[0], String(value));
        await typeAt(own.page, spots[1], String(value + 1));
        // The edits are drawn by the next frame; the browser dies straight after it.
        await own.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        own.kill();
        own = await launchOwnBrowser(profile);
        const shown = await afterReload(own.page, spots);
        if (shown[0] !== money(value) || shown[1] !== money(value + 1)) lost.push(`${shown.join(', ')} instead of ${money(value)}, ${money(value + 1)}`);
        if (attempt % 10 === 0) console.log(`browser killed ${attempt} times, lost so far ${lost.length}`);
      }
    } finally {
      // Disconnecting leaves the browser running: it is ended the way the tries end it.
      own.kill();
      rmSync(profile, { recursive: true, force: true });
    }
    console.log(`kill tries: ${KILL_TRIES}, lost: ${lost.length}`);
    expect(lost).toEqual([]);
  });
});
