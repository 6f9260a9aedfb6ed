// Driving the app the way a user does: tabs, grid cells reached by their row
// and column names, the headline and the charts' table views. Results come
// back asynchronously (Handsontable's afterChange, then the model worker), so
// the readers here are meant for expect.poll, never for a one-off assertion.
import type { Locator, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';

/** Long enough for a loaded 2-core machine; the model itself answers in milliseconds. */
export const RESULTS_TIMEOUT_MS = 15_000;

/** Polls `read` until the expectation that follows holds, or the results timeout passes. */
export const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: RESULTS_TIMEOUT_MS });

/** More columns than any input grid has: a cell not reached by then is not there. */
const MAX_COLUMN_STEPS = 40;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (text: string) => new RegExp(`^${escaped(text)}$`);

/** Waits until the app has shown its first results (the headline tiles). */
export async function waitForResults(page: Page, timeout = RESULTS_TIMEOUT_MS): Promise<void> {
  await page.locator('.outputs .headline__tiles').waitFor({ timeout });
}

/** Opens a tab of the inputs panel ("Services", "Investments", …). */
export async function openInputsTab(page: Page, tab: string): Promise<void> {
  // A tab's accessible name may end with its problem count (", 1 problem").
  await page
    .getByRole('tablist', { name: 'Scenario inputs' })
    .getByRole('tab', { name: new RegExp(`^${escaped(tab)}`) })
    .click();
}

/** Opens "Results" or "Uncertainty and goal seek" on the outputs side. */
export async function openOutputsTab(page: Page, tab: 'Results' | 'Uncertainty and goal seek'): Promise<void> {
  await page.getByRole('tablist', { name: 'What to show' }).getByRole('tab', { name: tab, exact: true }).click();
}

/** A grid with its heading, hint, buttons and cell message, found by its heading. */
export function gridSection(page: Page, heading: string): Locator {
  return page.locator('section.grid-section').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
}

export interface CellAddress {
  /** The inputs tab the grid is on. */
  tab: string;
  /** The grid's heading ("Services"). */
  grid: string;
  /** Text of a cell that picks out the row, such as a service's name. */
  row: string;
  /** The column's header as shown ("Unit cost £"). */
  column: string;
}

/** Whether nothing covers the element's centre (the grid draws frozen rows and columns twice, one copy over the other). */
function isOnTop(element: Element): boolean {
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = element.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return hit !== null && (hit === element || element.contains(hit));
}

/** The copy a user sees of the first element matching. */
async function visibleCopy(matches: Locator): Promise<Locator | null> {
  for (const match of await matches.all()) {
    if (await match.evaluate(isOnTop)) return match;
  }
  return null;
}

/** The header text of the column holding the grid's selected cell. */
async function highlightedColumn(section: Locator): Promise<string | null> {
  const header = await visibleCopy(section.locator('thead th.ht__highlight'));
  return header && ((await header.textContent()) ?? '').trim();
}

/** Whether the grid has opened its cell editor (its textarea has the keyboard). */
function editorIsOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.classList.contains('handsontableInput') ?? false);
}

/**
 * Selects a cell as a user would: click the cell naming the row, then walk
 * along the row with the keyboard to the column (the grid draws only the
 * columns in view, so the keyboard is surer than looking for the cell).
 */
export async function selectCell(page: Page, cell: CellAddress): Promise<void> {
  await openInputsTab(page, cell.tab);
  const section = gridSection(page, cell.grid);
  const rowCell = await visibleCopy(section.locator('td').filter({ hasText: exactly(cell.row) }));
  if (!rowCell) throw new Error(`No row of the grid "${cell.grid}" has a cell reading "${cell.row}"`);
  await rowCell.click();
  // Two clicks on one cell within half a second open its editor, as a double click does.
  if (await editorIsOpen(page)) await page.keyboard.press('Escape');
  if ((await highlightedColumn(section)) === cell.column) return;
  // Home goes to the first column that is not frozen.
  await page.keyboard.press('Home');
  for (let step = 0; step < MAX_COLUMN_STEPS; step += 1) {
    if ((await highlightedColumn(section)) === cell.column) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`No column "${cell.column}" in the grid "${cell.grid}"`);
}

