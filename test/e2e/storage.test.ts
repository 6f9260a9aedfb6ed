// The browser-only parts of src/files (IndexedDB autosave and library,
// BroadcastChannel, File System Access, canvas to PNG) in real Chromium.
// The app's UI does not use them yet, so this builds a tiny page that
// imports the modules, serves it with vite preview and drives it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as AutosaveModule from '../../src/files/autosaveStore';
import type * as ChartImageModule from '../../src/files/chartImage';
import type * as ImportTablesModule from '../../src/files/importTables';
import type * as LibraryModule from '../../src/files/library';
import type * as ScenarioFileModule from '../../src/files/scenarioFileIO';
import type * as WorkbookModule from '../../src/files/workbook';
import type * as ResultsModule from '../../src/model/kernel/results';
import { readScenarioText } from '../../src/model/file/scenarioFile';
import type { Scenario } from '../../src/model/file/schema';
import { launchBrowser } from './browser';

type PageModules = typeof AutosaveModule &
  typeof LibraryModule &
  Omit<typeof ScenarioFileModule, 'openScenarioFile'> & { openScenarioFile: (file: File) => ReturnType<typeof ScenarioFileModule.openScenarioFile> } &
  typeof ChartImageModule &
  typeof WorkbookModule &
  typeof ImportTablesModule &
  typeof ResultsModule;

declare global {
  interface Window {
    upstreamFiles: PageModules;
    /** State a test keeps in the page between evaluate calls. */
    testState: Record<string, unknown>;
  }
}

const SRC_DIR = fileURLToPath(new URL('../../src/', import.meta.url));
const scenarioText = readFileSync(new URL('../../../shared/spec/example-a.scenario.json', import.meta.url), 'utf8');
const read = readScenarioText(scenarioText);
if (!read.ok) throw new Error('Example A does not read');
const exampleA: Scenario = read.scenario;

