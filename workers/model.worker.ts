// The model's worker: checks the draft and runs the engine off the main thread.
import { expose } from 'comlink';
import { readScenarioBytes, runDraft, type DraftOutcome } from '../src/model';
import { writeAnswer, type InSlot, type SlotPlace } from '../src/ui/model/answerSlot';
import { FAULT_DRILL_WORKER, type FaultDrill } from '../src/ui/model/faultDrill';

/** How many model runs this worker has done; browser tests read it to prove where the model runs. */
const counter = self as unknown as { upstreamModelRuns: number };
counter.upstreamModelRuns = 0;

/**
 * Test-only (test/e2e/faults.test.ts, src/ui/model/faultDrill.ts): a worker
 * the page started as a fault drill hangs, throws or dies on a scenario named
 * "hang", "throw" or "die", so browser tests can show faults are shown.
 */
function drill(draft: unknown): Promise<never> | null {
  const name = (draft as { meta?: { name?: unknown } } | null)?.meta?.name as FaultDrill;
  if (name === 'hang') for (;;);
  if (name === 'throw') throw new Error('The fault drill threw.');
  if (name !== 'die') return null;
  // A dead worker never answers.
  self.close();
  return new Promise<never>(() => undefined);
}
const drilling = self.name === FAULT_DRILL_WORKER;

function countedRun(draft: unknown, alive?: () => void): DraftOutcome | Promise<never> {
  counter.upstreamModelRuns++;
  return (drilling && drill(draft)) || runDraft(draft, alive);
}

const api = {
  runDraft: countedRun,
  /** The live run: the answer also goes to the page's answer slot (answerSlot.ts), where it fits. */
  runDraftToSlot(draft: unknown, alive: () => void, slot: SlotPlace | null): DraftOutcome | InSlot | Promise<never> {
    const startedAt = performance.now();
    const outcome = countedRun(draft, alive);
    if (outcome instanceof Promise || !slot) return outcome;
    return writeAnswer(slot.memory, slot.run, outcome, startedAt) ? { inSlot: slot.run } : outcome;
  },
  readFile(bytes: Uint8Array) {
    return readScenarioBytes(bytes);
  },
};

export type ModelWorkerApi = typeof api;

expose(api);
