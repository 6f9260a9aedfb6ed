// A quicker way back for the model's answer where the page is cross-origin
// isolated (the server sends the two Cross-Origin headers, vite.config.ts).
// Chromium draws a frame straight after a key is pressed, before it hands the
// page any message, so an answer to an edit that comes as a message waits
// behind that frame and is drawn in the next. Here the worker also writes its
// answer, as JSON, into memory it shares with the page, and the page looks
// there at the start of each animation frame while it waits: the answer is
// drawn in the frame the key started. The message still comes; it says the
// answer is in the slot, or carries it when it would not fit or would not
// survive JSON unchanged.

/** Room for the answer; the county sample's is about 80 KB. */
const SLOT_BYTES = 2 ** 20;
/** Int32 slots before the answer's bytes: the run it answers, then its length. */
const HEADER_BYTES = 8;

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
  return globalThis.crossOriginIsolated ? new SharedArrayBuffer(HEADER_BYTES + SLOT_BYTES) : null;
}

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
 * In the worker: writes the answer to run `run` into the slot; false when it
 * is left to the message. A walk, then a plain JSON.stringify: a replacer
 * function called on every value cost the worker more than the model itself.
 */
export function writeAnswer(slot: SharedArrayBuffer, run: number, answer: unknown): boolean {
  if (!survivesJson(answer)) return false;
  // Encoded apart, then copied: Chromium's encodeInto refuses shared memory.
  const bytes = new TextEncoder().encode(JSON.stringify(answer));
  if (bytes.length > slot.byteLength - HEADER_BYTES) return false;
  new Uint8Array(slot, HEADER_BYTES).set(bytes);
  const header = new Int32Array(slot, 0, 2);
  Atomics.store(header, 1, bytes.length);
  // Last: the page reads nothing of this answer before it sees its run number.
  Atomics.store(header, 0, run);
  return true;
}

/** In the page: the answer to run `run` if the worker has written it, else undefined. */
export function readAnswer<T>(slot: SharedArrayBuffer, run: number): T | undefined {
  const header = new Int32Array(slot, 0, 2);
  if (Atomics.load(header, 0) !== run) return undefined;
  const length = Atomics.load(header, 1);
  // A copy: TextDecoder does not read shared memory.
  return JSON.parse(new TextDecoder().decode(new Uint8Array(slot, HEADER_BYTES, length).slice())) as T;
}
