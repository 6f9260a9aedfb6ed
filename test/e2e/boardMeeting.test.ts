// Ready for the board meeting (issue 15): what prints is what the model says
// now, every chart included; the board view fits a 1280×720 projector; the
// inputs and a chosen chart stay in view together. Screenshots go to
// test/e2e/screenshots/ for people to judge.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScenarioText, runModel, type Results } from '../../src/model';
import { chartPanel, editCell, headlineText, poll, selectCell, waitForResults, type CellAddress } from './appPage';
import { appUrl, launchBrowser } from './browser';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const HOME_CARE_COST: CellAddress = { tab: 'Services', grid: 'Services', row: 'Home care', column: 'Unit cost £' };
const LEVEL_SPEND = 'Spend by level: baseline and scenario';
const NET_SAVING = 'Net saving and payback';

function sampleResults(file: string): { name: string; results: Results } {
  const read = readScenarioText(readFileSync(new URL(`../../samples/${file}`, import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(`The sample ${file} does not read`);
  return { name: read.scenario.meta.name, results: runModel(read.scenario) };
}

/** What one Chart.js chart holds: the figures it was given and the figures it last drew. */
interface ChartFigures {
  title: string;
  given: unknown[][];
  drawn: unknown[][];
}

/** Every chart on the page, read from Chart.js's own list (src/ui/charts/chartSetup.ts exposes it). */
function chartFigures(page: Page): Promise<ChartFigures[]> {
  return page.evaluate(() => {
    interface Parsed {
      x: unknown;
      y: unknown;
      _custom?: { start: number; end: number };
    }
    interface Meta {
      _parsed: Parsed[];
      vScale: { axis: 'x' | 'y' };
    }
    interface ChartLike {
      canvas: HTMLCanvasElement;
      data: { datasets: { data: unknown[] }[] };
      getDatasetMeta(index: number): Meta;
    }
    const charts = Object.values((window as unknown as { upstreamCharts: Record<string, ChartLike> }).upstreamCharts);
    // A floating bar ([from, to]) is drawn from its start and end; any other point from its value (y, or x in a bar chart on its side).
    const drawnValues = (meta: Meta) => meta._parsed.map((point) => (point._custom ? [point._custom.start, point._custom.end] : point[meta.vScale.axis]));
    const givenValue = (value: unknown) => (value !== null && typeof value === 'object' && 'y' in value ? value.y : value);
    return charts.map((chart) => ({
      title: chart.canvas.closest('.chart-panel')?.querySelector('.chart-panel__title')?.textContent ?? '',
      given: chart.data.datasets.map((dataset) => dataset.data.map(givenValue)),
      drawn: chart.data.datasets.map((_, index) => drawnValues(chart.getDatasetMeta(index))),
    }));
  });
}

/**
 * The axis titles that run past the top or bottom of their chart, on every chart made so far:
 * an upright title is drawn centred on its axis, so a title longer than the chart is cut off.
 */
function cutAxisTitles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface ScaleLike {
      id: string;
      top: number;
      bottom: number;
      isHorizontal(): boolean;
      options: { title: { display: boolean; text: string | string[]; font: { style?: string; weight?: string | number; size: number; family: string } } };
    }
    interface ChartLike {
      canvas: HTMLCanvasElement;
      ctx: CanvasRenderingContext2D;
      height: number;
      scales: Record<string, ScaleLike>;
    }
    const charts = Object.values((window as unknown as { upstreamCharts: Record<string, ChartLike> }).upstreamCharts);
    return charts.flatMap((chart) =>
      Object.values(chart.scales)
        .filter((scale) => scale.options.title.display && !scale.isHorizontal())
        .flatMap((scale) => {
          const { text, font } = scale.options.title;
          const lines = Array.isArray(text) ? text : [text];
          chart.ctx.save();
          chart.ctx.font = `${font.style ?? ''} ${font.weight ?? ''} ${font.size}px ${font.family}`;
          const length = Math.max(...lines.map((line) => chart.ctx.measureText(line).width));
          chart.ctx.restore();
          const middle = (scale.top + scale.bottom) / 2;
          const title = chart.canvas.closest('.chart-panel')?.querySelector('.chart-panel__title')?.textContent ?? '';
          return middle - length / 2 < 0 || middle + length / 2 > chart.height ? [`${title}: "${lines.join(' ')}"`] : [];
        }),
    );
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openAt(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(appUrl());
  await waitForResults(page);
  return page;
}

describe('the printed board pack', () => {
  it('shows every chart with the figures of the scenario on screen, after an edit and another scenario opened, without scrolling', async () => {
    const page = await openAt(1440, 900);
    const before = await headlineText(page);
    await editCell(page, HOME_CARE_COST, '30');
    await poll(() => headlineText(page)).not.toBe(before);

    const victoria = sampleResults('victoria.upstream.json');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: /^Open a sample/ }).click();
    await page.getByRole('dialog', { name: 'Open a sample' }).getByRole('button', { name: new RegExp(`^${victoria.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await poll(() => page.locator('h1').innerText()).toBe(victoria.name);
    await poll(() => headlineText(page)).not.toBe(before);

    // The charts below the first screen are not even made yet (ChartCanvas makes a chart when it is
    // first seen): printing must make them and give them the scenario on screen.
    const beforePrinting = await chartFigures(page);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const charts = await chartFigures(page);
    expect(charts.length).toBeGreaterThanOrEqual(9);
    expect(charts.length).toBeGreaterThan(beforePrinting.length);
    for (const chart of charts) expect(chart.drawn, `what "${chart.title}" drew`).toEqual(chart.given);

    const { results } = victoria;
    const level = charts.find((chart) => chart.title === LEVEL_SPEND);
    // Baseline and scenario bars in turn, level by level (LevelSpendChart).
    expect(level?.drawn).toEqual(results.baseline.byLevel.flatMap((baseline, index) => [baseline, results.scenario.byLevel[index]]));
    const netSaving = charts.find((chart) => chart.title === NET_SAVING);
    expect(netSaving?.drawn).toEqual([results.summary.cumulativeNetSaving, results.summary.netSaving]);
    await page.context().close();
  });
});

/** The parts of the board view a meeting must see at once, each with the selector that finds it. */
const BOARD_PARTS: Record<string, string> = {
  'headline tile': '.board .headline-tile',
  'spend-by-level chart': `.board .chart-panel:has(h2:text-is("${LEVEL_SPEND}")) canvas`,
  'net saving chart': `.board .chart-panel:has(h2:text-is("${NET_SAVING}")) canvas`,
  lever: '.board .lever',
};

/** Boxes of every element matching, with whether its text overflows it. */
function boxes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      // Each element holding text of its own; text hidden until asked for (a tile's explanation) does not count.
      const holdsText = (inner: Element) => [...inner.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      const spills = [element, ...element.querySelectorAll('*')].some((inner) => {
        const style = getComputedStyle(inner);
        return holdsText(inner) && style.visibility !== 'hidden' && inner.scrollWidth > inner.clientWidth + 1;
      });
      return { left: box.left, top: box.top, right: box.right, bottom: box.bottom, text: (element.textContent ?? '').slice(0, 60), spills };
    }),
  );
}

describe('the board view on a projector', () => {
  it.each([
    [1280, 720],
    [1920, 1080],
  ])('at %i×%i shows the headline, both charts and every lever at once, nothing cut off', async (width, height) => {
    const page = await openAt(width, height);
    await page.getByRole('button', { name: 'Board view' }).click();
    await page.locator('.board .lever').first().waitFor();
    await page.screenshot({ path: new URL(`board-${width}x${height}.png`, SCREENSHOTS).pathname });
    for (const [part, selector] of Object.entries(BOARD_PARTS)) {
      const found = await boxes(page, selector);
      expect(found.length, part).toBeGreaterThan(0);
      for (const box of found) {
        expect(box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height, `${part} "${box.text}" inside the screen`).toBe(true);
        expect(box.spills, `${part} "${box.text}" holds its text`).toBe(false);
      }
    }
    // The levers' panel scrolls rather than grow: every lever must lie inside it, not only inside the screen.
    const panel = await page.locator('.board__levers').evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    for (const box of await boxes(page, '.board .lever, .board .lever-choice')) {
      expect(box.top >= panel.top && box.bottom <= panel.bottom, `lever "${box.text}" inside its panel`).toBe(true);
    }
    expect(await cutAxisTitles(page)).toEqual([]);
    // Bigger screens get bigger type: a projector at 1920 is read from further away.
    const valueSize = await page.locator('.board .headline-tile__value').first().evaluate((value) => parseFloat(getComputedStyle(value).fontSize));
    expect(valueSize).toBeGreaterThanOrEqual(width > 1280 ? 36 : 24);
    await page.context().close();
  });
});

describe('charts on a projector’s screen', () => {
  it('at 1280×720 cut off no axis title of any chart on the main view', async () => {
    const page = await openAt(1280, 720);
    // Printing makes every chart (ChartCanvas makes a chart when it is first seen).
    await page.emulateMedia({ media: 'print' });
    await poll(() => page.evaluate(() => Object.keys((window as unknown as { upstreamCharts: object }).upstreamCharts).length)).toBeGreaterThanOrEqual(9);
    await page.emulateMedia({ media: 'screen' });
    expect(await cutAxisTitles(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the board view’s projection and phase-in menus', () => {
  it('switching the projection or a phase-in changes the headline, and each is one undo step', async () => {
    const page = await openAt(1280, 720);
    const before = await headlineText(page);
    await page.getByRole('button', { name: 'Board view' }).click();
    const board = page.getByRole('dialog');
    const headline = () => board.locator('.headline').innerText();
    await board.locator('.lever').first().waitFor();
    const principal = await headline();

    const projection = board.getByRole('combobox', { name: 'Projection' });
    expect(await projection.locator('option').allInnerTexts()).toEqual(['Principal', 'Low', 'High']);
    await projection.selectOption({ label: 'High' });
    await poll(headline).not.toBe(principal);
    const high = await headline();
    await page.screenshot({ path: new URL('board-1280x720-high-projection.png', SCREENSHOTS).pathname });

    const phaseIn = board.getByRole('combobox', { name: /^Phase-in of Share of Residential and nursing care moved to Extra care housing/ });
    expect(await phaseIn.locator('option').allInnerTexts()).toEqual(['Even', 'Fast start', 'Slow start', 'All at once']);
    // On screen, "Phase-in" heads the menus' column of each group with one: the rebalancing rules and the investments.
    expect(await board.locator('.board__group legend').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Rebalancing\s*Phase-in$/)]));
    await expect(board.getByText('Phase-in', { exact: true }).evaluateAll((captions) => captions.map((caption) => caption.checkVisibility()))).resolves.toEqual([true, true]);
    await phaseIn.selectOption({ label: 'All at once' });
    await poll(headline).not.toBe(high);

    // Each menu's change is one step of history, as a typed cell is.
    await board.getByRole('button', { name: 'Close' }).click();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await poll(() => headlineText(page)).not.toBe(before);
    await undo.click();
    await poll(() => headlineText(page)).toBe(before);
    await page.context().close();
  });
});

/** Whether the element's box lies wholly inside the window. */
const inViewport = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
};

/** How much of the element's height is inside the window, 0 to 1. */
const shareInView = (element: Element) => {
  const box = element.getBoundingClientRect();
  return Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)) / box.height;
};

describe('the inputs and the results together', () => {
  it.each([
    [1440, 900],
    [1280, 720],
  ])('at %i×%i a chart chosen from the chart index changes with an edited unit cost while the cell stays in view', async (width, height) => {
    const page = await openAt(width, height);
    await page.screenshot({ path: new URL(`main-${width}x${height}-first-visit.png`, SCREENSHOTS).pathname });
    await page.getByRole('note', { name: 'Welcome' }).getByRole('button', { name: 'Got it' }).click();
    await page.screenshot({ path: new URL(`main-${width}x${height}.png`, SCREENSHOTS).pathname });
    await selectCell(page, HOME_CARE_COST);
    const cell = page.locator('.inputs td.current').first();
    await page.getByRole('navigation', { name: 'Charts' }).getByRole('button', { name: 'Who pays and who saves' }).click();
    const partners = chartPanel(page, 'Who pays and who saves, 2025/26');
    await page.screenshot({ path: new URL(`main-${width}x${height}-partners.png`, SCREENSHOTS).pathname });
    // The chart in view: its figures whole, its legend's last line perhaps not on a short screen.
    await poll(() => partners.locator('canvas').first().evaluate(shareInView)).toBeGreaterThan(0.9);
    expect(await cell.evaluate(inViewport)).toBe(true);
    expect(await page.locator('.outputs .headline').evaluate(inViewport)).toBe(true);

    const before = await partners.locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
    await editCell(page, HOME_CARE_COST, '40');
    await poll(() => partners.locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL())).not.toBe(before);
    await page.screenshot({ path: new URL(`main-${width}x${height}-edited.png`, SCREENSHOTS).pathname });
    expect(await page.locator('.inputs td.current').first().evaluate(inViewport)).toBe(true);
    expect(await partners.locator('canvas').first().evaluate(shareInView)).toBeGreaterThan(0.9);
    await page.context().close();
  });
});

describe('a chart saved as a picture', () => {
  it('carries its title, scenario, years and key: larger than the chart on screen', async () => {
    const page = await openAt(1440, 900);
    const panel = chartPanel(page, LEVEL_SPEND);
    const bare = await panel.locator('canvas').evaluate((canvas: HTMLCanvasElement) => [canvas.width, canvas.height]);
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /^Save as PNG/ }).click()]);
    const png = readFileSync(await download.path());
    // A PNG's width and height are the two big-endian numbers after its IHDR tag.
    const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
    writeFileSync(new URL('level-chart.png', SCREENSHOTS), png);
    expect(size[0]).toBeGreaterThan(bare[0]);
    expect(size[1]).toBeGreaterThan(bare[1]);
    await page.context().close();
  });

  it('after an edit, of a chart out of sight and saved without scrolling to it, holds the edited scenario’s figures', async () => {
    const page = await openAt(1440, 900);
    const before = await headlineText(page);
    await editCell(page, HOME_CARE_COST, '30');
    await poll(() => headlineText(page)).not.toBe(before);
    const panel = chartPanel(page, NET_SAVING);
    expect(await panel.locator('canvas').evaluate(shareInView)).toBe(0);

    // A click sent to the button itself: Playwright's own click would scroll the chart into view first.
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /^Save as PNG/ }).dispatchEvent('click')]);
    expect(readFileSync(await download.path()).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await panel.locator('canvas').evaluate(shareInView)).toBe(0);

    const read = readScenarioText(readFileSync(new URL('../../samples/county.upstream.json', import.meta.url), 'utf8'));
    if (!read.ok) throw new Error('The county sample does not read');
    const homeCare = read.scenario.services.find((service) => service.id === 'homecare');
    if (!homeCare) throw new Error('The county sample has no home care');
    homeCare.unitCost = 30;
    const results = runModel(read.scenario);
    const netSaving = (await chartFigures(page)).find((chart) => chart.title === NET_SAVING);
    expect(netSaving?.drawn).toEqual([results.summary.cumulativeNetSaving, results.summary.netSaving]);
    await page.context().close();
  });
});

describe('reaching things by keyboard and by name', () => {
  it('names menu items by their label alone and leads with a link that skips to the results', async () => {
    const page = await openAt(1440, 900);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to the results');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results');

    await page.getByRole('button', { name: 'File', exact: true }).click();
    const save = page.getByRole('menu').getByRole('menuitem', { name: 'Save', exact: true });
    expect(await save.getAttribute('aria-keyshortcuts')).toBe('Control+S Meta+S');
    await page.keyboard.press('Escape');
    await page.context().close();
  });
});
