// A quicker way back for the model's answer where the page is cross-origin
// isolated (the server sends the two Cross-Origin headers, vite.config.ts).
// Chromium draws a frame straight after a key is pressed, before it hands the
// page any message, so an answer to an edit that comes as a message waits
// behind that frame and is drawn in the next. Here the worker also writes its
// answer, as JSON text, into memory it shares with the page, and the page looks
// there at the start of each animation frame while it waits: the answer is
// drawn in the frame the key started. The message still comes; it says the
// answer is in the slot, or carries it when it would not fit or would not
// survive JSON unchanged. Where the worker has been quick, the page does not
// even wait for the frame: it waits in the edit's own task, a few
// milliseconds at most, while the worker runs on another core
// (modelClient.ts), so the answer is drawn in the very frame the key starts.

/**
 * Room for the answer's text, in UTF-16 code units, as a JavaScript string
 * holds it: Chromium's TextEncoder and TextDecoder took about 1 ms and 1.5 ms
 * over the county sample's answer (62,000 characters), ten times as long as
 * copying its characters in and out. So the slot holds 512K characters.
 */
const SLOT_BYTES = 2 ** 20;
/** How many characters String.fromCharCode is given at once: far fewer than the engine's limit on arguments. */
const READ_CHUNK = 8192;
/** Int32 slots before the answer's text: the run it answers, its length in characters, and the worker's time on the run in microseconds. */
const HEADER_SLOTS = 3;
const HEADER_BYTES = HEADER_SLOTS * Int32Array.BYTES_PER_ELEMENT;

/** Where a run's answer is to be written: the slot, and the run's number. */
export interface SlotPlace {
  memory: SharedArrayBuffer;
  run: number;
}

/** The worker's reply when the answer is in the slot. */
export interface InSlot {
  inSlot: number;
}

export const isInSlot = (reply: object): reply is InSlot => 'inSlot' in reply;

/** Shared memory for the answers to the live runs, or null where the page is not cross-origin isolated. */
export function createAnswerSlot(): SharedArrayBuffer | null {
  return globalThis.crossOriginIsolated ? slotMemory() : null;
}

/** The shared memory of one slot, empty. */
export const slotMemory = () => new SharedArrayBuffer(HEADER_BYTES + SLOT_BYTES);

const headerOf = (slot: SharedArrayBuffer) => new Int32Array(slot, 0, HEADER_SLOTS);

/** Whether JSON keeps this value as it is: no number that is not finite, no property or item left undefined. */
function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || value === null) return value !== undefined;
  if (Array.isArray(value)) {
    // for…of, not every(): a hole in an array becomes null in JSON.
    for (const item of value) if (!survivesJson(item)) return false;
    return true;
  }
  for (const key in value) if (!survivesJson((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * In the worker: writes the answer to run `run`, begun at `startedAt`
 * (performance.now()), into the slot; false when it is left to the message.
 * A walk, then a plain JSON.stringify: a replacer function called on every
 * value cost the worker more than the model itself.
 */
export function writeAnswer(slot: SharedArrayBuffer, run: number, answer: unknown, startedAt: number): boolean {
  if (!survivesJson(answer)) return false;
  const json = JSON.stringify(answer);
  if (json.length * Uint16Array.BYTES_PER_ELEMENT > slot.byteLength - HEADER_BYTES) return false;
  const chars = new Uint16Array(slot, HEADER_BYTES, json.length);
  for (let i = 0; i < json.length; i++) chars[i] = json.charCodeAt(i);
  const header = headerOf(slot);
  Atomics.store(header, 1, json.length);
  Atomics.store(header, 2, Math.round((performance.now() - startedAt) * 1000));
  // Last: the page reads nothing of this answer before it sees its run number.
  Atomics.store(header, 0, run);
  return true;
}

/** In the page: the answer to run `run` if the worker has written it, else undefined. */
export function readAnswer<T>(slot: SharedArrayBuffer, run: number): T | undefined {
  const header = headerOf(slot);
  if (Atomics.load(header, 0) !== run) return undefined;
  const chars = new Uint16Array(slot, HEADER_BYTES, Atomics.load(header, 1));
  let json = '';
  // fromCharCode takes a typed array as its list of arguments, as it would an array of numbers.
  for (let at = 0; at < chars.length; at += READ_CHUNK) json += String.fromCharCode.apply(null, chars.subarray(at, at + READ_CHUNK) as unknown as number[]);
  return JSON.parse(json) as T;
}

/**
 * In the page: the answer to run `run` once the worker has written it, or
 * undefined if it has not by `until` (performance.now()). It blocks the page
 * meanwhile, so only for a few milliseconds: the page may not Atomics.wait.
 */
export function waitForAnswer<T>(slot: SharedArrayBuffer, run: number, until: number): T | undefined {
  const header = headerOf(slot);
  while (Atomics.load(header, 0) !== run) if (performance.now() >= until) return undefined;
  return readAnswer<T>(slot, run);
}

/** How long the worker took, in milliseconds, over its answer to run `run` (the run and the writing); undefined if that answer is not in the slot. */
export function workerTook(slot: SharedArrayBuffer, run: number): number | undefined {
  const header = headerOf(slot);
  return Atomics.load(header, 0) === run ? Atomics.load(header, 2) / 1000 : undefined;
}
