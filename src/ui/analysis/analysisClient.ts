// The analysis worker, seen from the page. Calls run one at a time in call
// order; a survey still waiting to start is replaced by a newer one, so edits
// never queue stale tornadoes. A call that stops answering gets its worker
// replaced and the user told; Cancel stops a Monte Carlo run at once by
// terminating its worker and starting a fresh one (about 25 ms).
import { proxy, wrap, type Remote } from 'comlink';
import { createSignal } from 'solid-js';
import type { GoalSeekRequest } from '../../model';
import type { MonteCarloProgress, MonteCarloResult } from '../../model';
import type { MonteCarloSettings, Scenario } from '../../model';
import type { AnalysisApi, GoalSeekAnswer, Survey } from '../../model';
import { raceSilence, WorkerCallCancelled, WorkerStuck } from '../model/workerTimeout';

/**
 * Silence this long means the worker is stuck: a goal seek takes
 * milliseconds, and a survey (a big scenario's tornado takes seconds) or a
 * Monte Carlo run reports progress every 100 ms.
 */
export const ANALYSIS_TIMEOUT_MS = 3000;

/** A survey that a newer one replaced before it started. */
export class Superseded extends Error {}

type TaskKind = 'survey' | 'monteCarlo' | 'goalSeek';

interface Task {
  kind: TaskKind;
  start: (api: Remote<AnalysisApi>, alive: () => void) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface AnalysisClient {
  survey: (scenario: Scenario) => Promise<Survey>;
  monteCarlo: (scenario: Scenario, settings: MonteCarloSettings, onProgress: (progress: MonteCarloProgress) => void) => Promise<MonteCarloResult>;
  goalSeek: (scenario: Scenario, request: GoalSeekRequest) => Promise<GoalSeekAnswer>;
  /** Stops the Monte Carlo run under way or waiting, if any; its promise rejects with WorkerCallCancelled. */
  cancelMonteCarlo: () => void;
  /** A message for the user when the worker had to be replaced. */
  notice: () => string | null;
  dismissNotice: () => void;
  dispose: () => void;
}

export interface AnalysisWorker {
  api: Remote<AnalysisApi>;
  terminate: () => void;
}

export function startAnalysisWorker(): AnalysisWorker {
  const worker = new Worker(new URL('../../../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
  return { api: wrap<AnalysisApi>(worker), terminate: () => worker.terminate() };
}

export function createAnalysisClient(startWorker: () => AnalysisWorker = startAnalysisWorker, timeoutMs = ANALYSIS_TIMEOUT_MS): AnalysisClient {
  const [notice, setNotice] = createSignal<string | null>(null);
  let current = startWorker();
  let queue: Task[] = [];
  let running: { task: Task; controller: AbortController } | null = null;

  function restartWorker(): void {
    current.terminate();
    current = startWorker();
  }

  async function pump(): Promise<void> {
    if (running || queue.length === 0) return;
    const task = queue.shift()!;
    const controller = new AbortController();
    running = { task, controller };
    try {
      task.resolve(await raceSilence((alive) => task.start(current.api, alive), timeoutMs, controller.signal));
    } catch (error) {
      if (error instanceof WorkerStuck) {
        restartWorker();
        setNotice('The analyses stopped answering and were restarted. Your inputs are all still here.');
      }
      task.reject(error);
    } finally {
      running = null;
      void pump();
    }
  }

  function dropWaiting(kind: TaskKind, why: Error): void {
    for (const waiting of queue.filter((t) => t.kind === kind)) waiting.reject(why);
    queue = queue.filter((t) => t.kind !== kind);
  }

  function submit<T>(kind: TaskKind, start: (api: Remote<AnalysisApi>, alive: () => void) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (kind === 'survey') dropWaiting('survey', new Superseded('replaced by a newer survey'));
      queue.push({ kind, start, resolve: resolve as (value: unknown) => void, reject });
      void pump();
    });
  }

  return {
    survey: (scenario) => submit('survey', (api, alive) => api.survey(scenario, proxy(alive))),
    monteCarlo: (scenario, settings, onProgress) => {
      // Progress comes on a port of its own, so a report can arrive after the answer or the cancel: drop those.
      let settled = false;
      const run = submit('monteCarlo', (api, alive) =>
        api.monteCarlo(
          scenario,
          settings,
          proxy((progress: MonteCarloProgress) => {
            if (settled) return;
            alive();
            onProgress(progress);
          }),
        ),
      );
      return run.finally(() => {
        settled = true;
      });
    },
    goalSeek: (scenario, request) => submit<GoalSeekAnswer>('goalSeek', (api) => api.goalSeek(scenario, request)),
    cancelMonteCarlo: () => {
      dropWaiting('monteCarlo', new WorkerCallCancelled('cancelled before it started'));
      if (running?.task.kind !== 'monteCarlo') return;
      running.controller.abort();
      restartWorker();
    },
    notice,
    dismissNotice: () => setNotice(null),
    dispose: () => {
      for (const task of queue) task.reject(new Superseded('the analyses were closed'));
      queue = [];
      running?.controller.abort();
      current.terminate();
    },
  };
}