const PAGE_HTML = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Upstream storage test page</title></head>
<body><canvas id="chart" width="40" height="20"></canvas><script type="module" src="./main.ts"></script></body></html>`;

const PAGE_SCRIPT = `
import * as autosave from '${SRC_DIR}files/autosaveStore.ts';
import * as library from '${SRC_DIR}files/library.ts';
import * as scenarioFile from '${SRC_DIR}files/scenarioFileIO.ts';
import * as chartImage from '${SRC_DIR}files/chartImage.ts';
import * as workbook from '${SRC_DIR}files/workbook.ts';
import * as importTables from '${SRC_DIR}files/importTables.ts';
import * as results from '${SRC_DIR}model/kernel/results.ts';
import { readScenarioBytes } from '${SRC_DIR}model/file/scenarioFile.ts';
// Opening reads in the page here; the app reads in its model worker.
const openScenarioFile = (file) => scenarioFile.openScenarioFile(file, readScenarioBytes);
window.upstreamFiles = { ...autosave, ...library, ...scenarioFile, openScenarioFile, ...chartImage, ...workbook, ...importTables, ...results };
window.testState = {};
document.body.dataset.ready = 'yes';
`;

let pageDir: string;
let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), 'upstream-storage-page-'));
  writeFileSync(join(pageDir, 'index.html'), PAGE_HTML);
  writeFileSync(join(pageDir, 'main.ts'), PAGE_SCRIPT);
  const outDir = join(pageDir, 'dist');
  await build({ root: pageDir, configFile: false, logLevel: 'error', build: { outDir, emptyOutDir: true, target: 'es2022' } });
  server = await preview({ root: pageDir, configFile: false, logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('The preview server did not report its address.');
  url = local;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
});

/** A page of the test app; pages in one context share IndexedDB like tabs of one browser. */
async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="yes"]', { state: 'attached' });
  expect(errors).toEqual([]);
  return page;
}

async function freshContext(): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true });
}

describe('autosave (IndexedDB)', () => {
  it('saves a draft, invalid values and all, and loads it back', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const [saved, loaded] = await page.evaluate(async () => {
      const { AutosaveStore } = window.upstreamFiles;
      const writer = new AutosaveStore('tab-a');
      const draft = { format: 'upstream-scenario', meta: { name: 'Half typed', baseYear: '20' }, services: [{ unitCost: 'abc' }] };
      const saved = await writer.saveDraft({ draft, fileName: 'county.upstream.json' });
      return [saved, await new AutosaveStore('tab-b').loadDraft()];
    });
    expect(saved).toMatchObject({ ok: true, revision: 1 });
    expect(loaded).toEqual({
      ok: true,
      value: {
        draft: { format: 'upstream-scenario', meta: { name: 'Half typed', baseYear: '20' }, services: [{ unitCost: 'abc' }] },
        fileName: 'county.upstream.json',
        savedAt: (saved as { savedAt: string }).savedAt,
        revision: 1,
        tabId: 'tab-a',
      },
    });
    expect(Date.parse((saved as { savedAt: string }).savedAt)).toBeGreaterThan(Date.now() - 60_000);
    await context.close();
  });

  it("refuses to let an older tab overwrite a newer tab's save, and tells the other tab", async () => {
    const context = await freshContext();
    const tabA = await openPage(context);
    const tabB = await openPage(context);
    const first = await tabA.evaluate(async () => {
      const store = new window.upstreamFiles.AutosaveStore('A');
      window.testState.store = store;
      window.testState.notices = [];
      store.onOtherTabSaved((notice) => (window.testState.notices as unknown[]).push(notice));
      await store.loadDraft();
      return store.saveDraft({ draft: { meta: { name: 'from A' } }, fileName: null });
    });
    expect(first).toMatchObject({ ok: true, revision: 1 });

    const second = await tabB.evaluate(async () => {
      const store = new window.upstreamFiles.AutosaveStore('B');
      window.testState.store = store;
      await store.loadDraft();
      return store.saveDraft({ draft: { meta: { name: 'from B' } }, fileName: null });
    });
    expect(second).toMatchObject({ ok: true, revision: 2 });

    await tabA.waitForFunction(() => (window.testState.notices as unknown[]).length === 1);
    expect(await tabA.evaluate(() => window.testState.notices)).toEqual([{ revision: 2, tabId: 'B', savedAt: (second as { savedAt: string }).savedAt }]);

    const stale = await tabA.evaluate(() => (window.testState.store as AutosaveModule.AutosaveStore).saveDraft({ draft: { meta: { name: 'stale A' } }, fileName: null }));
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', theirs: { revision: 2, tabId: 'B', draft: { meta: { name: 'from B' } } } });
    expect((stale as { reason: string }).reason).toMatch(/^This scenario was changed in another tab at \d\d:\d\d\. /);

    const kept = await tabA.evaluate(async () => (await new window.upstreamFiles.AutosaveStore('reader').loadDraft()));
    expect(kept).toMatchObject({ ok: true, value: { revision: 2, tabId: 'B' } });

    const overwritten = await tabA.evaluate(() =>
      (window.testState.store as AutosaveModule.AutosaveStore).saveDraft({ draft: { meta: { name: 'A wins' } }, fileName: null }, { overwrite: true }),
    );
    expect(overwritten).toMatchObject({ ok: true, revision: 3 });
    const staleB = await tabB.evaluate(() => (window.testState.store as AutosaveModule.AutosaveStore).saveDraft({ draft: {}, fileName: null }));
    expect(staleB).toMatchObject({ ok: false, kind: 'conflict', theirs: { revision: 3, tabId: 'A' } });
    await context.close();
  });

  it('reports a full disk in plain words instead of throwing, and works again after', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const [draftResult, libraryResult] = await page.evaluate(async (scenario) => {
      const { AutosaveStore, putScenario } = window.upstreamFiles;
      const realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        return [await new AutosaveStore().saveDraft({ draft: { meta: { name: 'x' } }, fileName: null }), await putScenario(scenario)];
      } finally {
        IDBObjectStore.prototype.put = realPut;
      }
    }, exampleA);
    const afterwards = await page.evaluate(() => new window.upstreamFiles.AutosaveStore().saveDraft({ draft: {}, fileName: null }));
    expect(draftResult).toEqual({
      ok: false,
      kind: 'quota',
      reason:
        "Could not keep an automatic copy of your scenario: the browser has no room left for Upstream's saved copies. Save the scenario to a file so no work is lost. Then free some disk space or delete scenarios you no longer need from the library.",
    });
    expect(libraryResult).toMatchObject({ ok: false, kind: 'quota', reason: expect.stringMatching(/^Could not add the scenario to the library: the browser has no room left/) });
    expect(afterwards).toMatchObject({ ok: true });
    await context.close();
  });

  it('says so when the browser will not open storage at all (as in some private modes)', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const result = await page.evaluate(async () => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
      return [await new window.upstreamFiles.AutosaveStore().loadDraft(), await window.upstreamFiles.listScenarios()];
    });
    expect(result[0]).toEqual({
      ok: false,
      kind: 'unavailable',
      reason:
        'Could not open the automatic copy of your scenario: this browser is not letting Upstream store anything (private browsing, or site data turned off). Save the scenario to a file so no work is lost.',
    });
    expect(result[1]).toMatchObject({ ok: false, kind: 'unavailable' });
    await context.close();
  });

  it('asks for persistent storage and says what the browser answered', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const answer = await page.evaluate(() => window.upstreamFiles.requestPersistentStorage());
    expect(typeof answer.persisted).toBe('boolean');
    expect(answer.message).toMatch(answer.persisted ? /will keep Upstream's saved copies/ : /may clear Upstream's saved copies/);
    await context.close();
  });
});

describe('the scenario library (IndexedDB)', () => {
  it('adds, lists, duplicates, renames, deletes and undoes a delete', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const steps = await page.evaluate(async (scenario) => {
      const lib = window.upstreamFiles;
      const added = await lib.putScenario(scenario);
      if (!added.ok) throw new Error(added.reason);
      const id = added.value.id;
      const copy = await lib.duplicateScenario(id);
      const renamed = await lib.renameScenario(id, 'Example A, revised');
      const badName = await lib.renameScenario(id, '');
      const listed = await lib.listScenarios();
      const deleted = await lib.deleteScenario(id);
      if (!deleted.ok) throw new Error(deleted.reason);
      const afterDelete = await lib.listScenarios();
      const gone = await lib.getScenario(id);
      const restored = await lib.restoreScenario(deleted.value);
      const afterUndo = await lib.listScenarios();
      const reopened = await lib.getScenario(id);
      return { id, added, copy, renamed, badName, listed, deleted, afterDelete, gone, restored, afterUndo, reopened };
    }, exampleA);
    const names = (listed: typeof steps.listed) => (listed.ok ? listed.value.map((entry) => entry.name).sort() : listed);
    expect(steps.copy).toMatchObject({ ok: true, value: { scenario: { meta: { name: 'Worked example A (copy)' } } } });
    expect(steps.renamed).toMatchObject({ ok: true, value: { id: steps.id, scenario: { meta: { name: 'Example A, revised' } } } });
    expect(steps.badName).toMatchObject({ ok: false, kind: 'invalid', reason: 'The name must be text of 1 to 200 characters, got the text ""' });
    expect(names(steps.listed)).toEqual(['Example A, revised', 'Worked example A (copy)']);
    expect(names(steps.afterDelete)).toEqual(['Worked example A (copy)']);
    expect(steps.gone).toMatchObject({ ok: false, kind: 'missing' });
    expect(names(steps.afterUndo)).toEqual(['Example A, revised', 'Worked example A (copy)']);
    expect(steps.reopened).toEqual(steps.renamed);
    expect(steps.reopened.ok && steps.reopened.value.scenario.services).toEqual(exampleA.services);
    await context.close();
  });
});

describe('scenario files', () => {
  it('downloads NAME.upstream.json where there is no save picker', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const [download, result] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate((scenario) => {
        Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
        return window.upstreamFiles.saveScenarioFile({ ...scenario, meta: { ...scenario.meta, name: 'County: 2025/26 plan' } });
      }, exampleA),
    ]);
    expect(result).toEqual({ outcome: 'downloaded', fileName: 'County- 2025-26 plan.upstream.json' });
    expect(download.suggestedFilename()).toBe('County- 2025-26 plan.upstream.json');
    const saved = readScenarioText(readFileSync(await download.path(), 'utf8'));
    expect(saved.ok && saved.scenario.services).toEqual(exampleA.services);
    await context.close();
  });

  it('Save as asks once, Save writes back to the same file, and a cancelled picker is not an error', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const outcome = await page.evaluate(async (scenario) => {
      const written: string[] = [];
      let asked = 0;
      let cancel = false;
      const handle = {
        name: 'chosen.upstream.json',
        createWritable: async () => ({ write: async (text: string) => void written.push(text), close: async () => undefined }),
      };
      Object.defineProperty(window, 'showSaveFilePicker', {
        configurable: true,
        value: async (options: { suggestedName: string }) => {
          asked += 1;
          if (cancel) throw new DOMException('The user aborted a request.', 'AbortError');
          written.push(`suggested ${options.suggestedName}`);
          return handle;
        },
      });
      const files = window.upstreamFiles;
      const saveAs = await files.saveScenarioFile(scenario);
      const sameHandle = saveAs.outcome === 'saved' && saveAs.handle === (handle as unknown as FileSystemFileHandle);
      const save = await files.saveScenarioFile({ ...scenario, meta: { ...scenario.meta, name: 'Renamed' } }, saveAs.outcome === 'saved' ? saveAs.handle : null);
      cancel = true;
      const cancelled = await files.saveScenarioFile(scenario);
      return { saveAs: saveAs.outcome, sameHandle, save, cancelled, asked, written };
    }, exampleA);
    expect(outcome.saveAs).toBe('saved');
    expect(outcome.sameHandle).toBe(true);
    expect(outcome.save).toMatchObject({ outcome: 'saved', fileName: 'chosen.upstream.json' });
    expect(outcome.cancelled).toEqual({ outcome: 'cancelled' });
    expect(outcome.asked).toBe(2);
    expect(outcome.written[0]).toBe('suggested Worked example A.upstream.json');
    const [first, second] = outcome.written.slice(1).map((text) => readScenarioText(text));
    expect(first.ok && first.scenario.meta.name).toBe('Worked example A');
    expect(second.ok && second.scenario.meta.name).toBe('Renamed');
    await context.close();
  });

  it('opens a file into a scenario, or lists its problems', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const [good, bad, big] = await page.evaluate(async (text) => {
      const { openScenarioFile } = window.upstreamFiles;
      return [
        await openScenarioFile(new File([text], 'a.upstream.json')),
        await openScenarioFile(new File([text.replace('"level": 5', '"level": 6')], 'b.upstream.json')),
        await openScenarioFile(new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.upstream.json')),
      ];
    }, scenarioText);
    expect(good.ok && good.scenario).toEqual(exampleA);
    expect(bad).toEqual({ ok: false, problems: [{ path: 'services/3/level', message: 'must be a whole number from 1 to 5, got 6' }] });
    expect(big).toEqual({ ok: false, problems: [{ path: '', message: 'huge.upstream.json is 5,242,881 bytes; the limit is 5,242,880 bytes (5 MiB).' }] });
    await context.close();
  });
});

describe('chart pictures', () => {
  it('turns a transparent chart canvas into a PNG on white', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const pixels = await page.evaluate(async () => {
      const canvas = document.getElementById('chart') as HTMLCanvasElement;
      const context2d = canvas.getContext('2d')!;
      context2d.clearRect(0, 0, canvas.width, canvas.height);
      context2d.fillStyle = '#ff0000';
      context2d.fillRect(10, 5, 20, 10);
      const image = await window.upstreamFiles.chartPngBlob(canvas);
      if (!image.ok) throw new Error(image.reason);
      const bitmap = await createImageBitmap(image.blob);
      const check = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      check.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => Array.from(check.getImageData(x, y, 1, 1).data);
      return { type: image.blob.type, size: [bitmap.width, bitmap.height], corner: at(0, 0), middle: at(20, 10) };
    });
    expect(pixels).toEqual({ type: 'image/png', size: [40, 20], corner: [255, 255, 255, 255], middle: [255, 0, 0, 255] });
    await context.close();
  });
});

describe('workbooks in the browser', () => {
  it('loads exceljs only when a workbook is made, then writes and re-reads it', async () => {
    const context = await freshContext();
    const page = await openPage(context);
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    expect(scripts.filter((src) => src.includes('exceljs'))).toEqual([]);
    const roundTrip = await page.evaluate(async (scenario) => {
      const files = window.upstreamFiles;
      const bytes = await files.scenarioWorkbookBytes(scenario, files.runModel(scenario));
      const preview = await files.previewImport(bytes, 'example.xlsx', scenario);
      const applied = files.applyImport(scenario, preview);
      return { size: bytes.byteLength, problems: preview.problems, scenario: applied.ok ? applied.scenario : null };
    }, exampleA);
    expect(scripts.filter((src) => src.includes('exceljs'))).toHaveLength(1);
    expect(roundTrip.problems).toEqual([]);
    expect(roundTrip.scenario).toEqual(exampleA);
    expect(roundTrip.size).toBeGreaterThan(10_000);
    await context.close();
  });
});
