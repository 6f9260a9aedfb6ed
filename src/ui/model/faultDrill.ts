// Test-only: with localStorage "upstream.faultDrill" set to "on", the model
// worker starts as a fault drill (workers/model.worker.ts) and hangs, throws
// or dies on a scenario named "hang", "throw" or "die". Browser tests use it
// to prove that faults are shown as faults (test/e2e/faults.test.ts); nobody
// else sets the flag, and without it the worker is the ordinary one.

export type FaultDrill = 'hang' | 'throw' | 'die';

const DRILL_KEY = 'upstream.faultDrill';
/** The worker's name when it is a drill. */
export const FAULT_DRILL_WORKER = 'upstream fault drill';

export function faultDrillOn(): boolean {
  try {
    return localStorage.getItem(DRILL_KEY) === 'on';
  } catch {
    return false;
  }
}
