// What the library and import browser tests share: the app's first results,
// the scenario library read and seeded straight through IndexedDB (the same
// database src/files/library.ts uses), and where screenshots go.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { LibraryEntry } from '../../src/files/libraryEntries';
import { readScenarioText } from '../../src/model/file/scenarioFile';
import type { Scenario } from '../../src/model/file/schema';

/** The library and import tests' name for appPage's wait for the first results. */
export { waitForResults as waitForFirstResults } from './appPage';

export const SCREENSHOTS_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS_DIR, { recursive: true });

/** The county sample, the scenario the app opens with in a fresh browser. */
export function countySample(): Scenario {
  const read = readScenarioText(readFileSync(new URL('../../samples/county.upstream.json', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.scenario;
}

/** Runs `work` on the library's object store inside the page and resolves with its answer once the transaction commits. */
function withLibraryStore<T>(page: Page, mode: IDBTransactionMode, entries: LibraryEntry[] | null): Promise<T> {
  return page.evaluate(
    ([mode, entries]) =>
      new Promise<T>((resolve, reject) => {
        const opening = indexedDB.open('upstream', 1);
        opening.onupgradeneeded = () => {
          opening.result.createObjectStore('drafts');
          opening.result.createObjectStore('library', { keyPath: 'id' });
        };
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const transaction = db.transaction('library', mode);
          const store = transaction.objectStore('library');
          let answer: unknown;
          if (entries) entries.forEach((entry) => store.put(entry));
          else store.getAll().onsuccess = (event) => (answer = (event.target as IDBRequest).result);
          transaction.oncomplete = () => {
            db.close();
            resolve(answer as T);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [mode, entries] as const,
  );
}

/** Every entry in the page's scenario library. */
export function libraryEntries(page: Page): Promise<LibraryEntry[]> {
  return withLibraryStore<LibraryEntry[]>(page, 'readonly', null);
}

/** Puts scenarios in the page's library as if saved there earlier, a minute apart, the last the newest. */
export async function seedLibrary(page: Page, scenarios: Scenario[]): Promise<void> {
  const entries = scenarios.map((scenario, i) => {
    const when = new Date(Date.UTC(2026, 10, 22, 14, 30 + i)).toISOString();
    return { id: `seeded-${i}`, scenario, createdAt: when, updatedAt: when };
  });
  await withLibraryStore<undefined>(page, 'readwrite', entries);
}