/** Selects the cell, types the text and presses Enter, as a user would. */
export async function editCell(page: Page, cell: CellAddress, text: string): Promise<void> {
  await selectCell(page, cell);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The text of the selected cell of a grid (what the grid shows, formatted). */
async function selectedCellText(page: Page, grid: string): Promise<string> {
  const cell = gridSection(page, grid).locator('td.current').first();
  return ((await cell.textContent()) ?? '').trim();
}

/** The text of a grid cell by row and column, read by selecting it. */
export async function cellText(page: Page, cell: CellAddress): Promise<string> {
  await selectCell(page, cell);
  return selectedCellText(page, cell.grid);
}

/** The headline figures as shown in the main view. */
export function headlineText(page: Page): Promise<string> {
  return page.locator('.outputs .headline').innerText();
}

/** What a refused file must leave as it was: the scenario's name, the headline, the undo button's state and one cell. */
export async function scenarioOnScreen(page: Page, cell: CellAddress): Promise<string[]> {
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  return [await page.locator('h1').innerText(), await headlineText(page), await cellText(page, cell), (await undo.isDisabled()) ? 'nothing to undo' : 'undo'];
}

/** Opens `name` through the Open file input; the refusal dialog it brings up, and the problems that dialog lists. */
export async function openRefusedFile(page: Page, name: string, bytes: Buffer): Promise<{ dialog: Locator; shown: string[] }> {
  await page.locator('input[type="file"][aria-label="Open a scenario file"]').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
  const dialog = page.getByRole('dialog', { name: `Could not open ${name}` });
  await dialog.waitFor({ timeout: RESULTS_TIMEOUT_MS });
  return { dialog, shown: await dialog.getByRole('listitem').allInnerTexts() };
}

/** Checks a refusal dialog says nothing has changed, then closes it. */
export async function closeRefusal(dialog: Locator): Promise<void> {
  await expect(dialog.innerText()).resolves.toContain('Nothing has changed');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A chart's frame, found by its title. */
export function chartPanel(scope: Page | Locator, title: string): Locator {
  // The heading is matched inside each panel, so it is built from the page, not from `scope`.
  const page = 'page' in scope ? scope.page() : scope;
  return scope.locator('section.chart-panel').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** Switches a chart to its table view ("Show as table"); the table holds the figures the chart is given. */
export async function showChartAsTable(panel: Locator): Promise<void> {
  const toggle = panel.getByRole('button', { name: 'Show as table' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await panel.locator('.chart-table table').waitFor();
}

/** A chart's table view as rows of cell texts, the header row first. */
export function chartTableRows(panel: Locator): Promise<string[][]> {
  return panel
    .locator('.chart-table table')
    .evaluate((table: HTMLTableElement) => [...table.rows].map((row) => [...row.cells].map((cell) => (cell.textContent ?? '').trim())));
}

/** The model's worker (its script is model.worker-*.js), the newest if there are two. */
export function modelWorker(page: Page): Worker {
  // The newest: a worker the app replaced can linger in the list while it is being ended.
  const worker = page.workers().filter((w) => /\/model\.worker[-.]/.test(w.url())).at(-1);
  if (!worker) throw new Error(`No model worker among ${page.workers().map((w) => w.url()).join(', ') || 'no workers'}`);
  return worker;
}

/** How many model runs the model worker has done (workers/model.worker.ts counts them). */
export function modelRuns(page: Page): Promise<number> {
  return modelWorker(page).evaluate(() => (self as unknown as { upstreamModelRuns: number }).upstreamModelRuns);
}
