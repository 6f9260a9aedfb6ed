// Upstream's IndexedDB database (the autosaved draft and the scenario
// library) and the one way its failures come back: a result in plain words,
// never a throw and never silence. A swallowed quota error once erased
// people's work in a well-known drawing app (ENGINEERING.md).

const DATABASE_NAME = 'upstream';
const DATABASE_VERSION = 1;
export const DRAFTS_STORE = 'drafts';
export const LIBRARY_STORE = 'library';
type StoreName = typeof DRAFTS_STORE | typeof LIBRARY_STORE;

export type StorageFailure = { ok: false; kind: 'quota' | 'unavailable' | 'failed'; reason: string };
export type StorageResult<T> = { ok: true; value: T } | StorageFailure;

const SAVE_A_FILE = 'Save the scenario to a file so no work is lost.';

function errorName(error: unknown): string {
  return error instanceof DOMException || error instanceof Error ? error.name : '';
}

/** What went wrong while `doing` something ("keep an automatic copy of this scenario"), in plain words. */
export function storageFailure(error: unknown, doing: string, otherwise: 'unavailable' | 'failed' = 'failed'): StorageFailure {
  if (errorName(error) === 'QuotaExceededError') {
    return {
      ok: false,
      kind: 'quota',
      reason: `Could not ${doing}: the browser has no room left for Upstream's saved copies. ${SAVE_A_FILE} Then free some disk space or delete scenarios you no longer need from the library.`,
    };
  }
  if (otherwise === 'unavailable') {
    return {
      ok: false,
      kind: 'unavailable',
      reason: `Could not ${doing}: this browser is not letting Upstream store anything (private browsing, or site data turned off). ${SAVE_A_FILE}`,
    };
  }
  const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, kind: 'failed', reason: `Could not ${doing}: the browser's storage failed (${detail}). ${SAVE_A_FILE}` };
}

/** An id that needs no secure context (crypto.randomUUID does). */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

let opening: Promise<StorageResult<IDBDatabase>> | null = null;

function openOnce(doing: string): Promise<StorageResult<IDBDatabase>> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') {
      resolve(storageFailure(null, doing, 'unavailable'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
    } catch (error) {
      resolve(storageFailure(error, doing, 'unavailable'));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DRAFTS_STORE)) db.createObjectStore(DRAFTS_STORE);
      if (!db.objectStoreNames.contains(LIBRARY_STORE)) db.createObjectStore(LIBRARY_STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Let a newer Upstream in another tab upgrade the database; the next call reopens.
      const forget = () => {
        db.close();
        opening = null;
      };
      db.onversionchange = forget;
      db.onclose = () => {
        opening = null;
      };
      resolve({ ok: true, value: db });
    };
    request.onerror = () => resolve(storageFailure(request.error, doing, 'unavailable'));
  });
}

async function openDatabase(doing: string): Promise<StorageResult<IDBDatabase>> {
  opening ??= openOnce(doing);
  const opened = await opening;
  if (!opened.ok) opening = null;
  return opened;
}

/** What a transaction's work can do: read with a callback (still inside the transaction), and set its answer. */
export interface TransactionSteps<T> {
  store: IDBObjectStore;
  read<R>(request: IDBRequest<R>, then: (result: R) => void): void;
  answer(value: T): void;
}

/**
 * Runs `work` in one transaction on one store and resolves once it has
 * committed (so a success means the data is written), or with the failure.
 * Reads chain by callbacks, not awaits, so a check and a write share the
 * same transaction and no other tab can slip in between.
 */
export async function inTransaction<T>(
  storeName: StoreName,
  mode: IDBTransactionMode,
  doing: string,
  work: (steps: TransactionSteps<T>) => void,
): Promise<StorageResult<T>> {
  const opened = await openDatabase(doing);
  if (!opened.ok) return opened;
  return new Promise((resolve) => {
    let transaction: IDBTransaction;
    try {
      transaction = opened.value.transaction(storeName, mode);
    } catch (error) {
      resolve(storageFailure(error, doing));
      return;
    }
    let answer: T | undefined;
    // A throw (a stubbed or full disk throws QuotaExceededError from put) aborts the transaction; onabort reports it.
    let thrown: { error: unknown } | null = null;
    const guarded = (step: () => void) => {
      try {
        step();
      } catch (error) {
        if (thrown !== null) return;
        thrown = { error };
        transaction.abort();
      }
    };
    transaction.oncomplete = () => resolve({ ok: true, value: answer as T });
    transaction.onabort = () => resolve(storageFailure(thrown ? thrown.error : transaction.error, doing));
    guarded(() =>
      work({
        store: transaction.objectStore(storeName),
        read: (request, then) => {
          request.onsuccess = () => guarded(() => then(request.result));
        },
        answer: (value) => {
          answer = value;
        },
      }),
    );
  });
}
