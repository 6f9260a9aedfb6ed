// The model's worker: checks the draft and runs the engine off the main thread.
import { expose } from 'comlink';
import { runDraft } from '../src/model';
import { readScenarioBytes } from '../src/model';

/** How many model runs this worker has done; browser tests read it to prove where the model runs. */
const counter = self as unknown as { upstreamModelRuns: number };
counter.upstreamModelRuns = 0;

const api = {
  runDraft(draft: unknown) {
    counter.upstreamModelRuns++;
    return runDraft(draft);
  },
  readFile(bytes: Uint8Array) {
    return readScenarioBytes(bytes);
  },
};

export type ModelWorkerApi = typeof api;

expose(api);
