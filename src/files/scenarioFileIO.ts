// Saving and opening `.upstream.json` files in the browser (MODEL.md §9),
// apart from any UI. Where the File System Access API exists (Chromium),
// Save writes back to the file it came from and Save as asks where;
// elsewhere the file is downloaded. Every outcome is a result: cancelling a
// picker is a choice, not an error.
import { MAX_FILE_BYTES, tooBigReason, writeScenarioText } from '../model';
import type { ReadResult } from '../model';
import type { Scenario } from '../model';
import { downloadBlob } from './download';
import { scenarioFileName } from './fileNames';

type Failed = { outcome: 'failed'; reason: string };

export type SaveFileResult =
  | { outcome: 'saved'; fileName: string; handle: FileSystemFileHandle }
  | { outcome: 'downloaded'; fileName: string }
  | { outcome: 'cancelled' }
  | Failed;

export type ChooseFileResult =
  | { outcome: 'chosen'; file: File; handle: FileSystemFileHandle }
  | { outcome: 'cancelled' }
  | { outcome: 'unsupported' }
  | Failed;

/** The pickers are Chromium-only, so TypeScript's DOM library leaves them out. */
interface FilePickerOptions {
  suggestedName?: string;
  types?: Array<{ description: string; accept: Record<string, string[]> }>;
  multiple?: boolean;
}
interface WindowWithFilePickers {
  showSaveFilePicker?: (options: FilePickerOptions) => Promise<FileSystemFileHandle>;
  showOpenFilePicker?: (options: FilePickerOptions) => Promise<FileSystemFileHandle[]>;
}

const SCENARIO_FILE_TYPES = [{ description: 'Upstream scenario', accept: { 'application/json': ['.json'] } }];

function pickers(): WindowWithFilePickers {
  return typeof window === 'undefined' ? {} : (window as unknown as WindowWithFilePickers);
}

/** True where Save can write back to the same file; elsewhere saving downloads a copy. */
export function canSaveInPlace(): boolean {
  return typeof pickers().showSaveFilePicker === 'function';
}

const isCancel = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

function failure(error: unknown, doing: string): Failed {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'SecurityError') return { outcome: 'failed', reason: `Could not ${doing}: the browser opens the file window only straight after a click. Click again.` };
  if (name === 'NotAllowedError') return { outcome: 'failed', reason: `Could not ${doing}: the browser did not give Upstream permission. Use Save as to choose where to save.` };
  if (name === 'QuotaExceededError') return { outcome: 'failed', reason: `Could not ${doing}: the disk is full. Free some space and save again.` };
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return { outcome: 'failed', reason: `Could not ${doing}: ${detail}` };
}

async function writeToHandle(handle: FileSystemFileHandle, text: string): Promise<SaveFileResult> {
  try {
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    return { outcome: 'saved', fileName: handle.name, handle };
  } catch (error) {
    return failure(error, `save ${handle.name}`);
  }
}

/**
 * Save (with the handle the scenario was opened from or last saved to) or
 * Save as (without one). Without the File System Access API it downloads
 * NAME.upstream.json.
 */
export async function saveScenarioFile(scenario: Scenario, handle?: FileSystemFileHandle | null): Promise<SaveFileResult> {
  const text = writeScenarioText(scenario);
  if (handle) return writeToHandle(handle, text);
  const fileName = scenarioFileName(scenario.meta.name);
  const { showSaveFilePicker } = pickers();
  if (typeof showSaveFilePicker !== 'function') {
    downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
    return { outcome: 'downloaded', fileName };
  }
  let chosen: FileSystemFileHandle;
  try {
    chosen = await showSaveFilePicker({ suggestedName: fileName, types: SCENARIO_FILE_TYPES });
  } catch (error) {
    return isCancel(error) ? { outcome: 'cancelled' } : failure(error, 'choose where to save');
  }
  return writeToHandle(chosen, text);
}

/**
 * Asks for a scenario file with the File System Access API, so a later Save
 * can write back to it. 'unsupported': use an <input type="file"> instead.
 */
export async function chooseScenarioFile(): Promise<ChooseFileResult> {
  const { showOpenFilePicker } = pickers();
  if (typeof showOpenFilePicker !== 'function') return { outcome: 'unsupported' };
  try {
    const [handle] = await showOpenFilePicker({ types: SCENARIO_FILE_TYPES, multiple: false });
    return { outcome: 'chosen', file: await handle.getFile(), handle };
  } catch (error) {
    return isCancel(error) ? { outcome: 'cancelled' } : failure(error, 'open the file');
  }
}

/**
 * Reads a chosen or dropped file: the scenario, or every problem with it.
 * `read` checks the bytes (the app passes its model worker's reader).
 */
export async function openScenarioFile(file: File, read: (bytes: Uint8Array) => ReadResult | Promise<ReadResult>): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, problems: [{ path: '', message: `${file.name} ${tooBigReason(file.size)}.` }] };
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, problems: [{ path: '', message: `${file.name} could not be read; it may have been moved or changed. Choose it again.` }] };
  }
  return read(new Uint8Array(bytes));
}
