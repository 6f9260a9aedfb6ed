// Hostile files opened in the app, in real Chromium (MODEL.md §9): each is
// refused with its problems listed, one per item, as the reader words them,
// and the scenario on screen is unchanged.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PROBLEMS_LISTED } from '../../src/model/file/problems';
import { readScenarioBytes } from '../../src/model/file/scenarioFile';
import { HOSTILE_FILES, hostileFilePath } from '../model/file/hostile-files/manifest';
import { closeRefusal, openRefusedFile, scenarioOnScreen, waitForResults, type CellAddress } from './appPage';
import { appUrl, launchBrowser } from './browser';

const HOME_CARE_COST: CellAddress = { tab: 'Services', grid: 'Services', row: 'Home care', column: 'Unit cost £' };
const OPENED = [
  'key-written-twice.upstream.json',
  'comment-line.upstream.json',
  'utf-16-le-no-bom.upstream.json',
  'id-with-line-break-and-bidi.upstream.json',
  'unit-cost-1e308.upstream.json',
  'lists-nested-100000-deep.upstream.json',
  'list-of-118000-bad-values.upstream.json',
  '1500-problems.upstream.json',
];

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'upstream-hostile-e2e-'));
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile files opened in the app', () => {
  it('refuses each with its problems listed as the reader words them, and changes nothing on screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    // No file pickers, as in Firefox or Safari: Open uses the file input.
    await context.addInitScript(() => Object.defineProperty(window, 'showOpenFilePicker', { value: undefined, configurable: true }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(appUrl());
    await waitForResults(page);
    const before = await scenarioOnScreen(page, HOME_CARE_COST);

    for (const name of OPENED) {
      const bytes = readFileSync(hostileFilePath(dir, HOSTILE_FILES.find((h) => h.file === name)!));
      const read = readScenarioBytes(new Uint8Array(bytes));
      if (read.ok) throw new Error(`${name} should be refused`);
      const { dialog, shown } = await openRefusedFile(page, name, bytes);
      // The app names each place in words, with the reader's message and the path in the file beside it.
      expect(shown).toHaveLength(read.problems.length);
      shown.forEach((line, i) => expect(line).toContain(read.problems[i].message));
      expect(shown.length).toBeLessThanOrEqual(MAX_PROBLEMS_LISTED + 1);
      await closeRefusal(dialog);
    }

    expect(await scenarioOnScreen(page, HOME_CARE_COST)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
